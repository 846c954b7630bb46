// A year's 节假日安排 as staff type it from the State Council's notice: one 放假 range per line
// ("2027-01-01 至 2027-01-03 元旦", or one date) and one 调休上班 date per line ("2027-02-20 春节").
import { addDays, compareDates, daysBetween, parseCalendarDate, weekday, type CalendarDate } from "./calendar-date";
import type { HolidayKind } from "./working-days";

export type EnteredDay = {
  date: CalendarDate;
  kind: HolidayKind;
  name: string;
};

const MAX_BREAK_DAYS = 15;
const RANGE = /^(\S+)\s*(?:(?:至|~|～)\s*(\S+))?\s+(\S.{0,19})$/;

export type HolidayLinesResult = { days: EnteredDay[]; error: null } | { days: null; error: string };

const lines = (text: string) =>
  text
    .split(/\r?\n/)
    .map((line, i) => ({ line: line.trim(), number: i + 1 }))
    .filter((l) => l.line !== "");

/** 放假安排: each line a range (or one date) in `year` and its name; every day of it is a day off. */
export function parseHolidayLines(year: number, text: string): HolidayLinesResult {
  const days: EnteredDay[] = [];
  for (const { line, number } of lines(text)) {
    const m = RANGE.exec(line);
    const start = m ? parseCalendarDate(m[1]) : null;
    const end = m ? (m[2] === undefined ? start : parseCalendarDate(m[2])) : null;
    if (!m) return fail(number, "应为“起始日期 至 结束日期 名称”，如 2027-01-01 至 2027-01-03 元旦");
    if (!start || !end) return fail(number, `${start ? m[2] : m[1]} 不是有效日期（YYYY-MM-DD）`);
    if (!inYear(start, year) || !inYear(end, year)) return fail(number, `日期应在${year}年内`);
    if (compareDates(end, start) < 0) return fail(number, "结束日期早于起始日期");
    if (daysBetween(start, end) >= MAX_BREAK_DAYS) return fail(number, `一次放假不超过${MAX_BREAK_DAYS}天`);
    for (let date = start; compareDates(date, end) <= 0; date = addDays(date, 1)) {
      if (days.some((d) => d.date === date)) return fail(number, `${date} 重复`);
      days.push({ date, kind: "HOLIDAY", name: m[3].trim() });
    }
  }
  if (days.length === 0) return { days: null, error: "请填写放假安排" };
  return { days, error: null };
}

/** 调休上班: each line a Saturday or Sunday in `year` and the holiday it makes up for. */
export function parseWorkdayLines(year: number, text: string, holidays: readonly EnteredDay[]): HolidayLinesResult {
  const days: EnteredDay[] = [];
  for (const { line, number } of lines(text)) {
    const m = RANGE.exec(line);
    if (!m || m[2] !== undefined) return fail(number, "应为“日期 名称”，如 2027-02-20 春节");
    const date = parseCalendarDate(m[1]);
    if (!date) return fail(number, `${m[1]} 不是有效日期（YYYY-MM-DD）`);
    if (!inYear(date, year)) return fail(number, `日期应在${year}年内`);
    if (weekday(date) !== 0 && weekday(date) !== 6) return fail(number, `${date} 不是周六或周日，无需调休上班`);
    if (holidays.some((d) => d.date === date)) return fail(number, `${date} 已在放假安排中`);
    if (days.some((d) => d.date === date)) return fail(number, `${date} 重复`);
    days.push({ date, kind: "WORKDAY", name: m[3].trim() });
  }
  return { days, error: null };
}

const inYear = (date: CalendarDate, year: number) => Number(date.slice(0, 4)) === year;
const fail = (line: number, message: string): HolidayLinesResult => ({ days: null, error: `第${line}行：${message}` });
