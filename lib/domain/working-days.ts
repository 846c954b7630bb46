// Working days (工作日) over a holiday calendar: the 节假日安排 of the loaded years. A Monday–Friday is a
// working day unless it is a 法定节假日; a Saturday or Sunday is not, unless it is a 调休上班日. A day in a
// year whose 安排 is not loaded is "unknown" — never guessed from the weekday — and so is anything
// computed across it.
import { addDays, compareDates, weekday, type CalendarDate } from "./calendar-date";

export const UNKNOWN = "unknown" as const;
export type Unknown = typeof UNKNOWN;

export type HolidayKind = "HOLIDAY" | "WORKDAY";

export interface HolidayCalendar {
  /** the years whose 节假日安排 is loaded */
  years: ReadonlySet<number>;
  /** the exceptions: 法定节假日 (HOLIDAY) and 调休上班日 (WORKDAY) */
  days: ReadonlyMap<CalendarDate, HolidayKind>;
}

export function holidayCalendar(
  years: Iterable<number>,
  days: Iterable<{ date: CalendarDate; kind: HolidayKind }>,
): HolidayCalendar {
  return { years: new Set(years), days: new Map([...days].map((d) => [d.date, d.kind])) };
}

const yearOf = (date: CalendarDate) => Number(date.slice(0, 4));

export function isWorkingDay(calendar: HolidayCalendar, date: CalendarDate): boolean | Unknown {
  if (!calendar.years.has(yearOf(date))) return UNKNOWN;
  const exception = calendar.days.get(date);
  if (exception) return exception === "WORKDAY";
  const day = weekday(date);
  return day !== 0 && day !== 6;
}

/**
 * The n-th working day after `from` (`from` itself not counted, 行政许可法: the day of receipt starts
 * nothing); n = 0 gives `from`. "unknown" when a day on the way is in a year not loaded.
 */
export function addWorkingDays(calendar: HolidayCalendar, from: CalendarDate, n: number): CalendarDate | Unknown {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`Not a number of working days: ${n}`);
  let date = from;
  for (let left = n; left > 0;) {
    date = addDays(date, 1);
    const working = isWorkingDay(calendar, date);
    if (working === UNKNOWN) return UNKNOWN;
    if (working) left -= 1;
  }
  return date;
}

/**
 * Working days from a to b: those in (a, b] when b is later, minus those in (b, a] when b is earlier,
 * 0 when equal. "unknown" when a day in between is in a year not loaded.
 */
export function workingDaysBetween(calendar: HolidayCalendar, a: CalendarDate, b: CalendarDate): number | Unknown {
  const order = compareDates(a, b);
  if (order > 0) {
    const back = workingDaysBetween(calendar, b, a);
    return back === UNKNOWN ? UNKNOWN : 0 - back; // not -back: -0 for 0
  }
  let count = 0;
  for (let date = a; compareDates(date, b) < 0;) {
    date = addDays(date, 1);
    const working = isWorkingDay(calendar, date);
    if (working === UNKNOWN) return UNKNOWN;
    if (working) count += 1;
  }
  return count;
}
