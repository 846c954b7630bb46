// 证书延续 rules that pages and use cases share.
import { renewalPayload } from "@/lib/schemas/payloads";
import { isRenewable, renewedExpiry } from "./certificate-dates";
import { toDateOnly, type CalendarDate } from "./calendar-date";

/**
 * The expiry a renewal gives: for an approved one, the date recorded on the certificate when it was
 * approved (what actually happened); otherwise the date it will give.
 */
export function renewalResult(app: { payload: unknown; certificateEvents?: { kind: string; changes: unknown }[] }) {
  const { expiresOn } = renewalPayload.parse(app.payload);
  const recorded = app.certificateEvents?.find((e) => e.kind === "RENEWED")?.changes as
    { expiresOn?: [string, string] } | null | undefined;
  return { from: expiresOn, to: recorded?.expiresOn?.[1] ?? renewedExpiry(expiresOn) };
}

/**
 * Why a rejected renewal can no longer be corrected with 【修改】 (null if it can): the unit's active
 * certificate, still at the expiry the renewal extends, still inside its renewal window.
 */
export function renewalResubmitBlocked(input: {
  enterpriseId: string;
  /** the certificate as stored now (expiresOn a DATE column); null when it is gone */
  certificate: { status: string; enterpriseId: string | null; expiresOn: Date } | null;
  /** the expiry the renewal extends */
  expiresOn: CalendarDate;
  today: CalendarDate;
}): string | null {
  const c = input.certificate;
  if (!c || c.status !== "ACTIVE" || c.enterpriseId !== input.enterpriseId) {
    return "该证书已不在本单位名下或已失效，无法重新提交。";
  }
  if (toDateOnly(c.expiresOn) !== input.expiresOn) return "该证书已延续，无需重新提交。";
  if (!isRenewable(input.expiresOn, input.today)) {
    return "已不在可申请延续的期限内（有效期届满后2个月为止），无法修改后重新提交。逾期未申请延续的证书将失效，需重新报名考试。";
  }
  return null;
}
