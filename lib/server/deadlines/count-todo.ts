import "server-only";
import { kindsActedOnBy, type ApplicationKind } from "@/lib/domain/application-kinds";
import { stageRole, timedStages } from "@/lib/domain/deadlines";
import type { ApplicationStatus } from "@/lib/domain/workflow";
import { assertRole, type Actor } from "../auth/actor";
import { Prisma } from "@/lib/generated/prisma/client";
import { readDb } from "../read-db";
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
 * counted in the database in one grouped query.
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
  const deadlines = await deadlineView();
  const dueOn = Prisma.sql`"dueOn"`;
  const reader = await readDb();
  const [account, groups] = await Promise.all([
    reader.account.findUnique({ where: { id: actor.accountId }, select: { department: { select: { name: true } } } }),
    // One pass over the queues' rows (index on kind, status, dueOn), every count at once.
    reader.$queryRaw<{ kind: string; status: string; total: number; near: number; overdue: number; unknown: number }[]>`
      SELECT kind::text AS kind, status::text AS status, count(*)::int AS total,
             count(*) FILTER (WHERE ${deadlines.dueSql("near", dueOn)})::int AS near,
             count(*) FILTER (WHERE ${deadlines.dueSql("overdue", dueOn)})::int AS overdue,
             count(*) FILTER (WHERE "dueOn" IS NULL)::int AS unknown
        FROM "Application"
       WHERE kind = ANY(${queues.map((q) => q.kind)}::"ApplicationKind"[])
         AND status = ANY(${queues.map((q) => q.status)}::"ApplicationStatus"[])
       GROUP BY kind, status`,
  ]);
  const of = (q: { kind: string; status: string }) => groups.find((g) => g.kind === q.kind && g.status === q.status);
  return {
    department: account?.department?.name ?? null,
    queues: queues.map((q) => {
      const g = of(q);
      return { ...q, total: g?.total ?? 0, near: g?.near ?? 0, overdue: g?.overdue ?? 0, unknown: g?.unknown ?? 0 };
    }),
  };
}
