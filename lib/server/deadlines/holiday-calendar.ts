import "server-only";
import { fromDateOnly, todayInShanghai, toDateOnly, type CalendarDate } from "@/lib/domain/calendar-date";
import { holidayCalendar, type HolidayCalendar } from "@/lib/domain/working-days";
import type { Tx } from "../db";

/**
 * The holiday calendar from the database: the loaded years and their 节假日/调休 days, from two years
 * before `today` on (due dates are computed from stage starts, which are recent; older years read as
 * unknown rather than guessed).
 */
export async function loadHolidayCalendar(tx: Tx, today: CalendarDate = todayInShanghai()): Promise<HolidayCalendar> {
  const fromYear = Number(today.slice(0, 4)) - 2;
  const [years, days] = await Promise.all([
    tx.holidayYear.findMany({ where: { year: { gte: fromYear } }, select: { year: true } }),
    tx.holiday.findMany({
      where: { date: { gte: fromDateOnly(`${fromYear}-01-01`) } },
      select: { date: true, kind: true },
    }),
  ]);
  return holidayCalendar(
    years.map((y) => y.year),
    days.map((d) => ({ date: toDateOnly(d.date), kind: d.kind })),
  );
}
