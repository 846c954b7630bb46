// 安管人员证书 validity rules. A certificate may be renewed (延续) from 3 months before its expiry
// to 2 months after it, both ends inclusive; an approved renewal runs 3 years from the old expiry.
import { addDays, addMonths, addYears, compareDates, daysBetween, type CalendarDate } from "./calendar-date";

export const RENEWAL_OPENS_MONTHS_BEFORE = 3;
export const RENEWAL_CLOSES_MONTHS_AFTER = 2;
export const VALIDITY_YEARS = 3;

export const CERTIFICATE_STATUSES = ["有效", "即将到期", "已过期", "失效", "已注销"] as const;
export type CertificateStatus = (typeof CERTIFICATE_STATUSES)[number];

/** 失效 or 已注销: the certificate no longer counts, so nothing can be filed on it. */
export function isVoidStatus(status: CertificateStatus): boolean {
  return status === "失效" || status === "已注销";
}

export interface RenewalWindow {
  opens: CalendarDate;
  closes: CalendarDate;
}

export function renewalWindow(expiry: CalendarDate): RenewalWindow {
  return {
    opens: addMonths(expiry, -RENEWAL_OPENS_MONTHS_BEFORE),
    closes: addMonths(expiry, RENEWAL_CLOSES_MONTHS_AFTER),
  };
}

export function isRenewable(expiry: CalendarDate, today: CalendarDate): boolean {
  const { opens, closes } = renewalWindow(expiry);
  return compareDates(opens, today) <= 0 && compareDates(today, closes) <= 0;
}

export interface CertificateStatusInput {
  expiry: CalendarDate;
  today: CalendarDate;
  /** a 延续 application is open: the certificate does not lapse while it is decided */
  renewalPending?: boolean;
  revoked?: boolean;
}

export function certificateStatus({
  expiry,
  today,
  renewalPending = false,
  revoked = false,
}: CertificateStatusInput): CertificateStatus {
  if (revoked) return "已注销";
  const { opens, closes } = renewalWindow(expiry);
  if (compareDates(today, opens) < 0) return "有效";
  if (compareDates(today, expiry) <= 0) return "即将到期";
  if (compareDates(today, closes) <= 0 || renewalPending) return "已过期";
  return "失效";
}

/** The new expiry when a renewal is approved (counted from the old expiry, not the approval day). */
export function renewedExpiry(expiry: CalendarDate): CalendarDate {
  return addYears(expiry, VALIDITY_YEARS);
}

/** The expiry of a newly issued certificate (首次核发): 3 years from the 发证日期, clamped to the month end. */
export function expiryFromIssue(issuedOn: CalendarDate): CalendarDate {
  return addYears(issuedOn, VALIDITY_YEARS);
}

/** Days left after today to apply (0 on the last day), or null outside the window. */
export function daysLeftInWindow(expiry: CalendarDate, today: CalendarDate): number | null {
  if (!isRenewable(expiry, today)) return null;
  return daysBetween(today, renewalWindow(expiry).closes);
}

/**
 * The status as expiry-date bounds for a day, so that a list can filter in SQL on the indexed
 * expiry (issue 11): with an active record, an expiry after `validAfter` is 有效; from `today` to
 * `validAfter` 即将到期; before `today` but not before `lapsedBefore` 已过期; before `lapsedBefore` 失效
 * (已过期 while a 延续 is open). Month arithmetic clamps at month ends, so each bound is found by
 * stepping from the plain answer until the rule above no longer holds.
 */
export function statusBounds(today: CalendarDate): { validAfter: CalendarDate; lapsedBefore: CalendarDate } {
  let validAfter = addMonths(today, RENEWAL_OPENS_MONTHS_BEFORE);
  while (compareDates(renewalWindow(addDays(validAfter, 1)).opens, today) <= 0) validAfter = addDays(validAfter, 1);
  while (compareDates(renewalWindow(validAfter).opens, today) > 0) validAfter = addDays(validAfter, -1);
  let lapsedBefore = addMonths(today, -RENEWAL_CLOSES_MONTHS_AFTER);
  while (compareDates(renewalWindow(addDays(lapsedBefore, -1)).closes, today) >= 0)
    lapsedBefore = addDays(lapsedBefore, -1);
  while (compareDates(renewalWindow(lapsedBefore).closes, today) < 0) lapsedBefore = addDays(lapsedBefore, 1);
  return { validAfter, lapsedBefore };
}
