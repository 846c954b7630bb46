import "server-only";
import { revalidatePath } from "next/cache";
import type { z } from "zod";
import { cancelApplicationSchema } from "@/lib/schemas/decision.schema";
import { authedAction, type ActionContext } from "./action";
import type { Actor } from "./auth/actor";

/** An enterprise's own application (申请 or 重新提交): on success, the list's 待审核 tab with its notice. */
export function enterpriseApplicationAction<S extends z.ZodType>(
  list: string,
  schema: S,
  handler: (ctx: ActionContext<z.output<S>>) => Promise<void>,
) {
  return authedAction(
    { permission: "unit.certificate.apply", schema, redirectTo: () => `${list}?tab=pending&submitted=1` },
    handler,
  );
}

/** 【撤销】 of an enterprise's own pending application, by the given use case. */
export function cancelEnterpriseApplicationAction(
  list: string,
  cancel: (input: { actor: Actor; applicationId: string; expectedVersion: number }) => Promise<unknown>,
) {
  return authedAction(
    {
      permission: "unit.certificate.apply",
      schema: cancelApplicationSchema,
      redirectTo: () => `${list}?tab=pending&cancelled=1`,
    },
    async ({ actor, input }) => {
      await cancel({ actor, applicationId: input.applicationId, expectedVersion: input.version });
      revalidatePath(list, "layout");
    },
  );
}
