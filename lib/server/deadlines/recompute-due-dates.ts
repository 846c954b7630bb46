import "server-only";
import { APPLICATION_KINDS, type ApplicationKind } from "@/lib/domain/application-kinds";
import { todayInShanghai } from "@/lib/domain/calendar-date";
import { timedStages } from "@/lib/domain/deadlines";
import type { ApplicationStatus } from "@/lib/domain/workflow";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Tx } from "../db";
import { dueOnFrom, loadTimeLimits } from "./due-on";
import { loadHolidayCalendar } from "./holiday-calendar";

/**
 * Computes the due date again for applications in a staff stage: after a year's 节假日 is entered
 * (`onlyUnknown`: the rows whose date was unknown; known dates lie in loaded years and do not
 * change), or after a limit changed (`kind`/`status`). The stage started when the application last
 * entered its status (its latest history row to that status, else its submission). Returns how many
 * due dates are known now.
 */
export async function recomputeDueDates(
  tx: Tx,
  scope: { onlyUnknown?: boolean; kind?: ApplicationKind; status?: ApplicationStatus } = {},
): Promise<number> {
  const stages = APPLICATION_KINDS.filter((k) => !scope.kind || k === scope.kind).flatMap((kind) =>
    timedStages(kind)
      .filter((s) => !scope.status || s === scope.status)
      .map((status) => ({ kind, status })),
  );
  if (stages.length === 0) return 0;
  // kinds × statuses may pair a kind with a status it never has: no rows, and dueOnFrom gives null.
  const kinds = [...new Set(stages.map((s) => s.kind))];
  const statuses = [...new Set(stages.map((s) => s.status))];
  const unknownOnly = scope.onlyUnknown ? Prisma.sql`AND a."dueOn" IS NULL` : Prisma.empty;
  const rows = await tx.$queryRaw<
    { id: string; kind: ApplicationKind; status: ApplicationStatus; startedOn: string }[]
  >`
     SELECT a.id, a.kind::text AS kind, a.status::text AS status,
            to_char(coalesce((SELECT max(e.at) FROM "ApplicationEvent" e
                              WHERE e."applicationId" = a.id AND e."toStatus" = a.status), a."submittedAt")
                    AT TIME ZONE 'UTC' AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM-DD') AS "startedOn"
       FROM "Application" a
      WHERE a.kind = ANY(${kinds}::"ApplicationKind"[]) AND a.status = ANY(${statuses}::"ApplicationStatus"[])
        ${unknownOnly}`;
  if (rows.length === 0) return 0;
  const today = todayInShanghai();
  const [calendar, limitOf] = await Promise.all([loadHolidayCalendar(tx, today), loadTimeLimits(tx)]);
  const due = rows.map((r) => dueOnFrom(calendar, limitOf(r.kind, r.status), r.kind, r.status, r.startedOn));
  const ids = rows.map((r) => r.id);
  const dates = due.map((d) => (d ? d.toISOString().slice(0, 10) : null));
  await tx.$executeRaw`
    UPDATE "Application" AS a SET "dueOn" = v.due
      FROM unnest(${ids}::uuid[], ${dates}::date[]) AS v(id, due)
     WHERE a.id = v.id`;
  return due.filter(Boolean).length;
}
