import "server-only";
import { revalidatePath } from "next/cache";
import type { z } from "zod";
import type { Permission } from "@/lib/domain/permissions";
import { cancelApplicationSchema } from "@/lib/schemas/decision.schema";
import { authedAction, type ActionContext } from "./action";
import type { Actor } from "./auth/actor";

// The holder's (个人端) application actions: on success 【我的申请】 with its notice, and 【我的证书】
// (what may be filed for each certificate) refreshed.

const HOLDER_KINDS = {
  TRANSFER_OUT: { permission: "person.transfer.apply", submitted: "1" },
  TRANSFER_IN: { permission: "person.transfer.apply", submitted: "1" },
  // a 注销 goes to the 审核部门 directly (no unit decides first)
  CERTIFICATE_CANCELLATION: { permission: "person.certificate.apply", submitted: "review" },
} as const satisfies Record<string, { permission: Permission; submitted: string }>;

type HolderKind = keyof typeof HOLDER_KINDS;

function holderAction<S extends z.ZodType>(
  permission: Permission,
  schema: S,
  notice: string,
  handler: (ctx: ActionContext<z.output<S>>) => Promise<unknown>,
) {
  return authedAction(
    { permission, schema, redirectTo: () => `/person/applications?${notice}` },
    async (ctx: ActionContext<z.output<S>>) => {
      await handler(ctx);
      revalidatePath("/person/certificates");
    },
  );
}

/** 【提交】 of a new application of `kind`. */
export function holderSubmitAction<S extends z.ZodType>(
  kind: HolderKind,
  schema: S,
  handler: (ctx: ActionContext<z.output<S>>) => Promise<unknown>,
) {
  const { permission, submitted } = HOLDER_KINDS[kind];
  return holderAction(permission, schema, `submitted=${submitted}`, handler);
}

/** 【取消申请】 / 【撤回】 of the holder's own pending application of `kind`, by the given use case. */
export function holderCancelAction(
  kind: HolderKind,
  verb: "cancelled" | "withdrawn",
  cancel: (input: { actor: Actor; applicationId: string; expectedVersion: number }) => Promise<unknown>,
) {
  return holderAction(HOLDER_KINDS[kind].permission, cancelApplicationSchema, `${verb}=1`, ({ actor, input }) =>
    cancel({ actor, applicationId: input.applicationId, expectedVersion: input.version }),
  );
}
