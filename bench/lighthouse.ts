// `npm run bench:lighthouse`: Lighthouse (mobile form factor, default simulated throttling) on the
// login pages, the holder's 我的申请, a public 证书查验 page and 统计, against the app as `npm start`
// runs it (a fresh database with the demo seed, `next build`, `next start`), by the e2e runner's own
// machinery (scripts/lib). Prints performance, accessibility, LCP/TBT/CLS and the first-load
// JavaScript (script bytes transferred during the page load, gzipped as served); exits 1 when a page
// misses a target: performance ≥ 95, accessibility 100, first-load JS < 150 kB.
//
// Database as for the e2e suite: E2E_DATABASE_ADMIN_URL (or DATABASE_URL) administers database
// LIGHTHOUSE_DATABASE (default aq_lighthouse), dropped and re-created. CHROME_PATH picks the browser
// (default /usr/bin/chromium). Lighthouse is pinned at 12.2.3: the registry here refuses lockfiles
// with 12.3–13.4, and 13 needs Node 22.
import { createWriteStream, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import pg from "pg";
import { chromium } from "playwright-core";
import { freePorts, startApp, stopApp, tail, testAppEnv, waitForApp } from "../scripts/lib/app-process";
import { ROOT } from "../scripts/lib/embedded-db";
import { CHROMIUM_FLAGS } from "../scripts/lib/chromium-flags";
import { freshDatabase } from "../scripts/lib/fresh-database";
import { startMailCatcher } from "../scripts/lib/mail-catcher";

const DATABASE = process.env.LIGHTHOUSE_DATABASE || "aq_lighthouse";
const CHROME_PATH = process.env.CHROME_PATH || "/usr/bin/chromium";
const CHROME_FLAGS = ["--headless", ...CHROMIUM_FLAGS];
const ARTIFACTS = path.join(ROOT, "bench", ".artifacts");
const APP_LOG = path.join(ARTIFACTS, "lighthouse-app.log");
const TARGET = { performance: 95, accessibility: 100, firstLoadKb: 150 };

const log = (line: string) => console.log(`[lighthouse] ${line}`);

type Session = "holder" | "staff" | undefined;
interface Measured {
  page: string;
  performance: number;
  accessibility: number;
  lcpMs: number;
  tbtMs: number;
  cls: number;
  scriptKb: number;
  failures: string[];
}

/** The seeded holder (a 个人端 account with certificates) and one of their certificates, for /verify. */
async function demoSubjects(databaseUrl: string) {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ idNumber: string; certificateId: string }>(`
      SELECT p."idNumber", c.id AS "certificateId"
      FROM "Person" p JOIN "Certificate" c ON c."personId" = p.id
      WHERE p."accountId" IS NOT NULL AND c.status = 'ACTIVE'
      ORDER BY p."idNumber" LIMIT 1`);
    if (!rows[0]) throw new Error("演示数据中没有带账号和证书的持证人");
    return rows[0];
  } finally {
    await client.end();
  }
}

/** Signs in through the login form (as a user would) and returns the session's Cookie header. */
async function sessionCookie(baseUrl: string, portal: "person" | "staff", account: string, password: string) {
  const browser = await chromium.launch({ executablePath: CHROME_PATH, args: CHROME_FLAGS });
  try {
    const page = await browser.newPage();
    await page.goto(`${baseUrl}/login/${portal}`);
    await page.getByLabel(portal === "person" ? "身份证号" : "用户名").fill(account);
    await page.getByRole("textbox", { name: "密码", exact: true }).fill(password);
    await page.getByRole("button", { name: "登录", exact: true }).click();
    await page.waitForURL((url) => !url.pathname.startsWith("/login"), { timeout: 60_000 });
    const cookies = await page.context().cookies();
    return cookies.map((c) => `${c.name}=${c.value}`).join("; ");
  } finally {
    await browser.close();
  }
}

async function audit(port: number, url: string, cookie: string | undefined): Promise<Omit<Measured, "page">> {
  const result = await lighthouse(url, {
    port,
    output: "json",
    logLevel: "error",
    onlyCategories: ["performance", "accessibility"],
    ...(cookie ? { extraHeaders: { Cookie: cookie } } : {}),
  });
  if (!result) throw new Error(`Lighthouse 未返回结果：${url}`);
  const { lhr } = result;
  if (lhr.runtimeError) throw new Error(`Lighthouse：${url}：${lhr.runtimeError.message}`);
  const score = (id: string) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
  const metric = (id: string) => lhr.audits[id]?.numericValue ?? NaN;
  const requests = (lhr.audits["network-requests"]?.details as { items?: NetworkItem[] } | undefined)?.items ?? [];
  const scriptBytes = requests
    .filter((r) => r.resourceType === "Script")
    .reduce((sum, r) => sum + (r.transferSize ?? 0), 0);
  const measured = {
    performance: score("performance"),
    accessibility: score("accessibility"),
    lcpMs: metric("largest-contentful-paint"),
    tbtMs: metric("total-blocking-time"),
    cls: metric("cumulative-layout-shift"),
    scriptKb: scriptBytes / 1024,
  };
  const failures: string[] = [];
  if (measured.performance < TARGET.performance) failures.push(`performance ${measured.performance}`);
  if (measured.accessibility < TARGET.accessibility) {
    const failing = Object.values(lhr.audits)
      .filter((a) => lhr.categories.accessibility.auditRefs.some((r) => r.id === a.id && r.weight > 0))
      .filter((a) => a.score !== null && a.score < 1)
      .map((a) => a.id);
    failures.push(`accessibility ${measured.accessibility}（${failing.join("，")}）`);
  }
  if (measured.scriptKb >= TARGET.firstLoadKb) failures.push(`JS ${measured.scriptKb.toFixed(1)} kB`);
  return { ...measured, failures };
}

type NetworkItem = { resourceType?: string; transferSize?: number };

function printTable(rows: Measured[]) {
  const header = ["page", "perf", "a11y", "LCP ms", "TBT ms", "CLS", "JS kB (gz)", "missed"];
  const lines = rows.map((r) => [
    r.page,
    String(r.performance),
    String(r.accessibility),
    r.lcpMs.toFixed(0),
    r.tbtMs.toFixed(0),
    r.cls.toFixed(3),
    r.scriptKb.toFixed(1),
    r.failures.join("; ") || "-",
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i].length)));
  const row = (cells: string[]) =>
    cells.map((c, i) => (i === 0 || i === 7 ? c.padEnd(widths[i]) : c.padStart(widths[i])));
  console.log(row(header).join("  "));
  for (const l of lines) console.log(row(l).join("  "));
}

async function main(): Promise<number> {
  mkdirSync(ARTIFACTS, { recursive: true });
  const cleanups: (() => Promise<void>)[] = [];
  try {
    const database = await freshDatabase(DATABASE, log);
    cleanups.push(() => database.stop());
    const catcher = await startMailCatcher(log);
    cleanups.push(() => catcher.stop());
    const [port] = await freePorts(1);
    const baseUrl = `http://localhost:${port}`;
    const files = mkdtempSync(path.join(os.tmpdir(), "aq-lighthouse-files-"));
    cleanups.push(async () => rmSync(files, { recursive: true, force: true }));
    const logFile = createWriteStream(APP_LOG);
    cleanups.push(() => new Promise<void>((resolve) => logFile.end(() => resolve())));
    const env = testAppEnv({ databaseUrl: database.url, port, smtpPort: catcher.smtpPort, files, appUrl: baseUrl });
    log(`启动应用（scripts/start.ts：迁移、演示数据、构建、next start，端口 ${port}）`);
    const app = startApp(env, logFile);
    cleanups.push(() => stopApp(app.child, log));
    await waitForApp(`http://127.0.0.1:${port}/`, app.child, 15 * 60_000, APP_LOG);
    app.quiet();

    const { idNumber, certificateId } = await demoSubjects(database.url);
    const cookies: Record<Exclude<Session, undefined>, string> = {
      holder: await sessionCookie(baseUrl, "person", idNumber, "Demo@2026"),
      staff: await sessionCookie(baseUrl, "staff", "reviewer", "Review@2026"),
    };
    const pages: [string, Session][] = [
      ["/login/enterprise", undefined],
      ["/login/person", undefined],
      ["/login/staff", undefined],
      ["/person/applications", "holder"],
      [`/verify/${certificateId}`, undefined],
      ["/staff/statistics", "staff"],
    ];

    const chrome = await chromeLauncher.launch({ chromePath: CHROME_PATH, chromeFlags: CHROME_FLAGS });
    cleanups.push(async () => void chrome.kill());
    const results: Measured[] = [];
    for (const [page, session] of pages) {
      log(`测量 ${page}${session ? `（${session === "holder" ? "持证人" : "审核部门"}已登录）` : ""}`);
      const measured = await audit(chrome.port, `${baseUrl}${page}`, session && cookies[session]);
      results.push({ page: page.startsWith("/verify/") ? "/verify/[id]" : page, ...measured });
    }
    console.log();
    printTable(results);
    const missed = results.filter((r) => r.failures.length);
    console.log(
      `\n目标：performance ≥ ${TARGET.performance}，accessibility ${TARGET.accessibility}，首屏 JS < ${TARGET.firstLoadKb} kB（gzip）。` +
        (missed.length ? `未达标：${missed.map((r) => r.page).join("，")}` : "全部达标"),
    );
    return missed.length ? 1 : 0;
  } catch (error) {
    console.error(`[lighthouse] ${(error as Error).message}`);
    console.error(`\n[lighthouse] 应用日志最后 40 行：\n${tail(APP_LOG, 40)}`);
    return 1;
  } finally {
    while (cleanups.length) await cleanups.pop()!().catch((e: Error) => log(`清理失败：${e.message}`));
  }
}

main().then(
  (code) => process.exit(code),
  (error: Error) => {
    console.error(error);
    process.exit(1);
  },
);
