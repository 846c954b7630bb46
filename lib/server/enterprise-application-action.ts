import "server-only";
import { revalidatePath } from "next/cache";
import type { z } from "zod";
import { cancelApplicationSchema } from "@/lib/schemas/decision.schema";
import { authedAction, type ActionContext } from "./action";
import { UNIT_APPLICATION_PAGES, type UnitCertificateKind } from "@/lib/domain/unit-application-pages";
import type { Actor } from "./auth/actor";
import { decideApplication } from "./workflow/decide-application";

/** An enterprise's own application (申请 or 重新提交): on success, the list's 待审核 tab with its notice. */
export function enterpriseApplicationAction<S extends z.ZodType>(
  kind: UnitCertificateKind,
  schema: S,
  handler: (ctx: ActionContext<z.output<S>>) => Promise<void>,
) {
  const { list } = UNIT_APPLICATION_PAGES[kind];
  return authedAction(
    { permission: "unit.certificate.apply", schema, redirectTo: () => `${list}?tab=pending&submitted=1` },
    handler,
  );
}

type CancelInput = { actor: Actor; applicationId: string; expectedVersion: number };

/** 【撤销】 of an enterprise's own pending application: by the given use case, or the workflow's cancel. */
export function cancelEnterpriseApplicationAction(
  kind: UnitCertificateKind,
  cancel: (input: CancelInput) => Promise<unknown> = (input) => decideApplication({ ...input, kind, action: "cancel" }),
) {
  const { list } = UNIT_APPLICATION_PAGES[kind];
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
