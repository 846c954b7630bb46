// `npm run fault:pg-restart`: PostgreSQL restarts while 200 units submit renewals at once.
// A cluster of its own (own-cluster.ts: Debian's PostgreSQL 15, a temporary data directory, a free
// port), migrated and seeded with the demo data as the e2e runner prepares its database, plus 201
// certificates of one unit in their renewal window. The production server (scripts/server.ts) runs
// against it. The renewal form is submitted once in Chromium; that request (the server action with
// its multipart body and a real PDF) is then sent 200 times at once, each with another
// certificate's id, and `pg_ctl restart -m fast` runs while they are in flight. Every response is
// classified: succeeded (and its application exists with its submit event, audit row and stored
// files), showed an error (the action answered with a message, which the form shows), or LOST
// (success without a row, a row without success, a 5xx, no answer within 2 minutes). SQL checks that
// no application is half-written. Then one more submission must succeed. Exits 1 on any LOST or
// half-written application.
import { existsSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { chromium, type APIRequestContext, type Page } from "playwright-core";
import { runChecked } from "../../scripts/lib/embedded-db";
import { addMonths, todayInShanghai } from "../../lib/domain/calendar-date";
import { createEnterprise, createPersonWithCertificate, pdfBytes } from "../../tests/integration/support/factories";
import { db } from "../../lib/server/db";
import { ensureBuild, freshLog, startAppServer, type AppServer } from "./app-server";
import { startOwnCluster } from "./own-cluster";
import { log, prepareDatabase, report, seconds, sleep, waitUntil } from "./support";

const SUBMISSIONS = 200;
/** PostgreSQL is restarted once this many applications exist: well inside the 200. */
const RESTART_AFTER = Number(process.env.FAULT_RESTART_AFTER ?? 20);
const HANG_MS = 120_000;
const LOG_FILE = freshLog("fault-pg-restart.log");

type Answer = { kind: "succeeded" } | { kind: "error"; message: string } | { kind: "lost"; why: string };

const cluster = await startOwnCluster();
log(`自有 PostgreSQL 集群：127.0.0.1:${cluster.port}`);
const url = await prepareDatabase("aq_f_pg", cluster.adminUrl);
log("写入演示数据（prisma/seed.ts）");
await runChecked(
  "prisma/seed.ts",
  process.execPath,
  ["--conditions=react-server", "--import", "tsx", "prisma/seed.ts"],
  {
    ...process.env,
    SEED_DEMO: "1",
  },
);
await ensureBuild();

log(`准备一家单位和 ${SUBMISSIONS + 1} 本处于延续期内的证书`);
const unit = await createEnterprise({ approved: true });
const expiresOn = addMonths(todayInShanghai(), 1);
const certificateIds: string[] = [];
for (let i = 0; i <= SUBMISSIONS; i++) {
  certificateIds.push((await createPersonWithCertificate({ enterprise: unit.enterprise, expiresOn })).certificate.id);
}
await db.$disconnect(); // from here on the checks use their own connection, opened after the restart

/** The form's server-action request as the page sent it: URL, headers and the FormData's entries. */
type Part = [name: string, value: string | { name: string; type: string; base64: string }];
type Recorded = { url: string; headers: Record<string, string>; parts: Part[]; certificateId: string };

/**
 * Submits the renewal form in Chromium and keeps the request. The body is read in the page (fetch
 * wrapped before the app loads): Chromium does not hand a multipart body with a file to Playwright.
 */
async function recordSubmission(page: Page, base: string, certificateId: string): Promise<Recorded> {
  await page.addInitScript(() => {
    const original = window.fetch;
    window.fetch = async (input, init) => {
      const headers = new Headers(init?.headers);
      if (headers.has("next-action") && init?.body instanceof FormData) {
        const parts: unknown[] = [];
        for (const [name, value] of init.body.entries()) {
          if (typeof value === "string") parts.push([name, value]);
          else {
            const bytes = new Uint8Array(await value.arrayBuffer());
            parts.push([name, { name: value.name, type: value.type, base64: btoa(String.fromCharCode(...bytes)) }]);
          }
        }
        const url = new URL(
          typeof input === "string" ? input : input instanceof URL ? input.href : input.url,
          location.href,
        );
        (window as unknown as { __recorded: unknown }).__recorded = {
          url: url.href,
          headers: Object.fromEntries(headers.entries()),
          parts,
        };
      }
      return original(input, init);
    };
  });
  await page.goto(`${base}/enterprise/applications/renewal/new/${certificateId}`);
  await page.locator('input[type="file"][name="formFile"]').setInputFiles({
    name: "延续申请表.pdf",
    mimeType: "application/pdf",
    buffer: Buffer.from(pdfBytes("renewal")),
  });
  await page.getByRole("button", { name: "提交", exact: true }).click();
  await page.waitForURL(/submitted=1/, { timeout: 60_000 });
  const recorded = await page.evaluate(
    () => (window as unknown as { __recorded: Omit<Recorded, "certificateId"> }).__recorded,
  );
  return { ...recorded, certificateId };
}

/** The recorded request for another certificate: the same fields and file, another id. */
async function submit(request: APIRequestContext, recorded: Recorded, certificateId: string): Promise<Answer> {
  const form = new FormData();
  for (const [name, value] of recorded.parts) {
    if (typeof value === "string") form.append(name, value.replaceAll(recorded.certificateId, certificateId));
    else form.append(name, new Blob([Buffer.from(value.base64, "base64")], { type: value.type }), value.name);
  }
  try {
    const res = await request.post(recorded.url, {
      headers: { ...recorded.headers, origin: new URL(recorded.url).origin },
      multipart: form,
      maxRedirects: 0,
      timeout: HANG_MS,
      failOnStatusCode: false,
    });
    const text = await res.text();
    if (res.headers()["x-action-redirect"]?.includes("submitted=1")) return { kind: "succeeded" };
    if (res.status() >= 500) return { kind: "lost", why: `HTTP ${res.status()}` };
    // The action's state as the form receives it: { message, errors, values }.
    const message = /"message":("(?:[^"\\]|\\.)*")/.exec(text)?.[1];
    if (res.status() === 200 && message) return { kind: "error", message: JSON.parse(message) as string };
    return { kind: "lost", why: `HTTP ${res.status()}，无提示` };
  } catch (error) {
    return {
      kind: "lost",
      why: /Timeout/i.test(String(error)) ? "无应答（挂起）" : `连接失败：${(error as Error).message.split("\n")[0]}`,
    };
  }
}

/** Per certificate: its renewal applications and, for each, what a whole submission writes. */
async function applicationsByCertificate(client: pg.Client) {
  const { rows } = await client.query<{
    certificateId: string;
    id: string;
    submitEvents: number;
    audits: number;
    filesMissing: number;
    keys: string[];
  }>(
    `
    SELECT a."certificateId", a."id",
      (SELECT count(*)::int FROM "ApplicationEvent" e WHERE e."applicationId" = a."id" AND e."action" = 'submit') AS "submitEvents",
      (SELECT count(*)::int FROM "AuditLog" l WHERE l."targetId" = a."id"::text AND l."action" = 'application.submit') AS "audits",
      (SELECT count(*)::int FROM jsonb_array_elements_text(jsonb_build_array(a."payload"->'formFileId') || (a."payload"->'supportingFileIds')) f
         WHERE NOT EXISTS (SELECT 1 FROM "StoredFile" s WHERE s."id"::text = f)) AS "filesMissing",
      ARRAY(SELECT s."key" FROM "StoredFile" s WHERE s."id"::text = a."payload"->>'formFileId') AS "keys"
    FROM "Application" a WHERE a."kind" = 'RENEWAL' AND a."certificateId" = ANY($1::uuid[])`,
    [certificateIds],
  );
  const byCertificate = new Map<string, typeof rows>();
  for (const row of rows) byCertificate.set(row.certificateId, [...(byCertificate.get(row.certificateId) ?? []), row]);
  return byCertificate;
}

const storageDir = process.env.FILE_STORAGE_DIR!;
const whole = (app: { submitEvents: number; audits: number; filesMissing: number; keys: string[] }) =>
  app.submitEvents === 1 &&
  app.audits === 1 &&
  app.filesMissing === 0 &&
  app.keys.length === 1 &&
  existsSync(path.join(storageDir, app.keys[0]));

async function connectWhenUp(): Promise<pg.Client> {
  for (;;) {
    const client = new pg.Client({ connectionString: url });
    client.on("error", () => {});
    try {
      await client.connect();
      return client;
    } catch {
      await client.end().catch(() => {});
      await sleep(500);
    }
  }
}

let server: AppServer | undefined;
const browser = await chromium.launch({ executablePath: process.env.CHROME_PATH ?? "/usr/bin/chromium" });
let code = 1;
try {
  server = await startAppServer("app", LOG_FILE, { DATABASE_URL: url, FILE_STORAGE_DIR: storageDir });
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${server.url}/login/enterprise`);
  await page.getByLabel("统一社会信用代码或邮箱").fill(unit.fields.creditCode);
  await page.getByRole("textbox", { name: "密码", exact: true }).fill(unit.password);
  await page.getByRole("button", { name: "登录", exact: true }).click();
  await page.waitForURL((u) => !u.pathname.startsWith("/login"), { timeout: 60_000 });
  log("在 Chromium 中提交第一份延续申请，记下这次请求");
  const [firstId, ...rest] = certificateIds;
  const recorded = await recordSubmission(page, server.url, firstId);
  const targets = rest.slice(0, SUBMISSIONS - 1);
  const spare = rest[SUBMISSIONS - 1];

  // One browser request already went through; 199 more make the 200 submissions.
  log(`同时发出另外 ${targets.length} 份提交；已有 ${RESTART_AFTER} 份申请后重启 PostgreSQL`);
  const watcher = await connectWhenUp();
  const started = Date.now();
  const answers = Promise.all(targets.map((id) => submit(context.request, recorded, id)));
  await waitUntil(
    async () => {
      const { rows } = await watcher.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM "Application" WHERE "kind" = 'RENEWAL'`,
      );
      return rows[0].n >= RESTART_AFTER + 1;
    },
    120_000,
    20,
  );
  await watcher.end().catch(() => {});
  const restartAt = Date.now() - started;
  await cluster.restart();
  const restartTook = Date.now() - started - restartAt;
  log(`PostgreSQL 已重启（提交开始后 ${seconds(restartAt)}，重启用时 ${seconds(restartTook)}）`);
  const results = await answers;
  const allAnswered = Date.now() - started;

  const client = await connectWhenUp();
  const apps = await applicationsByCertificate(client);
  const counts = { succeeded: 0, error: 0, lost: 0 };
  const messages = new Map<string, number>();
  const lostWhy = new Map<string, number>();
  const lose = (why: string) => {
    counts.lost++;
    lostWhy.set(why, (lostWhy.get(why) ?? 0) + 1);
  };
  results.forEach((answer, i) => {
    const rows = apps.get(targets[i]) ?? [];
    if (answer.kind === "lost") return lose(answer.why);
    if (answer.kind === "succeeded")
      return rows.length === 1 && whole(rows[0]) ? counts.succeeded++ : lose("成功但无完整申请");
    messages.set(answer.message, (messages.get(answer.message) ?? 0) + 1);
    return rows.length === 0 ? counts.error++ : lose("提示失败但申请已存在");
  });
  const halfWritten = [...apps.values()].flat().filter((app) => !whole(app)).length;
  const twice = [...apps.values()].filter((rows) => rows.length > 1).length;

  log("恢复：等待 /api/health 为 200，再提交一份");
  const healthy = await waitUntil(
    async () => (await fetch(`${server!.url}/api/health`).catch(() => null))?.ok === true,
    60_000,
    500,
  );
  const after = await submit(context.request, recorded, spare);
  const spareRows = (await applicationsByCertificate(client)).get(spare) ?? [];
  const recovered = healthy && after.kind === "succeeded" && spareRows.length === 1 && whole(spareRows[0]);
  await client.end();

  code = report(
    `fault:pg-restart — ${SUBMISSIONS} 份并发延续申请，其间 pg_ctl restart -m fast`,
    [
      ["在浏览器中提交（记录）", 1],
      ["同时发出", targets.length],
      ["成功且申请完整 succeeded", counts.succeeded],
      ["显示错误 showed an error", counts.error],
      ["丢失 LOST", counts.lost],
      ["半写入的申请 half-written", halfWritten],
      ["同一证书多份申请", twice],
      ["重启时刻 / 全部应答", `${seconds(restartAt)} / ${seconds(allAnswered)}`],
      ...[...messages].map(([message, n]): [string, number] => [`  提示：${message}`, n]),
      ...[...lostWhy].map(([why, n]): [string, number] => [`  丢失：${why}`, n]),
      ["恢复后再提交一份", recovered ? "成功" : `失败（${JSON.stringify(after)}）`],
    ],
    ["丢失 LOST", "半写入的申请 half-written", "同一证书多份申请"],
    [
      ...(recovered ? [] : ["重启后的提交未成功"]),
      ...(counts.succeeded > 0 && counts.succeeded < targets.length ? [] : ["重启未落在提交之间"]),
    ],
  );
} finally {
  await browser.close();
  await server?.stop();
  cluster.stop();
}
process.exit(code);
