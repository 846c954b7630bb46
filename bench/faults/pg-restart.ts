// `npm run fault:pg-restart`: PostgreSQL restarts while 200 units submit renewals at once.
// A cluster of its own (own-cluster.ts: Debian's PostgreSQL 15, a temporary data directory, a free
// port), migrated and seeded with the demo data as the e2e runner prepares its database, plus 201
// certificates of one unit in their renewal window. The production server (scripts/server.ts) runs
// against it. 200 renewal submissions (the form's server action with a real PDF, over HTTP as the
// browser sends it: bench/support/server-action.ts) start at once, and `pg_ctl restart -m fast` runs
// while they are in flight. Every answer is classified: succeeded (and its application exists with
// its submit event, audit row and stored file), showed an error (the action answered with a message,
// which the form shows), or LOST (success without a row, a row without success, a 5xx, no answer
// within 2 minutes). SQL checks that no application is half-written. Then one more submission must
// succeed. Exits 1 on any LOST or half-written application.
import { existsSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { runChecked } from "../../scripts/lib/embedded-db";
import { addMonths, todayInShanghai } from "../../lib/domain/calendar-date";
import { createEnterprise, createPersonWithCertificate, pdfBytes } from "../../tests/integration/support/factories";
import { db } from "../../lib/server/db";
import { actionId, callAction, login, type Cookie } from "../support/server-action";
import { buildIfMissing } from "../http/server";
import { freshLog, startAppServer, type AppServer } from "./app-server";
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
await buildIfMissing();

log(`准备一家单位和 ${SUBMISSIONS + 1} 本处于延续期内的证书`);
const unit = await createEnterprise({ approved: true });
const expiresOn = addMonths(todayInShanghai(), 1);
const certificateIds: string[] = [];
for (let i = 0; i <= SUBMISSIONS; i++) {
  certificateIds.push((await createPersonWithCertificate({ enterprise: unit.enterprise, expiresOn })).certificate.id);
}
await db.$disconnect(); // from here on the checks use their own connection, opened after the restart

const RENEWAL_ACTIONS = "app/enterprise/(workspace)/applications/renewal/actions.ts";
const form = { name: "延续申请表.pdf", type: "application/pdf", bytes: pdfBytes("renewal") };

/** 【提交】 of the renewal form for one certificate, as the browser sends it. */
async function submit(baseUrl: string, cookie: Cookie, certificateId: string): Promise<Answer> {
  let timer: NodeJS.Timeout | undefined;
  const hang = new Promise<"hang">((resolve) => (timer = setTimeout(() => resolve("hang"), HANG_MS)));
  try {
    const res = await Promise.race([
      callAction({
        baseUrl,
        cookie,
        page: `/enterprise/applications/renewal/new/${certificateId}`,
        id: actionId(RENEWAL_ACTIONS, "submitRenewalAction"),
        fields: { certificateId, note: "" },
        files: { formFile: form },
      }),
      hang,
    ]);
    if (res === "hang") return { kind: "lost", why: "无应答（挂起）" };
    if (res.redirect?.includes("submitted=1")) return { kind: "succeeded" };
    if (res.status >= 500) return { kind: "lost", why: `HTTP ${res.status}` };
    if (res.status === 200 && res.result?.message) return { kind: "error", message: res.result.message };
    return { kind: "lost", why: `HTTP ${res.status}，无提示` };
  } catch (error) {
    return { kind: "lost", why: `连接失败：${(error as Error).message}` };
  } finally {
    clearTimeout(timer);
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
let code = 1;
try {
  server = await startAppServer("app", LOG_FILE, { DATABASE_URL: url, FILE_STORAGE_DIR: storageDir });
  const base = server.url;
  const cookie = await login(base, "enterprise", unit.fields.creditCode, unit.password);
  const targets = certificateIds.slice(0, SUBMISSIONS);
  const spare = certificateIds[SUBMISSIONS];

  log(`同时发出 ${targets.length} 份延续申请；已有 ${RESTART_AFTER} 份申请后重启 PostgreSQL`);
  const watcher = await connectWhenUp();
  const started = Date.now();
  const answers = Promise.all(targets.map((id) => submit(base, cookie, id)));
  await waitUntil(
    async () => {
      const { rows } = await watcher.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM "Application" WHERE "kind" = 'RENEWAL'`,
      );
      return rows[0].n >= RESTART_AFTER;
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
    async () => (await fetch(`${base}/api/health`).catch(() => null))?.ok === true,
    60_000,
    500,
  );
  const after = await submit(base, cookie, spare);
  const spareRows = (await applicationsByCertificate(client)).get(spare) ?? [];
  const recovered = healthy && after.kind === "succeeded" && spareRows.length === 1 && whole(spareRows[0]);
  await client.end();

  code = report(
    `fault:pg-restart — ${SUBMISSIONS} 份并发延续申请，其间 pg_ctl restart -m fast`,
    [
      ["同时提交", targets.length],
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
  await server?.stop();
  cluster.stop();
}
process.exit(code);
