// 办理时限 (issue 9 §4): working days over the holiday table in the database (synced from the
// chinese-days package, or entered by the 系统管理员), due dates stored by transition, queues sorted
// by time left, the 待办 counts, and the daily 超期 digest (once per department and day).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays, daysBetween, fromDateOnly, todayInShanghai, weekday } from "@/lib/domain/calendar-date";
import { addWorkingDays, isWorkingDay, UNKNOWN, workingDaysBetween } from "@/lib/domain/working-days";
import { holidayYearSchema } from "@/lib/schemas/holidays.schema";
import { countTodo } from "@/lib/server/deadlines/count-todo";
import { enterHolidayYear } from "@/lib/server/deadlines/enter-holiday-year";
import { loadHolidayCalendar } from "@/lib/server/deadlines/holiday-calendar";
import { recomputeDueDates } from "@/lib/server/deadlines/recompute-due-dates";
import { HOLIDAY_PACKAGE, syncHolidays } from "@/lib/server/deadlines/sync-holidays";
import { db } from "@/lib/server/db";
import { ConflictError } from "@/lib/server/errors";
import { sendDeadlineDigests } from "@/lib/server/jobs/deadline-digest";
import { listApplicationsForStaff } from "@/lib/server/review/queries";
import { createEnterprise, createStaff } from "./support/factories";

const today = todayInShanghai();
const thisYear = Number(today.slice(0, 4));

async function lastLoadedYear() {
  const { _max } = await db.holidayYear.aggregate({ _max: { year: true } });
  return _max.year!;
}

describe("working days over the holiday table", () => {
  it("syncs the package's years once (ON CONFLICT DO NOTHING), with 节假日 and 调休 rows", async () => {
    const added = await syncHolidays();
    expect(added).toContain(2025);
    expect(await syncHolidays()).toEqual([]);
    const year2026 = await db.holidayYear.findUniqueOrThrow({ where: { year: 2026 } });
    expect(year2026.source).toBe(HOLIDAY_PACKAGE);
    // 2026-10-01 国庆节 is a day off; Saturday 2026-10-10 is a 调休 working day.
    expect(await db.holiday.findUnique({ where: { date: fromDateOnly("2026-10-01") } })).toMatchObject({
      kind: "HOLIDAY",
      name: "国庆节",
    });
    expect(await db.holiday.findUnique({ where: { date: fromDateOnly("2026-10-10") } })).toMatchObject({
      kind: "WORKDAY",
    });
  });

  it("properties: adding n working days then counting back gives n; the result is a working day", async () => {
    await syncHolidays();
    const calendar = await loadHolidayCalendar(db, today);
    const first = `${thisYear - 2}-01-01`;
    const span = daysBetween(first, `${await lastLoadedYear()}-12-31`);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: span }), fc.integer({ min: 0, max: 60 }), (offset, n) => {
        const from = addDays(first, offset);
        const due = addWorkingDays(calendar, from, n);
        if (due === UNKNOWN) return;
        expect(workingDaysBetween(calendar, from, due)).toBe(n);
        expect(workingDaysBetween(calendar, due, from)).toBe(0 - n);
        if (n > 0) expect(isWorkingDay(calendar, due)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it("properties: a 调休 Saturday or Sunday counts; a holiday on a weekday does not", async () => {
    await syncHolidays();
    const calendar = await loadHolidayCalendar(db, today);
    const rows = await db.holiday.findMany({ where: { year: { gte: thisYear - 2 } } });
    expect(rows.some((r) => r.kind === "WORKDAY")).toBe(true);
    fc.assert(
      fc.property(fc.constantFrom(...rows), (row) => {
        const date = row.date.toISOString().slice(0, 10);
        if (row.kind === "WORKDAY") {
          expect([0, 6]).toContain(weekday(date));
          expect(isWorkingDay(calendar, date)).toBe(true);
          expect(workingDaysBetween(calendar, addDays(date, -1), date)).toBe(1);
        } else {
          expect(isWorkingDay(calendar, date)).toBe(false);
          expect(workingDaysBetween(calendar, addDays(date, -1), date)).toBe(0);
        }
      }),
    );
    // Saturday 2026-02-28 was worked (春节调休): Friday → Monday spans 2 working days, not 1.
    expect(workingDaysBetween(calendar, "2026-02-27", "2026-03-02")).toBe(2);
  });

  it("properties: beyond the loaded years → unknown, never counted as weekdays", async () => {
    await syncHolidays();
    const calendar = await loadHolidayCalendar(db, today);
    const beyond = (await lastLoadedYear()) + 1;
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 364 }), fc.integer({ min: 1, max: 40 }), (offset, n) => {
        const date = addDays(`${beyond}-01-01`, offset);
        if (Number(date.slice(0, 4)) !== beyond) return;
        expect(isWorkingDay(calendar, date)).toBe(UNKNOWN);
        expect(workingDaysBetween(calendar, `${beyond - 1}-12-31`, date)).toBe(UNKNOWN);
        // From the last days of the loaded year, n working days reach into the next year or not: never guessed.
        const due = addWorkingDays(calendar, addDays(`${beyond}-01-01`, -1), n);
        expect(due).toBe(UNKNOWN);
      }),
    );
  });
});

/** An open registration whose stage started `daysAgo` calendar days ago (history backdated). */
async function pendingRegistration(daysAgo: number) {
  const unit = await createEnterprise();
  const at = new Date(Date.now() - daysAgo * 86_400_000);
  await db.application.update({ where: { id: unit.applicationId }, data: { submittedAt: at } });
  await db.applicationEvent.updateMany({ where: { applicationId: unit.applicationId }, data: { at } });
  return unit;
}

describe("due dates, queues and 待办", () => {
  it("transition stores the due date; beyond the loaded years it is unknown until the year is entered", async () => {
    await syncHolidays();
    const { actor: admin } = await createStaff("ADMIN");
    const { actor: reviewer } = await createStaff("REVIEWER");
    const last = await lastLoadedYear();
    const unit = await createEnterprise();
    const calendar = await loadHolidayCalendar(db, today);
    const expected = addWorkingDays(calendar, today, 20);
    const row = await db.application.findUniqueOrThrow({ where: { id: unit.applicationId } });
    expect(row.dueOn?.toISOString().slice(0, 10) ?? UNKNOWN).toBe(expected);

    // An application whose stage started late in the last loaded year: its 20th working day is beyond.
    await db.application.update({
      where: { id: unit.applicationId },
      data: { submittedAt: new Date(`${last}-12-20T02:00:00Z`), dueOn: null },
    });
    await db.applicationEvent.updateMany({
      where: { applicationId: unit.applicationId },
      data: { at: new Date(`${last}-12-20T02:00:00Z`) },
    });
    await recomputeDueDates(db, {});
    expect((await db.application.findUniqueOrThrow({ where: { id: unit.applicationId } })).dueOn).toBeNull();
    const queue = await listApplicationsForStaff({
      actor: reviewer,
      kind: "ENTERPRISE_REGISTRATION",
      status: "PENDING_REVIEW",
    });
    expect(queue.rows[0].timeLeft).toEqual({ state: "unknown" });

    // The 系统管理员 enters the next year (no holiday in January, so the count is plain weekdays).
    const input = holidayYearSchema.parse({
      year: String(last + 1),
      holidays: `${last + 1}-05-01 至 ${last + 1}-05-05 劳动节`,
      workdays: "",
    });
    const known = await enterHolidayYear({ actor: admin, input });
    expect(known).toBe(1);
    const after = await db.application.findUniqueOrThrow({ where: { id: unit.applicationId } });
    const full = await loadHolidayCalendar(db, `${last + 1}-06-01`);
    expect(after.dueOn?.toISOString().slice(0, 10)).toBe(addWorkingDays(full, `${last}-12-20`, 20));
    await expect(enterHolidayYear({ actor: admin, input })).rejects.toBeInstanceOf(ConflictError);
    expect(await db.auditLog.count({ where: { action: "holidays.enter" } })).toBe(1);
  });

  it("sorts a staff stage by time left, filters overdue / near, and counts the 待办 in SQL", async () => {
    await syncHolidays();
    const { actor: reviewer } = await createStaff("REVIEWER");
    const { actor: assessor } = await createStaff("ASSESSOR");
    const overdue = await pendingRegistration(60);
    const fresh = await pendingRegistration(0);
    const near = await pendingRegistration(0);
    // near: due in 2 working days from today (or today, if the calendar ends before that)
    const calendar = await loadHolidayCalendar(db, today);
    const inTwo = addWorkingDays(calendar, today, 2);
    await db.application.update({
      where: { id: near.applicationId },
      data: { dueOn: fromDateOnly(inTwo === UNKNOWN ? today : inTwo) },
    });
    await recomputeDueDates(db, { onlyUnknown: true });
    const freshDue = (await db.application.findUniqueOrThrow({ where: { id: fresh.applicationId } })).dueOn;

    const queue = await listApplicationsForStaff({
      actor: reviewer,
      kind: "ENTERPRISE_REGISTRATION",
      status: "PENDING_REVIEW",
    });
    expect(queue.rows.map((r) => r.id)).toEqual([overdue.applicationId, near.applicationId, fresh.applicationId]);
    const late = queue.rows[0].timeLeft;
    expect(late?.state).toBe("overdue");
    if (late?.state === "overdue") expect(late.days).toBeGreaterThan(10);
    expect(queue.rows[1].timeLeft?.state).toMatch(/left|dueToday/);

    const onlyOverdue = await listApplicationsForStaff({
      actor: reviewer,
      kind: "ENTERPRISE_REGISTRATION",
      status: "PENDING_REVIEW",
      due: "overdue",
    });
    expect(onlyOverdue.rows.map((r) => r.id)).toEqual([overdue.applicationId]);
    const nearOnes = await listApplicationsForStaff({
      actor: reviewer,
      kind: "ENTERPRISE_REGISTRATION",
      status: "PENDING_REVIEW",
      due: "near",
    });
    expect(nearOnes.rows.map((r) => r.id)).toContain(near.applicationId);
    expect(nearOnes.rows.map((r) => r.id)).not.toContain(overdue.applicationId);

    const todo = await countTodo({ actor: reviewer });
    const registration = todo.queues.find((q) => q.kind === "ENTERPRISE_REGISTRATION")!;
    expect(registration).toMatchObject({ status: "PENDING_REVIEW", total: 3, overdue: 1 });
    expect(registration.near).toBe(1);
    expect(registration.unknown).toBe(freshDue ? 0 : 1);
    // The 考核部门 has no registration queue; its queues are its own stage.
    const { queues: assessed } = await countTodo({ actor: assessor });
    expect(assessed.every((q) => q.status === "PENDING_ASSESSMENT")).toBe(true);
    expect(assessed.find((q) => q.kind === "ENTERPRISE_REGISTRATION")).toBeUndefined();
  });

  it("mails each department with an address its overdue items once a day, through the outbox", async () => {
    await syncHolidays();
    const overdue = await pendingRegistration(60);
    await recomputeDueDates(db, {});
    const review = await db.department.create({
      data: { name: "审核处", type: "REVIEW", provinceCode: "33", email: "shenhe@example.gov.cn" },
    });
    await db.department.create({
      data: { name: "考核处", type: "ASSESSMENT", provinceCode: "33", email: "kaohe@example.gov.cn" },
    });
    await db.department.create({ data: { name: "无邮箱处", type: "REVIEW", provinceCode: "33" } });

    expect(await sendDeadlineDigests(today)).toBe(1);
    expect(await sendDeadlineDigests(today)).toBe(0);
    const mails = await db.outboxMessage.findMany({ where: { subject: { contains: "超期" } } });
    expect(mails).toHaveLength(1);
    expect(mails[0].to).toBe("shenhe@example.gov.cn");
    expect(mails[0].text).toContain(overdue.fields.name);
    expect(mails[0].text).toMatch(/已超期 \d+ 个工作日/);
    expect(await db.deadlineDigest.count({ where: { departmentId: review.id } })).toBe(1);
  });
});
