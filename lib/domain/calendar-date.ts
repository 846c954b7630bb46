// Calendar dates (no time, no zone) as ISO strings "YYYY-MM-DD". The only date module of the
// project: all arithmetic is done on day numbers, never on Date, so no host time zone leaks in.

/** An ISO calendar date "YYYY-MM-DD" (year 0000–9999). Check with isValidCalendarDate. */
export type CalendarDate = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

interface Ymd {
  year: number;
  month: number; // 1–12
  day: number;
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function split(value: string): Ymd | null {
  const m = ISO_DATE.exec(value);
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day };
}

/** A real date in canonical form: "1949-02-30", "2027-5-31" and "2027-05-31 " are not. */
export function isValidCalendarDate(value: unknown): value is CalendarDate {
  return typeof value === "string" && split(value) !== null;
}

/** User input → canonical date, or null. Surrounding spaces are ignored. */
export function parseCalendarDate(value: string): CalendarDate | null {
  const trimmed = value.trim();
  return isValidCalendarDate(trimmed) ? trimmed : null;
}

function parts(date: CalendarDate): Ymd {
  const ymd = split(date);
  if (!ymd) throw new RangeError(`Not a calendar date: ${JSON.stringify(date)}`);
  return ymd;
}

function join({ year, month, day }: Ymd): CalendarDate {
  if (year < 0 || year > 9999) throw new RangeError(`Year out of range: ${year}`);
  const pad = (n: number, width: number) => String(n).padStart(width, "0");
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

// Days since 1970-01-01 in the proleptic Gregorian calendar (H. Hinnant's days_from_civil).
function toDayNumber({ year, month, day }: Ymd): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

function fromDayNumber(n: number): Ymd {
  const z = n + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

export function addDays(date: CalendarDate, n: number): CalendarDate {
  return join(fromDayNumber(toDayNumber(parts(date)) + n));
}

/** Month arithmetic clamped to the month end: 2027-05-31 − 3 months = 2027-02-28. */
export function addMonths(date: CalendarDate, n: number): CalendarDate {
  const { year, month, day } = parts(date);
  const total = year * 12 + (month - 1) + n;
  const y = Math.floor(total / 12);
  const m = total - y * 12 + 1;
  return join({ year: y, month: m, day: Math.min(day, daysInMonth(y, m)) });
}

/** Clamped like addMonths: 2028-02-29 + 3 years = 2031-02-28. */
export function addYears(date: CalendarDate, n: number): CalendarDate {
  return addMonths(date, 12 * n);
}

/** Negative if a is earlier than b, 0 if equal, positive if later. */
export function compareDates(a: CalendarDate, b: CalendarDate): number {
  return Math.sign(toDayNumber(parts(a)) - toDayNumber(parts(b)));
}

/** Days from a to b: daysBetween("2027-01-01", "2027-01-02") = 1; negative if b is earlier. */
export function daysBetween(a: CalendarDate, b: CalendarDate): number {
  return toDayNumber(parts(b)) - toDayNumber(parts(a));
}

const shanghaiFormat = new Intl.DateTimeFormat("en-CA", {
  timeZone: "Asia/Shanghai",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
});

/** Today's date in China (UTC+8), whatever the server's time zone. */
export function todayInShanghai(now: Date = new Date()): CalendarDate {
  const fields = shanghaiFormat.formatToParts(now);
  const part = (type: string) => Number(fields.find((p) => p.type === type)?.value);
  return join({ year: part("year"), month: part("month"), day: part("day") });
}

/**
 * A PostgreSQL DATE as read by Prisma (a Date at UTC midnight) → CalendarDate. Anything but UTC
 * midnight is refused: it is an instant, and its date depends on the zone (use todayInShanghai).
 */
export function toDateOnly(date: Date): CalendarDate {
  const ms = date.getTime();
  if (Number.isNaN(ms)) throw new RangeError("Invalid Date");
  if (ms % 86_400_000 !== 0) throw new RangeError(`Not a DATE value (UTC midnight): ${date.toISOString()}`);
  return join(fromDayNumber(ms / 86_400_000));
}

/** CalendarDate → Date at UTC midnight, for writing a PostgreSQL DATE column. */
export function fromDateOnly(date: CalendarDate): Date {
  return new Date(toDayNumber(parts(date)) * 86_400_000);
}

/** "2027-05-31" → "2027年5月31日" */
export function formatChineseDate(date: CalendarDate): string {
  const { year, month, day } = parts(date);
  return `${year}年${month}月${day}日`;
}

/** Day of the week: 0 Sunday … 6 Saturday (1970-01-01 was a Thursday). */
export function weekday(date: CalendarDate): number {
  return (((toDayNumber(parts(date)) + 4) % 7) + 7) % 7;
}
