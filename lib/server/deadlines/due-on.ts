import "server-only";
import type { ApplicationKind } from "@/lib/domain/application-kinds";
import { fromDateOnly, todayInShanghai, type CalendarDate } from "@/lib/domain/calendar-date";
import { DEFAULT_TIME_LIMIT_DAYS, timedStages } from "@/lib/domain/deadlines";
import type { ApplicationStatus } from "@/lib/domain/workflow";
import { addWorkingDays, UNKNOWN, type HolidayCalendar } from "@/lib/domain/working-days";
import type { Tx } from "../db";
import { loadHolidayCalendar } from "./holiday-calendar";

/** The configured limits (StageTimeLimit rows); a stage without a row has the default. */
export async function loadTimeLimits(tx: Tx) {
  const rows = await tx.stageTimeLimit.findMany();
  const limits = new Map(rows.map((r) => [`${r.kind}:${r.status}`, r.days]));
  return (kind: ApplicationKind, status: ApplicationStatus) =>
    limits.get(`${kind}:${status}`) ?? DEFAULT_TIME_LIMIT_DAYS;
}

/**
 * The due date (a DATE value) of an application entering `status` on `startedOn`: the limit's last
 * working day. null when the status is not a staff stage, or when the date falls in a year whose
 * 节假日安排 is not loaded (unknown).
 */
export function dueOnFrom(
  calendar: HolidayCalendar,
  days: number,
  kind: ApplicationKind,
  status: ApplicationStatus,
  startedOn: CalendarDate,
): Date | null {
  if (!timedStages(kind).includes(status)) return null;
  const due = addWorkingDays(calendar, startedOn, days);
  return due === UNKNOWN ? null : fromDateOnly(due);
}

/** The due date of an application entering `status` now (transition and createApplication). */
export async function dueOnEntering(tx: Tx, kind: ApplicationKind, status: ApplicationStatus): Promise<Date | null> {
  if (!timedStages(kind).includes(status)) return null;
  const today = todayInShanghai();
  const [calendar, limitOf] = await Promise.all([loadHolidayCalendar(tx, today), loadTimeLimits(tx)]);
  return dueOnFrom(calendar, limitOf(kind, status), kind, status, today);
}
