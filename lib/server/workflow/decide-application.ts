import "server-only";
import { rolesTaking, type ApplicationKind } from "@/lib/domain/application-kinds";
import type { WorkflowAction } from "@/lib/domain/workflow";
import { assertRole, type Actor } from "../auth/actor";
import { db } from "../db";
import { runBatch } from "./run-batch";
import { transition, unitsBarredFor } from "./transition";

/** Every move on an existing application that carries no new payload (a resubmission does). */
export type Decision = Exclude<WorkflowAction, "submit" | "resubmit">;

type DecisionInput = {
  actor: Actor;
  /** when the caller acts on one kind only (an id of another kind is then not found) */
  kind?: ApplicationKind;
  applicationId: string;
  expectedVersion: number;
  action: Decision;
  opinion?: string;
};

/**
 * A decision on one application, by whoever the kind's table lets take it: staff 【通过】/【不通过】/
 * 【核发证书】, the unit's 同意/不同意, the holder's 【撤回】, the enterprise's 【取消申请】. The role
 * check here refuses outsiders before any query (as a rejected promise: callers await it); `transition`
 * checks the move itself.
 */
export async function decideApplication(input: DecisionInput) {
  assertRole(input.actor, rolesTaking(input.action, input.kind));
  return decideInTransaction(input);
}

/**
 * `unitsBarred`: the resetter bar as a batch read it once (`unitsBarredFor`). Not a parameter of the
 * exported functions, so that no caller can hand `transition` an empty set.
 */
function decideInTransaction(input: DecisionInput, unitsBarred?: ReadonlySet<string>) {
  return db.$transaction((tx) =>
    transition(tx, {
      actor: input.actor,
      applicationId: input.applicationId,
      kind: input.kind,
      action: input.action,
      expectedVersion: input.expectedVersion,
      opinion: input.opinion,
      unitsBarred,
    }),
  );
}

/** A decision as a decision form posts it: the row's `version` is the one expected, `decision` the action. */
export function decidePosted(
  actor: Actor,
  input: { kind?: ApplicationKind; applicationId: string; version: number; decision: Decision; opinion?: string },
) {
  return decideApplication({
    actor,
    kind: input.kind,
    applicationId: input.applicationId,
    expectedVersion: input.version,
    action: input.decision,
    opinion: input.opinion,
  });
}

/** Decisions of one batch run at once (the app's pool holds 10 connections per instance). */
const BATCH_CONCURRENCY = 4;

/** The same decision on several applications (【批量通过】, 【批量核发证书】, 【同意调出】…), each on its own. */
export async function decideApplications(input: {
  actor: Actor;
  kind?: ApplicationKind;
  items: { applicationId: string; expectedVersion: number }[];
  action: Decision;
  opinion?: string;
}) {
  assertRole(input.actor, rolesTaking(input.action, input.kind));
  // Read once before the rows (a reset by this same person during the batch's second is not seen).
  const unitsBarred = await unitsBarredFor(db, input.actor);
  return runBatch(
    input.items,
    (item) => item.applicationId,
    (item) => decideInTransaction({ ...input, ...item }, unitsBarred),
    { concurrency: BATCH_CONCURRENCY },
  );
}
