import "server-only";
import { assertRole, type Actor } from "../auth/actor";
import { db } from "../db";
import { decideEach } from "../workflow/decide-each";
import { transition } from "../workflow/transition";

export type TransferKind = "TRANSFER_OUT" | "TRANSFER_IN";

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

/** 【同意调出】 / 【同意调入】 for the ticked rows, each succeeding or saying why not. */
export async function unitApproveTransfers(input: {
  actor: Actor;
  kind: TransferKind;
  items: { applicationId: string; expectedVersion: number }[];
}) {
  assertRole(input.actor, ["ENTERPRISE"]);
  return decideEach(input.items, (item) => unitDecideTransfer({ actor: input.actor, kind: input.kind, ...item, decision: "unitApprove" }));
}
