// 统计 against a small data set whose every number is worked out by hand below (today = 2026-06-15,
// a Monday). Times are written in China time (+08:00); several sit near midnight, where a UTC date
// would put them on another day or month.
import { readFileSync } from "node:fs";
import { PassThrough } from "node:stream";
import ExcelJS from "exceljs";
import { beforeEach, describe, expect, it } from "vitest";
import type { ApplicationKind } from "@/lib/domain/application-kinds";
import { creditCodeCheckChar } from "@/lib/domain/credit-code";
import { statisticsTables, type StatisticsData, type StatisticsFilter } from "@/lib/domain/statistics";
import { STATUS_LABEL, type ApplicationStatus } from "@/lib/domain/workflow";
import type { Actor } from "@/lib/server/auth/actor";
import { db } from "@/lib/server/db";
import { ForbiddenError } from "@/lib/server/errors";
import { exportStatistics, writeStatisticsWorkbook } from "@/lib/server/statistics/export-statistics";
import { getStatistics } from "@/lib/server/statistics/get-statistics";
import { currentStatistics, currentStatisticsPage } from "@/lib/server/statistics/current-statistics";
import {
  createCertificateFor,
  createEnterprise,
  createPersonWithCertificate,
  createStaff,
  uniqueCreditCode,
} from "./support/factories";

const TODAY = "2026-06-15";

/** A valid 统一社会信用代码 registered in `province` (positions 3–4). */
function creditCodeIn(province: string) {
  const first17 = `${uniqueCreditCode().slice(0, 2)}${province}${uniqueCreditCode().slice(4, 17)}`;
  return first17 + creditCodeCheckChar(first17);
}

const at = (local: string) => new Date(`${local}+08:00`);

let reviewer: Actor;
let zhejiang: { id: string; name: string };
let jiangsu: { id: string; name: string };
let beijing: { id: string; name: string };

async function application(input: {
  kind: ApplicationKind;
  status: ApplicationStatus;
  enterpriseId: string;
  submitted: string;
  certificateId?: string;
  /** [toStatus, local time] history rows after the submission */
  events?: [ApplicationStatus, string][];
}) {
  const app = await db.application.create({
    data: {
      kind: input.kind,
      status: input.status,
      enterpriseId: input.enterpriseId,
      certificateId: input.certificateId,
      payload: {},
      submittedAt: at(input.submitted),
      // as transition leaves it: the time of the latest move into the (decided) status
      decidedAt: decidedAt(input),
    },
  });
  await db.applicationEvent.create({
    data: {
      applicationId: app.id,
      action: "submit",
      toStatus: "PENDING_REVIEW",
      actorRole: "ENTERPRISE",
      at: at(input.submitted),
    },
  });
  for (const [toStatus, time] of input.events ?? []) {
    await db.applicationEvent.create({
      data: { applicationId: app.id, action: "decide", toStatus, actorRole: "REVIEWER", at: at(time) },
    });
  }
  // As transition.ts does: a 通过/不通过 stamps decidedAt with the decision (统计 reads it).
  const decision = (input.events ?? []).filter(([toStatus]) => toStatus === input.status).at(-1);
  if (decision && (input.status === "APPROVED" || input.status === "REJECTED")) {
    await db.application.update({ where: { id: app.id }, data: { decidedAt: at(decision[1]) } });
  }
  return app;
}

function decidedAt(input: { status: ApplicationStatus; events?: [ApplicationStatus, string][] }) {
  if (!["APPROVED", "REJECTED", "CANCELLED"].includes(input.status)) return null;
  const last = input.events?.filter(([status]) => status === input.status).at(-1);
  return last ? at(last[1]) : null;
}

beforeEach(async () => {
  reviewer = (await createStaff("REVIEWER")).actor;
  const unit = async (province: string) =>
    (await createEnterprise({ approved: true, fields: { creditCode: creditCodeIn(province) } })).enterprise;
  [zhejiang, jiangsu, beijing] = [await unit("33"), await unit("32"), await unit("11")];
  // createEnterprise files a registration for each; the fixture starts without applications.
  await db.application.deleteMany({});

  // Certificates: status for 2026-06-15 (window opens 3 months before expiry, closes 2 months after).
  const cert = (
    enterprise: { id: string; name: string },
    category: "A" | "B" | "C",
    specialty: "HIGHWAY" | "WATERWAY",
    issuedOn: string,
    expiresOn: string,
    status: "ACTIVE" | "LAPSED" | "REVOKED" = "ACTIVE",
  ) => createPersonWithCertificate({ enterprise, category, specialty, issuedOn, expiresOn, status });
  await cert(zhejiang, "C", "HIGHWAY", "2025-01-01", "2028-01-01"); // c1 有效
  await cert(zhejiang, "C", "HIGHWAY", "2023-09-15", "2026-09-15"); // c2 即将到期: the window opens today
  await cert(zhejiang, "B", "WATERWAY", "2023-09-16", "2026-09-16"); // c3 有效: opens tomorrow
  await cert(jiangsu, "A", "HIGHWAY", "2023-04-15", "2026-04-15"); // c4 已过期: the window closes today
  await cert(jiangsu, "A", "HIGHWAY", "2023-04-14", "2026-04-14"); // c5 失效: closed yesterday
  const c6 = await cert(zhejiang, "C", "HIGHWAY", "2023-03-01", "2026-03-01"); // c6 已过期: a renewal is open
  await cert(beijing, "B", "HIGHWAY", "2024-05-20", "2027-05-20", "LAPSED"); // c7 失效
  await cert(beijing, "C", "WATERWAY", "2026-05-20", "2029-05-20", "REVOKED"); // c8 已注销
  const holder = await db.person.findUniqueOrThrow({ where: { id: c6.person.id } });
  await createCertificateFor(holder, {
    enterprise: null,
    category: "B",
    specialty: "WATERWAY",
    issuedOn: "2023-06-15",
    expiresOn: "2026-06-15",
  }); // c9 即将到期 (expires today), no unit
  await cert(zhejiang, "C", "HIGHWAY", "2026-04-10", "2029-04-10"); // c10 有效

  // Applications. Working days from submission to decision (Mon–Fri, the submission day not counted):
  // r1 Fri 03-06 00:30 → Wed 03-11: 3 (its UTC date is Thursday 03-05)
  await application({
    kind: "RENEWAL",
    status: "APPROVED",
    enterpriseId: zhejiang.id,
    submitted: "2026-03-06T00:30:00",
    events: [["APPROVED", "2026-03-11T09:00:00"]],
  });
  // r2 Fri 03-06 23:30 → Mon 03-09 00:30: 1 (in UTC, Friday → Sunday: 0)
  await application({
    kind: "RENEWAL",
    status: "APPROVED",
    enterpriseId: zhejiang.id,
    submitted: "2026-03-06T23:30:00",
    events: [["APPROVED", "2026-03-09T00:30:00"]],
  });
  // r3 Mon 03-02 → Mon 03-16 不通过: 10
  await application({
    kind: "RENEWAL",
    status: "REJECTED",
    enterpriseId: zhejiang.id,
    submitted: "2026-03-02T10:00:00",
    events: [["REJECTED", "2026-03-16T10:00:00"]],
  });
  // r4 Tue 04-07 23:50 → Wed 04-08 08:00: 1 (the last minutes of the filter's 截止日期)
  await application({
    kind: "RENEWAL",
    status: "APPROVED",
    enterpriseId: zhejiang.id,
    submitted: "2026-04-07T23:50:00",
    events: [["APPROVED", "2026-04-08T08:00:00"]],
  });
  // r5 Wed 04-01 → Wed 04-08: 5
  await application({
    kind: "RENEWAL",
    status: "APPROVED",
    enterpriseId: jiangsu.id,
    submitted: "2026-04-01T09:00:00",
    events: [["APPROVED", "2026-04-08T16:00:00"]],
  });
  // r6 open, on c6: keeps it from 失效
  await application({
    kind: "RENEWAL",
    status: "PENDING_REVIEW",
    enterpriseId: zhejiang.id,
    submitted: "2026-05-04T09:00:00",
    certificateId: c6.certificate.id,
  });
  // n1 不通过 02-03, resubmitted Thu 02-05 (submittedAt moves), 通过 Tue 02-10: 3 (from the resubmission)
  await application({
    kind: "NAME_CHANGE",
    status: "APPROVED",
    enterpriseId: beijing.id,
    submitted: "2026-02-05T09:00:00",
    events: [
      ["REJECTED", "2026-02-03T09:00:00"],
      ["APPROVED", "2026-02-10T09:00:00"],
    ],
  });
  // q1 Wed 04-08 00:10 (UTC: 04-07), open
  await application({
    kind: "QUALIFICATION_CHANGE",
    status: "PENDING_REVIEW",
    enterpriseId: jiangsu.id,
    submitted: "2026-04-08T00:10:00",
  });
  // t1 cancelled, Fri 05-01 00:10 (UTC: April)
  await application({
    kind: "TRANSFER_OUT",
    status: "CANCELLED",
    enterpriseId: jiangsu.id,
    submitted: "2026-05-01T00:10:00",
  });
});

const stats = (filter: StatisticsFilter = {}) => getStatistics({ actor: reviewer, filter, today: TODAY });
const sorted = <T>(rows: T[]) => [...rows].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
const monthsWith = (data: StatisticsData) => data.monthly.filter((m) => m.submitted || m.issued);

describe("统计", () => {
  it("counts applications by kind and status", async () => {
    const data = await stats();
    expect(sorted(data.applications)).toEqual(
      sorted([
        { kind: "RENEWAL", status: "APPROVED", count: 4 },
        { kind: "RENEWAL", status: "REJECTED", count: 1 },
        { kind: "RENEWAL", status: "PENDING_REVIEW", count: 1 },
        { kind: "NAME_CHANGE", status: "APPROVED", count: 1 },
        { kind: "QUALIFICATION_CHANGE", status: "PENDING_REVIEW", count: 1 },
        { kind: "TRANSFER_OUT", status: "CANCELLED", count: 1 },
      ]),
    );
  });

  it("gives the median and 90th percentile of working days to the decision", async () => {
    const data = await stats();
    // RENEWAL [3, 1, 10, 1, 5] → sorted [1, 1, 3, 5, 10]: median 3; p90 at 0.9 × 4 = 3.6 → 5 + 0.6 × 5 = 8
    expect(sorted(data.durations)).toEqual(
      sorted([
        { kind: "RENEWAL", decided: 5, median: 3, p90: 8 },
        { kind: "NAME_CHANGE", decided: 1, median: 3, p90: 3 },
      ]),
    );
  });

  it("counts certificates by category, specialty and status, and by the unit's province", async () => {
    const data = await stats();
    expect(sorted(data.certificatesByType)).toEqual(
      sorted([
        { category: "A", specialty: "HIGHWAY", status: "已过期", count: 1 },
        { category: "A", specialty: "HIGHWAY", status: "失效", count: 1 },
        { category: "B", specialty: "HIGHWAY", status: "失效", count: 1 },
        { category: "B", specialty: "WATERWAY", status: "有效", count: 1 },
        { category: "B", specialty: "WATERWAY", status: "即将到期", count: 1 },
        { category: "C", specialty: "HIGHWAY", status: "有效", count: 2 },
        { category: "C", specialty: "HIGHWAY", status: "即将到期", count: 1 },
        { category: "C", specialty: "HIGHWAY", status: "已过期", count: 1 },
        { category: "C", specialty: "WATERWAY", status: "已注销", count: 1 },
      ]),
    );
    expect(sorted(data.certificatesByRegion)).toEqual(
      sorted([
        { province: "33", status: "有效", count: 3 },
        { province: "33", status: "即将到期", count: 1 },
        { province: "33", status: "已过期", count: 1 },
        { province: "32", status: "已过期", count: 1 },
        { province: "32", status: "失效", count: 1 },
        { province: "11", status: "失效", count: 1 },
        { province: "11", status: "已注销", count: 1 },
        { province: null, status: "即将到期", count: 1 },
      ]),
    );
  });

  it("counts per month over the twelve months ending this month, by China time", async () => {
    const data = await stats();
    expect(data.window.months[0]).toBe("2025-07");
    expect(data.window.months.at(-1)).toBe("2026-06");
    expect(data.monthly).toHaveLength(12);
    expect(monthsWith(data)).toEqual([
      { month: "2026-02", submitted: 1, issued: 0 },
      { month: "2026-03", submitted: 3, issued: 0 },
      { month: "2026-04", submitted: 3, issued: 1 },
      { month: "2026-05", submitted: 2, issued: 1 },
    ]);
  });

  it("filters by date range: applications by submission day, certificates by 发证日期, both ends included", async () => {
    const data = await stats({ from: "2026-03-06", to: "2026-04-07" });
    expect(data.applications).toEqual([{ kind: "RENEWAL", status: "APPROVED", count: 4 }]);
    // [3, 1, 1, 5] → [1, 1, 3, 5]: median (1 + 3) / 2 = 2; p90 at 2.7 → 3 + 0.7 × 2 = 4.4
    expect(data.durations).toHaveLength(1);
    expect(data.durations[0]).toMatchObject({ kind: "RENEWAL", decided: 4, median: 2 });
    expect(data.durations[0].p90).toBeCloseTo(4.4, 10);
    expect(await stats({ from: "2026-04-10", to: "2026-05-20" }).then((d) => sorted(d.certificatesByType))).toEqual(
      sorted([
        { category: "C", specialty: "HIGHWAY", status: "有效", count: 1 },
        { category: "C", specialty: "WATERWAY", status: "已注销", count: 1 },
      ]),
    );
    // The months end with the 截止日期's month.
    expect(data.window.months[0]).toBe("2025-05");
    expect(monthsWith(data)).toEqual([
      { month: "2026-02", submitted: 1, issued: 0 },
      { month: "2026-03", submitted: 3, issued: 0 },
      { month: "2026-04", submitted: 3, issued: 1 },
    ]);
  });

  it("filters by the unit's province", async () => {
    const data = await stats({ province: "33" });
    expect(sorted(data.applications)).toEqual(
      sorted([
        { kind: "RENEWAL", status: "APPROVED", count: 3 },
        { kind: "RENEWAL", status: "REJECTED", count: 1 },
        { kind: "RENEWAL", status: "PENDING_REVIEW", count: 1 },
      ]),
    );
    // [3, 1, 10, 1] → [1, 1, 3, 10]: median 2; p90 at 2.7 → 3 + 0.7 × 7 = 7.9
    expect(data.durations[0]).toMatchObject({ kind: "RENEWAL", decided: 4, median: 2 });
    expect(data.durations[0].p90).toBeCloseTo(7.9, 10);
    expect(sorted(data.certificatesByRegion)).toEqual(
      sorted([
        { province: "33", status: "有效", count: 3 },
        { province: "33", status: "即将到期", count: 1 },
        { province: "33", status: "已过期", count: 1 },
      ]),
    );
    expect(data.certificatesByType.reduce((n, r) => n + r.count, 0)).toBe(5);
    expect(monthsWith(data)).toEqual([
      { month: "2026-03", submitted: 3, issued: 0 },
      { month: "2026-04", submitted: 1, issued: 1 },
      { month: "2026-05", submitted: 1, issued: 0 },
    ]);
  });

  it("is for the 审核部门 and the 考核部门 only", async () => {
    const assessor = (await createStaff("ASSESSOR")).actor;
    await expect(getStatistics({ actor: assessor, filter: {}, today: TODAY })).resolves.toBeTruthy();
    const admin = (await createStaff("ADMIN")).actor;
    await expect(getStatistics({ actor: admin, filter: {} })).rejects.toBeInstanceOf(ForbiddenError);
  });

  it("draws the page's charts once per computation and keeps them with the figures", async () => {
    const filter = { province: "32" };
    const first = await currentStatisticsPage({ actor: reviewer, filter });
    const data = await currentStatistics({ actor: reviewer, filter });
    expect(first.tables.map((t) => t.table)).toEqual(statisticsTables(data));
    for (const { svg } of first.tables)
      expect([svg.narrow, svg.wide]).toEqual([
        expect.stringMatching(/^<svg[^>]* viewBox="0 0 360 /),
        expect.stringMatching(/^<svg[^>]* viewBox="0 0 640 /),
      ]);
    const again = await currentStatisticsPage({ actor: reviewer, filter });
    expect(again.tables).toBe(first.tables);
    expect(again.computedAt).toEqual(data.computedAt);
    const admin = (await createStaff("ADMIN")).actor;
    await expect(currentStatisticsPage({ actor: admin, filter })).rejects.toBeInstanceOf(ForbiddenError);
  });

  it("exports the page's tables, one sheet each, and records the export", async () => {
    const { tables } = await exportStatistics({ actor: reviewer, filter: { province: "33" }, today: TODAY });
    expect(tables).toEqual(statisticsTables(await stats({ province: "33" })));
    const out = new PassThrough();
    const chunks: Buffer[] = [];
    out.on("data", (c: Buffer) => chunks.push(c));
    await writeStatisticsWorkbook(tables, out);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.concat(chunks) as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(tables.map((t) => t.sheet));
    const applications = workbook.getWorksheet("申请按类型和状态")!;
    const renewal = applications.getRows(2, 8)!.find((r) => r.getCell(1).value === "证书延续")!;
    const header = applications.getRow(1).values as string[];
    expect(renewal.getCell(header.indexOf(STATUS_LABEL.APPROVED)).value).toBe(3);
    const durations = workbook.getWorksheet("办理用时")!;
    const durationRow = durations.getRows(2, 8)!.find((r) => r.getCell(1).value === "证书延续")!;
    expect(durationRow.values).toEqual([undefined, "证书延续", 4, 2, 7.9]);
    const log = await db.auditLog.findFirstOrThrow({ where: { action: "statistics.export" } });
    expect(log.actorId).toBe(reviewer.accountId);
    expect(log.detail).toEqual({ province: "33" });
  });
});

describe("migration 20261204181100_application_decided_at_backfill", () => {
  it("gives a decided row without decidedAt its latest move into its status, and clears an open row's", async () => {
    const decided = await db.application.findFirstOrThrow({ where: { kind: "NAME_CHANGE" } });
    const reopened = await db.application.findFirstOrThrow({ where: { status: "PENDING_REVIEW" } });
    await db.application.update({ where: { id: decided.id }, data: { decidedAt: null } });
    await db.application.update({ where: { id: reopened.id }, data: { decidedAt: new Date() } });

    const sql = readFileSync("prisma/migrations/20261204181100_application_decided_at_backfill/migration.sql", "utf8");
    for (const statement of sql.split(";").filter((s) => s.replace(/--.*$/gm, "").trim())) {
      await db.$executeRawUnsafe(statement);
    }
    expect((await db.application.findUniqueOrThrow({ where: { id: decided.id } })).decidedAt).toEqual(
      at("2026-02-10T09:00:00"),
    );
    expect((await db.application.findUniqueOrThrow({ where: { id: reopened.id } })).decidedAt).toBeNull();
    const data = await stats();
    expect(data.durations.find((d) => d.kind === "NAME_CHANGE")).toEqual({
      kind: "NAME_CHANGE",
      decided: 1,
      median: 3,
      p90: 3,
    });
  });
});
