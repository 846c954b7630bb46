import "server-only";
import { assertRole, type Actor } from "../auth/actor";
import { db } from "../db";
import { DomainError } from "../errors";
import { transition } from "../workflow/transition";

export type TransferKind = "TRANSFER_OUT" | "TRANSFER_IN";
export const UNIT_BATCH_LIMIT = 200;

/** 【撤回】 by the holder while the unit has not decided. */
export async function withdrawTransfer(input: { actor: Actor; applicationId: string; expectedVersion: number }) {
  assertRole(input.actor, ["PERSON"]);
  return db.$transaction((tx) =>
    transition(tx, { actor: input.actor, applicationId: input.applicationId, action: "withdraw", expectedVersion: input.expectedVersion }),
  );
}

/** The unit's 【审核】 on a transfer: 同意 or 不同意 (with 意见). */
export async function unitDecideTransfer(input: {
  actor: Actor;
  kind: TransferKind;
  applicationId: string;
  expectedVersion: number;
  decision: "unitApprove" | "unitReject";
  opinion?: string;
}) {
  assertRole(input.actor, ["ENTERPRISE"]);
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

/**
 * 【同意调出】 / 【同意调入】 for the ticked rows: each row in its own transaction; a row someone
 * else decided (or the holder withdrew) reports why, the others go through.
 */
export async function unitApproveTransfers(input: {
  actor: Actor;
  kind: TransferKind;
  items: { applicationId: string; expectedVersion: number }[];
}) {
  assertRole(input.actor, ["ENTERPRISE"]);
  const results: { applicationId: string; ok: boolean; message?: string }[] = [];
  for (const item of input.items.slice(0, UNIT_BATCH_LIMIT)) {
    try {
      await unitDecideTransfer({ actor: input.actor, kind: input.kind, ...item, decision: "unitApprove" });
      results.push({ applicationId: item.applicationId, ok: true });
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      results.push({ applicationId: item.applicationId, ok: false, message: error.message });
    }
  }
  return results;
}
