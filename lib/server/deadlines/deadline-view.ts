import "server-only";
import type { ApplicationKind } from "@/lib/domain/application-kinds";
import { fromDateOnly, todayInShanghai, toDateOnly, type CalendarDate } from "@/lib/domain/calendar-date";
import { NEAR_LIMIT_DAYS, timedStages, timeLeft, type DueFilter, type TimeLeft } from "@/lib/domain/deadlines";
import type { ApplicationStatus } from "@/lib/domain/workflow";
import { Prisma } from "@/lib/generated/prisma/client";
import { addWorkingDays, UNKNOWN } from "@/lib/domain/working-days";
import { db } from "../db";
import { loadHolidayCalendar } from "./holiday-calendar";

/**
 * Today's view of the due dates: the time left of a row, and the due-date ranges of 已超期 (due
 * before today) and 临近超期 (due today or within NEAR_LIMIT_DAYS working days) as SQL conditions, so
 * lists and counts are filtered and counted in the database.
 */
export async function deadlineView(today: CalendarDate = todayInShanghai()) {
  const calendar = await loadHolidayCalendar(db, today);
  const near = addWorkingDays(calendar, today, NEAR_LIMIT_DAYS);
  const range = {
    overdue: { lt: fromDateOnly(today) },
    // Beyond the loaded years nothing has a known due date: every known one is then within reach.
    near: { gte: fromDateOnly(today), ...(near === UNKNOWN ? {} : { lte: fromDateOnly(near) }) },
  } satisfies Record<DueFilter, { lt?: Date; gte?: Date; lte?: Date }>;
  return {
    today,
    dueFilter: (due: DueFilter) => range[due],
    /** the same ranges as a raw SQL condition on `column` (a date) */
    dueSql(due: DueFilter, column: Prisma.Sql): Prisma.Sql {
      if (due === "overdue") return Prisma.sql`${column} < ${today}::date`;
      return near === UNKNOWN
        ? Prisma.sql`${column} >= ${today}::date`
        : Prisma.sql`${column} >= ${today}::date AND ${column} <= ${near}::date`;
    },
    timeLeftOf(row: { kind: ApplicationKind; status: ApplicationStatus; dueOn: Date | null }): TimeLeft | null {
      if (!timedStages(row.kind).includes(row.status)) return null;
      return timeLeft(calendar, today, row.dueOn ? toDateOnly(row.dueOn) : null);
    },
  };
}
