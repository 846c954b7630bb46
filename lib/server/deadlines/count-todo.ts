import "server-only";
import { kindsActedOnBy, type ApplicationKind } from "@/lib/domain/application-kinds";
import { stageRole, timedStages } from "@/lib/domain/deadlines";
import type { ApplicationStatus } from "@/lib/domain/workflow";
import { assertRole, type Actor } from "../auth/actor";
import { db } from "../db";
import { deadlineView } from "./deadline-view";

export interface TodoQueue {
  kind: ApplicationKind;
  status: ApplicationStatus;
  total: number;
  near: number;
  overdue: number;
  /** due date unknown (节假日未录入) */
  unknown: number;
}

/**
 * The 待办 of a 审核部门 or 考核部门: every queue where its role must act (kind × staff stage, in
 * registry order), with how many wait, how many are near the limit and how many are overdue —
 * counted in the database, grouped by kind and status.
 */
export async function countTodo({
  actor,
}: {
  actor: Actor;
}): Promise<{ department: string | null; queues: TodoQueue[] }> {
  assertRole(actor, ["REVIEWER", "ASSESSOR"]);
  const queues = kindsActedOnBy(actor.role).flatMap((kind) =>
    timedStages(kind)
      .filter((status) => stageRole(kind, status) === actor.role)
      .map((status) => ({ kind, status })),
  );
  const view = await deadlineView();
  const count = (dueOn?: object) =>
    db.application.groupBy({
      by: ["kind", "status"],
      where: {
        kind: { in: [...new Set(queues.map((q) => q.kind))] },
        status: { in: [...new Set(queues.map((q) => q.status))] },
        ...(dueOn ? { dueOn } : {}),
      },
      _count: true,
    });
  const [account, total, near, overdue, unknown] = await Promise.all([
    db.account.findUnique({ where: { id: actor.accountId }, select: { department: { select: { name: true } } } }),
    count(),
    count(view.dueFilter("near")),
    count(view.dueFilter("overdue")),
    count({ equals: null }),
  ]);
  const of = (groups: Awaited<ReturnType<typeof count>>, q: { kind: string; status: string }) =>
    groups.find((g) => g.kind === q.kind && g.status === q.status)?._count ?? 0;
  return {
    department: account?.department?.name ?? null,
    queues: queues.map((q) => ({
      ...q,
      total: of(total, q),
      near: of(near, q),
      overdue: of(overdue, q),
      unknown: of(unknown, q),
    })),
  };
}
