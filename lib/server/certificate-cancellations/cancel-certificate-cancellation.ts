import "server-only";
import { cancellationPayload } from "@/lib/schemas/payloads";
import type { Actor } from "../auth/actor";
import { db } from "../db";
import { ForbiddenError, NotFoundError } from "../errors";
import { decideApplication } from "../workflow/decide-application";
import { applicationScope } from "../workflow/transition";

/**
 * 【取消申请】 of a 注销 while it awaits review. The holder and the unit both see it, and the table lets
 * both roles cancel; only the party that filed it may, which the table cannot express, so it is checked here.
 */
export async function cancelCertificateCancellation(input: {
  actor: Actor;
  applicationId: string;
  expectedVersion: number;
}) {
  if (!/^[0-9a-f-]{36}$/i.test(input.applicationId)) throw new NotFoundError();
  const app = await db.application.findFirst({
    where: { id: input.applicationId, kind: "CERTIFICATE_CANCELLATION", ...applicationScope(input.actor) },
    select: { payload: true },
  });
  if (!app) throw new NotFoundError();
  if (cancellationPayload.parse(app.payload).filedBy !== input.actor.role) {
    throw new ForbiddenError(
      input.actor.role === "PERSON" ? "该申请由单位提交，请联系单位取消" : "该申请由持证人本人提交，只能由本人取消",
    );
  }
  return decideApplication({ ...input, kind: "CERTIFICATE_CANCELLATION", action: "cancel" });
}
