import "server-only";
import type { ApplicationKind } from "@/lib/domain/workflow";
import { assertRole, type Actor } from "../auth/actor";
import { db } from "../db";
import { decideEach } from "../workflow/decide-each";
import { transition } from "../workflow/transition";

export type Decision = "approve" | "reject" | "issue";

/** A staff decision on one application: 【通过】, 【不通过】 (with a reason) or 【核发证书】. */
export async function decideApplication(input: {
  actor: Actor;
  kind: ApplicationKind;
  applicationId: string;
  expectedVersion: number;
  decision: Decision;
  opinion?: string;
}) {
  assertRole(input.actor, ["REVIEWER", "ASSESSOR"]);
  return db.$transaction((tx) =>
    transition(tx, {
      actor: input.actor,
      applicationId: input.applicationId,
      kind: input.kind,
      action: input.decision,
      expectedVersion: input.expectedVersion,
      opinion: input.opinion,
    }),
  );
}

/** The same decision on several applications (batch 【通过】 / 【核发】). */
export async function decideApplications(input: {
  actor: Actor;
  kind: ApplicationKind;
  items: { applicationId: string; expectedVersion: number }[];
  decision: Decision;
  opinion?: string;
}) {
  assertRole(input.actor, ["REVIEWER", "ASSESSOR"]);
  return decideEach(input.items, (item) => decideApplication({ ...input, ...item }));
}
