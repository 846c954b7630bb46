// 居民身份证号码, GB 11643-1999: 6-digit area code, 8-digit birth date, 3-digit sequence, and a
// check character over the first 17 digits with weights 2^(18−i) mod 11.
import { compareDates, isValidCalendarDate, todayInShanghai, type CalendarDate } from "./calendar-date";

const WEIGHTS = Array.from({ length: 17 }, (_, i) => 2 ** (17 - i) % 11);
const CHECK_CHARS = "10X98765432";
const CANONICAL = /^\d{17}[\dX]$/;

export function idNumberCheckChar(first17: string): string | null {
  if (!/^\d{17}$/.test(first17)) return null;
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * WEIGHTS[i];
  return CHECK_CHARS[sum % 11];
}

/** Input → canonical form: spaces trimmed, a lower-case check x upper-cased. Validate afterwards. */
export function normalizeIdNumber(raw: string): string {
  return raw.trim().replace(/x$/, "X");
}

/** The birth date (characters 7–14), or null if the number has no real date there. */
export function birthDateOf(idNumber: string): CalendarDate | null {
  if (!CANONICAL.test(idNumber)) return null;
  const date = `${idNumber.slice(6, 10)}-${idNumber.slice(10, 12)}-${idNumber.slice(12, 14)}`;
  return isValidCalendarDate(date) ? date : null;
}

/**
 * Validates the canonical form only (upper-case X, no spaces): pass user input through
 * normalizeIdNumber first, and store the normalised value.
 */
export function isValidIdNumber(idNumber: string, today: CalendarDate = todayInShanghai()): boolean {
  if (!CANONICAL.test(idNumber)) return false;
  if (idNumberCheckChar(idNumber.slice(0, 17)) !== idNumber[17]) return false;
  const birth = birthDateOf(idNumber);
  return birth !== null && compareDates(birth, today) <= 0;
}

/** 110105********002X: the first 6 and last 4 characters stay visible. */
export function maskIdNumber(idNumber: string): string {
  if (idNumber.length <= 10) return "*".repeat(idNumber.length);
  return idNumber.slice(0, 6) + "*".repeat(idNumber.length - 10) + idNumber.slice(-4);
}
