// `npm run fault:kill-instance`: an app instance is killed (SIGKILL) in the middle of a batch.
// Two production servers (scripts/server.ts) on two ports share database aq_f_kill. A 审核部门 user,
// in Chromium (playwright-core), opens 证书延续审核 on instance A, ticks 150 pending renewals and
// presses 【批量通过】; once some but not all are decided (polled in the database) A is killed with
// SIGKILL. Every application must then be either wholly decided (status, history row, audit row,
// notification, mail in the outbox, the certificate's new expiry and its RENEWED event) or wholly
// untouched. The same browser (same session cookie: sessions are rows) then submits the same 150 on
// instance B: the untouched ones go through, the decided ones are refused as already handled.
// Prints decided / untouched / half-done; exits 1 on any half-done or double-decided application.
import { chromium, type Page } from "playwright-core";
import {
  createEnterprise,
  createPersonWithCertificate,
  createStaff,
  fileRenewal,
} from "../../tests/integration/support/factories";
import { toDateOnly } from "../../lib/domain/calendar-date";
import { db } from "../../lib/server/db";
import { buildIfMissing } from "../http/server";
import { freshLog, startAppServer, type AppServer } from "./app-server";
import { log, prepareDatabase, report, seconds, sleep, waitUntil } from "./support";

const ROWS = 150;
/** A is killed once this many are decided: well inside a batch of 150. */
const KILL_AFTER = Number(process.env.FAULT_KILL_AFTER ?? 20);
const LOG_FILE = freshLog("fault-kill-instance.log");

await prepareDatabase("aq_f_kill");
await buildIfMissing();

log(`准备 ${ROWS} 份待审核的证书延续申请和一名审核部门人员`);
const reviewer = await createStaff("REVIEWER");
const unit = await createEnterprise({ approved: true });
const applicationIds: string[] = [];
for (let i = 0; i < ROWS; i++) {
  const { certificate } = await createPersonWithCertificate({ enterprise: unit.enterprise });
  applicationIds.push((await fileRenewal(unit, certificate, toDateOnly(certificate.expiresOn))).id);
}

/** Per application: what a decision writes, counted; the expiry compared with the one applied for. */
async function facts() {
  const rows = await db.$queryRaw<
    {
      id: string;
      status: string;
      version: number;
      ev: number;
      au: number;
      no: number;
      ob: number;
      ce: number;
      extended: boolean;
    }[]
  >`
    SELECT a."id", a."status"::text AS "status", a."version",
      (SELECT count(*)::int FROM "ApplicationEvent" e WHERE e."applicationId" = a."id" AND e."action" = 'approve') AS "ev",
      (SELECT count(*)::int FROM "AuditLog" l WHERE l."targetId" = a."id"::text AND l."action" = 'application.approve') AS "au",
      (SELECT count(*)::int FROM "Notification" n WHERE n."applicationId" = a."id") AS "no",
      (SELECT count(*)::int FROM "OutboxMessage" o WHERE o."text" LIKE '%' || c."number" || '%') AS "ob",
      (SELECT count(*)::int FROM "CertificateEvent" x WHERE x."applicationId" = a."id") AS "ce",
      c."expiresOn" <> (a."payload"->>'expiresOn')::date AS "extended"
    FROM "Application" a JOIN "Certificate" c ON c."id" = a."certificateId"
    WHERE a."kind" = 'RENEWAL'`;
  return rows;
}

type Fact = Awaited<ReturnType<typeof facts>>[number];
const isDecided = (f: Fact) =>
  f.status === "APPROVED" &&
  f.version === 1 &&
  f.ev === 1 &&
  f.au === 1 &&
  f.no === 1 &&
  f.ob === 1 &&
  f.ce === 1 &&
  f.extended;
const isUntouched = (f: Fact) =>
  f.status === "PENDING_REVIEW" && f.version === 0 && f.ev + f.au + f.no + f.ob + f.ce === 0 && !f.extended;
function classify(rows: Fact[]) {
  const decided = rows.filter(isDecided).length;
  const untouched = rows.filter(isUntouched).length;
  return { decided, untouched, halfDone: rows.length - decided - untouched };
}

const decidedCount = async () =>
  db.application.count({ where: { kind: "RENEWAL", status: { not: "PENDING_REVIEW" } } });

/** Ticks every one of `items` in the queue's batch form (beyond the 20 rows a page shows) and presses 【批量通过】. */
async function submitBatch(page: Page, items: string[]) {
  await page.evaluate((values) => {
    const form = document.querySelector('input[name="decision"]')!.closest("form")!;
    for (const value of values) {
      const box = Object.assign(document.createElement("input"), {
        type: "checkbox",
        name: "items",
        value,
        checked: true,
      });
      box.hidden = true;
      form.append(box);
    }
  }, items);
  await page.getByRole("button", { name: "批量通过" }).click();
}

const servers: AppServer[] = [];
const browser = await chromium.launch({ executablePath: process.env.CHROME_PATH ?? "/usr/bin/chromium" });
let code = 1;
try {
  const a = await startAppServer("A", LOG_FILE);
  servers.push(a);
  const b = await startAppServer("B", LOG_FILE);
  servers.push(b);

  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${a.url}/login/staff`);
  await page.getByLabel("用户名").fill(reviewer.username);
  await page.getByRole("textbox", { name: "密码", exact: true }).fill(reviewer.password);
  await page.getByRole("button", { name: "登录", exact: true }).click();
  await page.waitForURL((url) => !url.pathname.startsWith("/login"), { timeout: 60_000 });
  await page.goto(`${a.url}/staff/review/renewal`);

  const items = applicationIds.map((id) => `${id}:0`);
  log(`实例 A：勾选 ${items.length} 条，点击【批量通过】；决定 ${KILL_AFTER} 条后 kill -9 A`);
  const started = Date.now();
  await submitBatch(page, items);
  const reached = await waitUntil(async () => (await decidedCount()) >= KILL_AFTER, 120_000, 20);
  a.kill9();
  const killedAfter = Date.now() - started;
  await sleep(2000); // anything A left in flight has been rolled back or committed by now
  const atKill = classify(await facts());
  log(`A 已被 kill -9（批量开始后 ${seconds(killedAfter)}）：已决定 ${atKill.decided}，未处理 ${atKill.untouched}`);

  log("实例 B：同一浏览器（同一会话）再次提交这 150 条");
  const pageB = await context.newPage();
  await pageB.goto(`${b.url}/staff/review/renewal`);
  const signedIn = !new URL(pageB.url()).pathname.startsWith("/login");
  let outcome = "（未提交：会话未被 B 接受）";
  if (signedIn) {
    await submitBatch(pageB, items);
    const alert = pageB.getByText(/^已处理 \d+ 条/);
    await alert.waitFor({ timeout: 180_000 });
    outcome = (await alert.textContent()) ?? "";
  }
  const final = classify(await facts());
  const finalRows = await facts();
  const doubleDecided = finalRows.filter((f) => f.ev > 1 || f.ce > 1 || f.version > 1).length;

  code = report(
    `fault:kill-instance — ${ROWS} 条批量通过，实例 A 在中途被 kill -9`,
    [
      ["A 被杀时 已决定 decided", atKill.decided],
      ["A 被杀时 未处理 untouched", atKill.untouched],
      ["A 被杀时 半完成 half-done", atKill.halfDone],
      ["B 上的结果", outcome],
      ["最终 已决定", final.decided],
      ["最终 半完成", final.halfDone],
      ["重复决定", doubleDecided],
    ],
    ["A 被杀时 半完成 half-done", "最终 半完成", "重复决定"],
    [
      ...(reached && atKill.untouched > 0 ? [] : ["A 被杀得太晚：批量已全部完成，未测到中途"]),
      ...(signedIn ? [] : ["B 未接受同一会话"]),
      ...(final.decided === ROWS ? [] : [`最终只决定了 ${final.decided} / ${ROWS}`]),
    ],
  );
} finally {
  await browser.close();
  for (const server of servers) await server.stop();
  await db.$disconnect();
}
process.exit(code);
