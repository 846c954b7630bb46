// Every list query, as Prisma writes it, EXPLAINed on a generated data set (issue 11): fails (exit 1)
// when a plan reads Certificate, Application, ApplicationEvent or AuditLog with a sequential scan.
// Run after bench:generate: npm run bench:explain -- --database-url postgresql://…/aq_scale
// The real use cases run against a Prisma client with query logging (installed as the app's `db`
// before they are imported); each SELECT they issued is then run again under EXPLAIN (ANALYZE, FORMAT
// JSON) with its parameters. The planner is left alone (no enable_seqscan): the point is that it
// chooses the indexes. Prints one row per query: the use case, its plan in short, ms, ok/fail.
import { createHash } from "node:crypto";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaClient } from "../lib/generated/prisma/client";
import { kindsActedOnBy } from "../lib/domain/application-kinds";
import type { Actor } from "../lib/server/auth/actor";
import { databaseUrlOption } from "./options";

const databaseUrl = databaseUrlOption(
  "用法: npm run bench:explain -- --database-url postgresql://…（先运行 bench:generate）",
);
process.env.AUTH_SECRET ||= "bench-secret-not-for-production";

const FORBIDDEN = new Set(["Certificate", "Application", "ApplicationEvent", "AuditLog"]);
const captured: { query: string; params: unknown[] }[] = [];
const client = new PrismaClient({
  adapter: new PrismaPg({ connectionString: databaseUrl, max: 4 }),
  log: [{ emit: "event", level: "query" }],
});
client.$on("query", (e) => captured.push({ query: e.query, params: JSON.parse(e.params) as unknown[] }));
(globalThis as unknown as { db: PrismaClient }).db = client;

// Imported after the logging client is in place (lib/server/db.ts uses globalThis.db when set).
const { listEnterpriseCertificates, searchCertificatesForStaff } = await import("../lib/server/certificates/queries");
const { listApplicationsForStaff, countApplicationsForStaff } = await import("../lib/server/review/queries");
const { listOwnApplications, countOwnApplicationsByStatus } =
  await import("../lib/server/enterprises/own-applications");
const { listEnterprises } = await import("../lib/server/enterprises/queries");
const { listAuditLog } = await import("../lib/server/admin/list-audit-log");
const { listRenewableCertificates } = await import("../lib/server/renewals/list-renewable-certificates");
const { listCancellableCertificates } =
  await import("../lib/server/certificate-cancellations/list-cancellable-certificates");
const { listCertificatesNeedingUnitInfoChange } =
  await import("../lib/server/unit-info-changes/list-certificates-needing-unit-info-change");
const { listNotifications } = await import("../lib/server/notifications/queries");
const { countTodo } = await import("../lib/server/deadlines/count-todo");
const { countEnterpriseTodo } = await import("../lib/server/home-todo/count-enterprise-todo");

/** The uuid bench:generate gives row n of a table: md5(tag || n). */
const uuidOf = (tag: string, n: number) =>
  createHash("md5")
    .update(tag + n)
    .digest("hex")
    .replace(/^(.{8})(.{4})(.{4})(.{4})(.{12})$/, "$1-$2-$3-$4-$5");
const base = { mustChangePassword: false, sessionId: null, enterpriseApproved: true, personId: null };
const staff = (role: "REVIEWER" | "ASSESSOR" | "ADMIN", n: number): Actor => ({
  ...base,
  role,
  accountId: `00000000-0000-4000-8000-0000000000a${n}`,
  displayName: role,
  enterpriseId: null,
});
const reviewer = staff("REVIEWER", 1);
const assessor = staff("ASSESSOR", 2);
const admin = staff("ADMIN", 3);
/** Unit 1 is one of the five with 5,000 holders. */
const unit: Actor = {
  ...base,
  role: "ENTERPRISE",
  accountId: uuidOf("acc", 1),
  displayName: "unit",
  enterpriseId: uuidOf("ent", 1),
};

const pool = new pg.Pool({ connectionString: databaseUrl, max: 1 });
const sample = async (sql: string) => (await pool.query(sql)).rows[0] as Record<string, string>;
const someHolder = await sample(`SELECT p.name, p."idNumber" FROM "Person" p ORDER BY p."idNumber" LIMIT 1 OFFSET 777`);
const someCertificate = await sample(`SELECT number FROM "Certificate" ORDER BY number LIMIT 1 OFFSET 4321`);
const someUnit = await sample(`SELECT name, "creditCode" FROM "Enterprise" ORDER BY "creditCode" LIMIT 1 OFFSET 99`);
const numberFragment = someCertificate.number.slice(-7, -1);

const CASES: [label: string, run: () => Promise<unknown>][] = [
  ["证书查询（单位）", () => listEnterpriseCertificates({ actor: unit, filter: {} })],
  ...(["有效", "即将到期", "已过期", "失效", "已注销"] as const).map((status): [string, () => Promise<unknown>] => [
    `证书查询 状态=${status}`,
    () => listEnterpriseCertificates({ actor: unit, filter: { status } }),
  ]),
  ["证书查询 姓名片段", () => listEnterpriseCertificates({ actor: unit, filter: { q: someHolder.name.slice(1) } })],
  [
    "证书查询 编号片段, 第3页",
    () => listEnterpriseCertificates({ actor: unit, filter: { q: numberFragment }, page: 3 }),
  ],
  ["证书登记簿", () => searchCertificatesForStaff({ actor: assessor })],
  ["证书登记簿 第200页", () => searchCertificatesForStaff({ actor: assessor, page: 200 })],
  ["证书登记簿 姓名", () => searchCertificatesForStaff({ actor: assessor, q: someHolder.name })],
  ["证书登记簿 编号片段", () => searchCertificatesForStaff({ actor: assessor, q: numberFragment })],
  ["证书登记簿 身份证号", () => searchCertificatesForStaff({ actor: assessor, q: someHolder.idNumber })],
  ["审核 延续 待审核", () => listApplicationsForStaff({ actor: reviewer, kind: "RENEWAL", status: "PENDING_REVIEW" })],
  [
    "审核 延续 待审核 已超期",
    () => listApplicationsForStaff({ actor: reviewer, kind: "RENEWAL", status: "PENDING_REVIEW", due: "overdue" }),
  ],
  ["审核 延续 审核通过", () => listApplicationsForStaff({ actor: reviewer, kind: "RENEWAL", status: "APPROVED" })],
  ["审核 调出 全部", () => listApplicationsForStaff({ actor: reviewer, kind: "TRANSFER_OUT" })],
  [
    "审核 企业注册 单位名称",
    () => listApplicationsForStaff({ actor: reviewer, kind: "ENTERPRISE_REGISTRATION", q: someUnit.name.slice(2, 8) }),
  ],
  [
    "审核 延续 持证人姓名",
    () => listApplicationsForStaff({ actor: reviewer, kind: "RENEWAL", status: "PENDING_REVIEW", q: someHolder.name }),
  ],
  [
    "审核 延续 身份证号",
    () => listApplicationsForStaff({ actor: reviewer, kind: "RENEWAL", q: someHolder.idNumber.toLowerCase() }),
  ],
  ["审核 延续 编号片段", () => listApplicationsForStaff({ actor: reviewer, kind: "RENEWAL", q: numberFragment })],
  [
    "待考核 调入",
    () => listApplicationsForStaff({ actor: assessor, kind: "TRANSFER_IN", status: "PENDING_ASSESSMENT" }),
  ],
  [
    "待考核 tab 计数",
    () =>
      countApplicationsForStaff({
        actor: assessor,
        kinds: kindsActedOnBy("ASSESSOR"),
        status: "PENDING_ASSESSMENT",
      }),
  ],
  ["待办（审核部门）", () => countTodo({ actor: reviewer })],
  ["单位 延续申请 列表", () => listOwnApplications({ actor: unit, kinds: ["RENEWAL"], status: "APPROVED" })],
  ["单位 申请 tab 计数", () => countOwnApplicationsByStatus({ actor: unit, kinds: ["RENEWAL"] })],
  ["单位 待办", () => countEnterpriseTodo({ actor: unit })],
  ["单位 可延续证书", () => listRenewableCertificates({ actor: unit })],
  ["单位 可注销证书", () => listCancellableCertificates({ actor: unit })],
  ["单位 可注销证书 第50页", () => listCancellableCertificates({ actor: unit, page: 50 })],
  ["单位 需变更证书", () => listCertificatesNeedingUnitInfoChange({ actor: unit })],
  ["单位 通知", () => listNotifications({ actor: unit })],
  ["企业账号", () => listEnterprises({ actor: reviewer })],
  ["企业账号 名称片段", () => listEnterprises({ actor: reviewer, q: someUnit.name.slice(2, 8) })],
  ["企业账号 信用代码", () => listEnterprises({ actor: reviewer, q: someUnit.creditCode })],
  ["审计日志", () => listAuditLog({ actor: admin })],
  ["审计日志 第500页", () => listAuditLog({ actor: admin, page: 500 })],
  ["审计日志 操作", () => listAuditLog({ actor: admin, filter: { action: "certificate.revoke" } })],
  ["审计日志 操作人", () => listAuditLog({ actor: admin, filter: { actor: "reviewer-7" } })],
  ["审计日志 对象", () => listAuditLog({ actor: admin, filter: { target: uuidOf("app", 40) } })],
  [
    "审计日志 日期范围",
    () => listAuditLog({ actor: admin, filter: { from: "2026-01-01", to: "2026-01-31" } as never }),
  ],
];

interface PlanNode {
  "Node Type": string;
  "Relation Name"?: string;
  "Index Name"?: string;
  Plans?: PlanNode[];
}
function* nodes(plan: PlanNode): Generator<PlanNode> {
  yield plan;
  for (const child of plan.Plans ?? []) yield* nodes(child);
}
const short = (n: PlanNode) =>
  n["Index Name"] ? `${n["Node Type"]} ${n["Index Name"]}` : `${n["Node Type"]} ${n["Relation Name"] ?? ""}`.trim();
const SCANS = /Scan/;

let failures = 0;
const lines: string[] = ["| 查询 | # | 计划（扫描） | ms | 结果 |", "|---|---|---|---:|---|"];
for (const [label, run] of CASES) {
  captured.length = 0;
  try {
    await run();
  } catch (err) {
    failures++;
    lines.push(`| ${label} | – | 出错：${(err as Error).message.split("\n")[0]} | – | FAIL |`);
    continue;
  }
  const selects = captured.filter((c) => /^\s*(SELECT|WITH)/i.test(c.query));
  for (const [i, { query, params }] of selects.entries()) {
    const { rows } = await pool.query(`EXPLAIN (ANALYZE, FORMAT JSON) ${query}`, params);
    const [{ Plan: plan, "Execution Time": ms }] = rows[0]["QUERY PLAN"] as [
      { Plan: PlanNode; "Execution Time": number },
    ];
    const scans = [...nodes(plan)].filter((n) => SCANS.test(n["Node Type"]));
    const bad = scans.filter((n) => n["Node Type"] === "Seq Scan" && FORBIDDEN.has(n["Relation Name"] ?? ""));
    if (bad.length) failures++;
    const summary = [...new Set(scans.map(short))].join("; ");
    lines.push(`| ${label} | ${i + 1} | ${summary} | ${ms.toFixed(1)} | ${bad.length ? "FAIL" : "ok"} |`);
    if (bad.length) console.error(`${label} #${i + 1}: ${query.slice(0, 160)}… ${JSON.stringify(params)}`);
  }
}
console.log(lines.join("\n"));
console.log(failures ? `\n${failures} 条查询顺序扫描了大表` : "\n全部查询都走索引");
await client.$disconnect();
await pool.end();
process.exit(failures ? 1 : 0);
