import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays } from "@/lib/domain/calendar-date";
import { timeLeft, timeLeftText, timedStages } from "@/lib/domain/deadlines";
import { parseHolidayLines, parseWorkdayLines } from "@/lib/domain/holiday-entry";
import { departmentSchema } from "@/lib/schemas/staff-account.schema";
import { addWorkingDays, holidayCalendar, isWorkingDay, UNKNOWN, workingDaysBetween } from "@/lib/domain/working-days";

// 2026 as published: 国庆 10-01…10-08 off, Saturday 10-10 worked (an excerpt is enough here).
const calendar = holidayCalendar(
  [2026],
  [
    ...["01", "02", "03", "04", "05", "06", "07", "08"].map((d) => ({
      date: `2026-10-${d}`,
      kind: "HOLIDAY" as const,
    })),
    { date: "2026-09-20", kind: "WORKDAY" },
    { date: "2026-10-10", kind: "WORKDAY" },
  ],
);

describe("working days", () => {
  it("skips holidays and counts a 调休 Saturday", () => {
    expect(isWorkingDay(calendar, "2026-10-09")).toBe(true);
    expect(isWorkingDay(calendar, "2026-10-05")).toBe(false);
    expect(isWorkingDay(calendar, "2026-10-10")).toBe(true);
    expect(isWorkingDay(calendar, "2026-10-11")).toBe(false);
    // Wednesday 09-30 + 1 working day = Friday 10-09; + 2 = Saturday 10-10 (调休); + 3 = Monday 10-12.
    expect(addWorkingDays(calendar, "2026-09-30", 1)).toBe("2026-10-09");
    expect(addWorkingDays(calendar, "2026-09-30", 2)).toBe("2026-10-10");
    expect(addWorkingDays(calendar, "2026-09-30", 3)).toBe("2026-10-12");
  });

  it("is unknown outside the loaded years", () => {
    expect(isWorkingDay(calendar, "2027-01-04")).toBe(UNKNOWN);
    expect(addWorkingDays(calendar, "2026-12-28", 20)).toBe(UNKNOWN);
    expect(workingDaysBetween(calendar, "2026-12-30", "2027-01-05")).toBe(UNKNOWN);
  });

  it("property: counting back gives n, and a later start never gives an earlier due date", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 300 }), fc.integer({ min: 0, max: 30 }), (offset, n) => {
        const from = addDays("2026-01-01", offset);
        const due = addWorkingDays(calendar, from, n);
        const later = addWorkingDays(calendar, addDays(from, 1), n);
        if (due === UNKNOWN || later === UNKNOWN) return;
        expect(workingDaysBetween(calendar, from, due)).toBe(n);
        expect(later >= due).toBe(true);
      }),
    );
  });

  it("words the time left", () => {
    expect(timeLeftText(timeLeft(calendar, "2026-09-30", "2026-10-12"))).toBe("剩余 3 个工作日");
    expect(timeLeftText(timeLeft(calendar, "2026-10-12", "2026-10-12"))).toBe("今日到期");
    expect(timeLeftText(timeLeft(calendar, "2026-10-12", "2026-09-30"))).toBe("已超期 3 个工作日");
    expect(timeLeftText(timeLeft(calendar, "2026-10-12", null))).toBe("办理时限未知（节假日未录入）");
  });

  it("times the staff stages only", () => {
    expect(timedStages("TRANSFER_OUT")).toEqual(["PENDING_REVIEW", "PENDING_ASSESSMENT"]);
    expect(timedStages("ENTERPRISE_REGISTRATION")).toEqual(["PENDING_REVIEW"]);
  });
});

describe("entering a year's 节假日安排", () => {
  it("reads ranges and single days, and names the line that is wrong", () => {
    const ok = parseHolidayLines(2027, "2027-01-01 元旦\n\n2027-02-10 至 2027-02-12 春节");
    expect(ok.days?.map((d) => d.date)).toEqual(["2027-01-01", "2027-02-10", "2027-02-11", "2027-02-12"]);
    expect(parseHolidayLines(2027, "2027-01-01 元旦\n2027-02-30 春节").error).toBe(
      "第2行：2027-02-30 不是有效日期（YYYY-MM-DD）",
    );
    expect(parseHolidayLines(2027, "元旦放假三天").error).toMatch(/^第1行：应为“起始日期 至 结束日期 名称”/);
    expect(parseHolidayLines(2027, "2026-12-31 元旦").error).toBe("第1行：日期应在2027年内");
    expect(parseHolidayLines(2027, "2027-02-12 至 2027-02-10 春节").error).toBe("第1行：结束日期早于起始日期");
    expect(parseHolidayLines(2027, "").error).toBe("请填写放假安排");
  });

  it("accepts only weekend 调休 days that are not days off", () => {
    const holidays = parseHolidayLines(2027, "2027-02-10 至 2027-02-16 春节").days!;
    expect(parseWorkdayLines(2027, "2027-02-06 春节", holidays).days).toEqual([
      { date: "2027-02-06", kind: "WORKDAY", name: "春节" },
    ]);
    expect(parseWorkdayLines(2027, "2027-02-08 春节", holidays).error).toMatch(/不是周六或周日/);
    expect(parseWorkdayLines(2027, "2027-02-13 春节", holidays).error).toMatch(/已在放假安排中/);
  });
});

describe("部门 超期提醒邮箱", () => {
  const department = { name: "审核处", type: "审核部门", province: "浙江省" };
  it("is optional, lower-cased, and checked", () => {
    expect(departmentSchema.parse({ ...department, email: "" }).email).toBeNull();
    expect(departmentSchema.parse({ ...department, email: " ShenHe@Example.gov.cn " }).email).toBe(
      "shenhe@example.gov.cn",
    );
    const bad = departmentSchema.safeParse({ ...department, email: "shenhe" });
    expect(bad.success ? null : bad.error.issues[0]).toMatchObject({ path: ["email"], message: "邮箱格式不正确" });
  });
});
