import "server-only";
import { assertRole, type Actor } from "../auth/actor";
import { db } from "../db";
import { transition } from "../workflow/transition";

/** 审核部门: 【通过】 or 【不通过】 (with a reason) on a registration. */
export async function decideRegistration(input: {
  actor: Actor;
  applicationId: string;
  expectedVersion: number;
  decision: "approve" | "reject";
  opinion?: string;
}) {
  assertRole(input.actor, ["REVIEWER"]);
  return db.$transaction((tx) =>
    transition(tx, {
      actor: input.actor,
      applicationId: input.applicationId,
      kind: "ENTERPRISE_REGISTRATION",
      action: input.decision,
      expectedVersion: input.expectedVersion,
      opinion: input.opinion,
    }),
  );
}
