import "server-only";
import chineseDays from "chinese-days/dist/chinese-days.json";
import chineseDaysPackage from "chinese-days/package.json";
import { fromDateOnly } from "@/lib/domain/calendar-date";
import type { HolidayKind } from "@/lib/domain/working-days";
import { db, type Tx } from "../db";
import { recomputeDueDates } from "./recompute-due-dates";

/** Where the built-in 节假日安排 comes from (a pinned dependency, updated with npm). */
export const HOLIDAY_PACKAGE = `chinese-days@${chineseDaysPackage.version}`;

type DayTable = Record<string, string>;

/** The package's days of one kind: "2026-10-01" → "National Day,国庆节,3" (the Chinese name is used). */
function packageDays(table: DayTable, kind: HolidayKind) {
  return Object.entries(table).map(([date, value]) => ({
    date,
    kind,
    name: value.split(",")[1] ?? value,
    year: Number(date.slice(0, 4)),
  }));
}

/**
 * Loads the package's years that the database does not hold yet (a year entered by staff is left
 * as they entered it), then computes the due dates that were unknown. Idempotent (ON CONFLICT DO
 * NOTHING): run by the seed and the worker at start; tests call it. Returns the years added.
 */
export async function syncHolidays(): Promise<number[]> {
  const days = [
    ...packageDays(chineseDays.holidays as DayTable, "HOLIDAY"),
    ...packageDays(chineseDays.workdays as DayTable, "WORKDAY"),
  ];
  const packageYears = [...new Set(days.map((d) => d.year))].sort();
  return db.$transaction(async (tx: Tx) => {
    const loaded = new Set((await tx.holidayYear.findMany({ select: { year: true } })).map((y) => y.year));
    const years = packageYears.filter((year) => !loaded.has(year));
    if (years.length === 0) return [];
    await tx.holiday.createMany({
      data: days.filter((d) => years.includes(d.year)).map((d) => ({ ...d, date: fromDateOnly(d.date) })),
      skipDuplicates: true,
    });
    const { count } = await tx.holidayYear.createMany({
      data: years.map((year) => ({ year, source: HOLIDAY_PACKAGE })),
      skipDuplicates: true,
    });
    if (count > 0) await recomputeDueDates(tx, { onlyUnknown: true });
    return years;
  });
}
