import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays, compareDates, daysBetween } from "@/lib/domain/calendar-date";
import {
  CERTIFICATE_STATUSES,
  certificateStatus,
  daysLeftInWindow,
  isRenewable,
  renewalWindow,
  renewedExpiry,
  statusBounds,
} from "@/lib/domain/certificate-dates";
import fixtures from "@/tests/fixtures/certificate-dates.json";

const expiryDate = fc
  .integer({ min: 0, max: daysBetween("2000-01-01", "2100-12-31") })
  .map((n) => addDays("2000-01-01", n));
// A day within a year of the expiry either way, so every status is drawn often.
const expiryAndDay = expiryDate.chain((expiry) =>
  fc.integer({ min: -400, max: 400 }).map((n) => ({ expiry, today: addDays(expiry, n) })),
);

describe.each(fixtures.cases)("certificate expiring $expiry", (c) => {
  it("has the reference window and renewed expiry", () => {
    expect(renewalWindow(c.expiry)).toEqual({ opens: c.windowOpens, closes: c.windowCloses });
    expect(renewedExpiry(c.expiry)).toBe(c.renewedExpiry);
  });
  it.each(c.days)("on $today: renewable $renewable, $status", ({ today, renewable, status }) => {
    expect(isRenewable(c.expiry, today)).toBe(renewable);
    expect(certificateStatus({ expiry: c.expiry, today })).toBe(status);
    expect(certificateStatus({ expiry: c.expiry, today, renewalPending: false, revoked: false })).toBe(status);
  });
});

describe("certificate status rules", () => {
  it("lists the labels", () => {
    expect(CERTIFICATE_STATUSES).toEqual(["有效", "即将到期", "已过期", "失效", "已注销"]);
  });
  it("keeps a certificate with a pending renewal 已过期 after the window closes", () => {
    expect(certificateStatus({ expiry: "2027-05-31", today: "2027-08-01", renewalPending: true })).toBe("已过期");
    expect(certificateStatus({ expiry: "2027-05-31", today: "2035-01-01", renewalPending: true })).toBe("已过期");
  });
  it("says 已注销 whenever revoked", () => {
    for (const today of ["2027-01-01", "2027-05-31", "2027-07-01", "2027-09-01"]) {
      expect(certificateStatus({ expiry: "2027-05-31", today, revoked: true })).toBe("已注销");
    }
  });
  it("counts the days left in the window", () => {
    expect(daysLeftInWindow("2027-05-31", "2027-02-27")).toBeNull();
    expect(daysLeftInWindow("2027-05-31", "2027-02-28")).toBe(153);
    expect(daysLeftInWindow("2027-05-31", "2027-07-30")).toBe(1);
    expect(daysLeftInWindow("2027-05-31", "2027-07-31")).toBe(0);
    expect(daysLeftInWindow("2027-05-31", "2027-08-01")).toBeNull();
  });
});

describe("certificate date properties (expiry 2000–2100)", () => {
  it("renewable ⇔ 即将到期 or 已过期 (no renewal pending)", () => {
    fc.assert(
      fc.property(expiryAndDay, ({ expiry, today }) => {
        const status = certificateStatus({ expiry, today });
        return isRenewable(expiry, today) === (status === "即将到期" || status === "已过期");
      }),
    );
  });

  it("status only moves forward: 有效 → 即将到期 → 已过期 → 失效", () => {
    const order = ["有效", "即将到期", "已过期", "失效"];
    fc.assert(
      fc.property(expiryAndDay, ({ expiry, today }) => {
        const rank = (d: string) => order.indexOf(certificateStatus({ expiry, today: d }));
        return rank(today) <= rank(addDays(today, 1));
      }),
    );
  });

  it("approval never shortens validity", () => {
    fc.assert(fc.property(expiryDate, (expiry) => compareDates(renewedExpiry(expiry), expiry) > 0));
  });

  it("the window is inclusive at both ends and contains the expiry", () => {
    fc.assert(
      fc.property(expiryDate, (expiry) => {
        const { opens, closes } = renewalWindow(expiry);
        expect(compareDates(opens, expiry)).toBeLessThan(0);
        expect(compareDates(expiry, closes)).toBeLessThan(0);
        expect(isRenewable(expiry, opens)).toBe(true);
        expect(isRenewable(expiry, closes)).toBe(true);
        expect(isRenewable(expiry, addDays(opens, -1))).toBe(false);
        expect(isRenewable(expiry, addDays(closes, 1))).toBe(false);
        expect(daysLeftInWindow(expiry, closes)).toBe(0);
      }),
    );
  });

  it("a pending renewal never yields 失效", () => {
    fc.assert(
      fc.property(
        expiryAndDay,
        ({ expiry, today }) => certificateStatus({ expiry, today, renewalPending: true }) !== "失效",
      ),
    );
  });

  it("a pending renewal changes nothing until the window closes", () => {
    fc.assert(
      fc.property(expiryAndDay, ({ expiry, today }) => {
        fc.pre(compareDates(today, renewalWindow(expiry).closes) <= 0);
        return certificateStatus({ expiry, today, renewalPending: true }) === certificateStatus({ expiry, today });
      }),
    );
  });
});

describe("statusBounds (the status as expiry ranges, for filtering in SQL)", () => {
  /** The status the bounds give, as the SQL filter reads them. */
  function statusByBounds(expiry: string, today: string, renewalPending: boolean) {
    const { validAfter, lapsedBefore } = statusBounds(today);
    if (compareDates(expiry, validAfter) > 0) return "有效";
    if (compareDates(expiry, today) >= 0) return "即将到期";
    if (compareDates(expiry, lapsedBefore) >= 0 || renewalPending) return "已过期";
    return "失效";
  }

  it("agree with certificateStatus for every expiry and day (month ends included)", () => {
    fc.assert(
      fc.property(expiryAndDay, fc.boolean(), ({ expiry, today }, renewalPending) => {
        expect(statusByBounds(expiry, today, renewalPending)).toBe(
          certificateStatus({ expiry, today, renewalPending }),
        );
      }),
      { numRuns: 5000 },
    );
  });

  it("agree on every reference case", () => {
    for (const c of fixtures.cases)
      for (const { today, status } of c.days) expect(statusByBounds(c.expiry, today, false)).toBe(status);
  });
});
