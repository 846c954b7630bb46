import "server-only";
import type { ApplicationKind } from "@/lib/domain/workflow";
import { assertRole, type Actor } from "../auth/actor";
import { db } from "../db";
import { DomainError } from "../errors";
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

export const BATCH_LIMIT = 200;

/**
 * The same decision on several applications (batch 【通过】). Each row is its own transaction: a row
 * someone else already decided reports why, and the others still go through; nothing is half-done.
 */
export async function decideApplications(input: {
  actor: Actor;
  kind: ApplicationKind;
  items: { applicationId: string; expectedVersion: number }[];
  decision: Decision;
  opinion?: string;
}) {
  assertRole(input.actor, ["REVIEWER", "ASSESSOR"]);
  const results: { applicationId: string; ok: boolean; message?: string }[] = [];
  for (const item of input.items.slice(0, BATCH_LIMIT)) {
    try {
      await decideApplication({ ...input, ...item });
      results.push({ applicationId: item.applicationId, ok: true });
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      results.push({ applicationId: item.applicationId, ok: false, message: error.message });
    }
  }
  return results;
}
