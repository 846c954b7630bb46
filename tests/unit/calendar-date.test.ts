import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  addDays,
  addMonths,
  addYears,
  compareDates,
  daysBetween,
  daysInMonth,
  formatChineseDate,
  fromDateOnly,
  isValidCalendarDate,
  parseCalendarDate,
  toDateOnly,
  todayInShanghai,
} from "@/lib/domain/calendar-date";

const DAY_MS = 86_400_000;
// 0001-01-01 … 9999-12-31, built through Date so the properties check our arithmetic against it.
const date = fc
  .integer({ min: Date.parse("0001-01-01T00:00:00Z") / DAY_MS, max: Date.parse("9999-12-31T00:00:00Z") / DAY_MS })
  .map((n) => new Date(n * DAY_MS).toISOString().slice(0, 10));

describe("isValidCalendarDate / parseCalendarDate", () => {
  it.each(["2027-05-31", "2028-02-29", "2000-02-29", "1949-10-01", "0001-01-01", "9999-12-31"])("%s is a date", (s) => {
    expect(isValidCalendarDate(s)).toBe(true);
  });
  it.each([
    "1949-02-30",
    "2027-02-29",
    "1900-02-29",
    "2027-04-31",
    "2027-13-01",
    "2027-00-10",
    "2027-01-00",
    "2027-5-31",
    "27-05-31",
    "2027/05/31",
    "2027-05-31T00:00",
    " 2027-05-31",
    "",
    "２０２７-05-31",
  ])("%j is not", (s) => {
    expect(isValidCalendarDate(s)).toBe(false);
  });
  it("rejects non-strings", () => {
    expect(isValidCalendarDate(null)).toBe(false);
    expect(isValidCalendarDate(new Date())).toBe(false);
  });
  it("parses trimmed input", () => {
    expect(parseCalendarDate(" 2027-05-31 ")).toBe("2027-05-31");
    expect(parseCalendarDate("1949-02-30")).toBeNull();
  });
  it("knows month lengths", () => {
    expect([2027, 2028, 1900, 2000].map((y) => daysInMonth(y, 2))).toEqual([28, 29, 28, 29]);
  });
  it("refuses to compute with an invalid date", () => {
    expect(() => addDays("1949-02-30", 1)).toThrow(RangeError);
    expect(() => compareDates("2027-05-31", "x")).toThrow(RangeError);
  });
});

describe("month and year arithmetic", () => {
  it.each([
    ["2027-05-31", -3, "2027-02-28"],
    ["2028-05-31", -3, "2028-02-29"],
    ["2028-02-29", 2, "2028-04-29"],
    ["2027-05-31", 2, "2027-07-31"],
    ["2027-01-31", 1, "2027-02-28"],
    ["2027-12-31", 2, "2028-02-29"],
    ["2027-11-30", -12, "2026-11-30"],
    ["2027-01-15", -1, "2026-12-15"],
    ["2027-05-31", 0, "2027-05-31"],
  ])("%s + %i months = %s", (d, n, expected) => {
    expect(addMonths(d, n)).toBe(expected);
  });
  it.each([
    ["2028-02-29", 3, "2031-02-28"],
    ["2028-02-29", 4, "2032-02-29"],
    ["2027-05-31", 3, "2030-05-31"],
    ["2028-02-29", -1, "2027-02-28"],
  ])("%s + %i years = %s", (d, n, expected) => {
    expect(addYears(d, n)).toBe(expected);
  });
  it("refuses years beyond 9999", () => {
    expect(() => addYears("9999-01-01", 1)).toThrow(RangeError);
  });

  it("addMonths keeps the day or clamps it to the month end", () => {
    fc.assert(
      fc.property(date, fc.integer({ min: -120, max: 120 }), (d, n) => {
        fc.pre(d >= "0011-01-01" && d <= "9989-12-31");
        const r = addMonths(d, n);
        const [y, m, day] = d.split("-").map(Number);
        const [ry, rm, rday] = r.split("-").map(Number);
        expect(ry * 12 + rm - (y * 12 + m)).toBe(n);
        expect(rday).toBe(Math.min(day, daysInMonth(ry, rm)));
      }),
    );
  });
});

describe("day arithmetic", () => {
  it("agrees with Date", () => {
    fc.assert(
      fc.property(date, fc.integer({ min: -5000, max: 5000 }), (d, n) => {
        const viaDate = new Date(Date.parse(d + "T00:00:00Z") + n * DAY_MS).toISOString().slice(0, 10);
        fc.pre(/^\d{4}-/.test(viaDate));
        expect(addDays(d, n)).toBe(viaDate);
        expect(daysBetween(d, viaDate)).toBe(n);
        expect(compareDates(viaDate, d)).toBe(Math.sign(n));
      }),
    );
  });
  it("crosses month, year and leap days", () => {
    expect(addDays("2028-02-28", 1)).toBe("2028-02-29");
    expect(addDays("2027-02-28", 1)).toBe("2027-03-01");
    expect(addDays("2027-12-31", 1)).toBe("2028-01-01");
    expect(addDays("2027-03-01", -1)).toBe("2027-02-28");
    expect(daysBetween("2027-01-01", "2028-01-01")).toBe(365);
    expect(daysBetween("2028-01-01", "2027-01-01")).toBe(-365);
  });
  it("compares", () => {
    expect(compareDates("2027-05-31", "2027-06-01")).toBe(-1);
    expect(compareDates("2027-06-01", "2027-05-31")).toBe(1);
    expect(compareDates("2027-05-31", "2027-05-31")).toBe(0);
  });
});

describe("todayInShanghai", () => {
  it("switches days at 16:00 UTC", () => {
    expect(todayInShanghai(new Date("2027-05-30T15:59:59.999Z"))).toBe("2027-05-30");
    expect(todayInShanghai(new Date("2027-05-30T16:00:00.000Z"))).toBe("2027-05-31");
    expect(todayInShanghai(new Date("2027-12-31T16:00:00.000Z"))).toBe("2028-01-01");
  });
  it("defaults to now", () => {
    expect(isValidCalendarDate(todayInShanghai())).toBe(true);
  });
  // From 1992: China kept summer time (UTC+9) from 1986 to 1991, which the tz database records.
  it("is the UTC+8 date for any instant since 1992", () => {
    fc.assert(
      fc.property(fc.date({ min: new Date("1992-01-01"), max: new Date("2200-01-01"), noInvalidDate: true }), (now) => {
        expect(todayInShanghai(now)).toBe(new Date(now.getTime() + 8 * 3_600_000).toISOString().slice(0, 10));
      }),
    );
  });
});

describe("DATE column conversion", () => {
  it("round-trips through UTC midnight", () => {
    expect(fromDateOnly("2027-05-31").toISOString()).toBe("2027-05-31T00:00:00.000Z");
    expect(toDateOnly(new Date("2027-05-31T00:00:00Z"))).toBe("2027-05-31");
    fc.assert(fc.property(date, (d) => toDateOnly(fromDateOnly(d)) === d));
  });
  it("refuses an instant that is not UTC midnight, and invalid dates", () => {
    expect(() => toDateOnly(new Date("2027-05-31T08:00:00Z"))).toThrow(RangeError);
    expect(() => toDateOnly(new Date(Number.NaN))).toThrow(RangeError);
    expect(() => fromDateOnly("2027-02-29")).toThrow(RangeError);
  });
});

describe("formatChineseDate", () => {
  it("writes 年月日 without leading zeros", () => {
    expect(formatChineseDate("2027-05-31")).toBe("2027年5月31日");
    expect(formatChineseDate("2028-02-09")).toBe("2028年2月9日");
    expect(formatChineseDate("2027-12-01")).toBe("2027年12月1日");
  });
});
