// `npm run test:e2e`: a fresh database, an SMTP catcher, the app as `npm start` runs it, then
// Playwright (extra CLI arguments are passed on: `npm run test:e2e -- -g 忘记密码`).
//
// Database: E2E_DATABASE_ADMIN_URL (or else DATABASE_URL) is used as an admin connection to drop and
// re-create database `aq_e2e` (E2E_DATABASE_REPLICA_URL: a streaming replica of that cluster, passed
// to the app as DATABASE_REPLICA_URL; see scripts/replica-e2e.ts); with neither set, an embedded
// PostgreSQL in .data/e2e-pg is started and removed afterwards. Mail: every message the app sends is
// caught on loopback and served as JSON at E2E_MAILBOX_URL (`GET /messages?to=addr`, newest first)
// for tests/e2e/support/mailbox.ts.
// The app's output goes to tests/e2e/.artifacts/app.log (and to the console until it is ready, or
// throughout with E2E_VERBOSE=1).
//
// E2E_INSTANCES=2 (`npm run test:multi`, on demand, not in CI) runs the production layout of
// docs/DEPLOYMENT.md instead: instance 1 as `npm start` runs it (migrations, seed, build, the one mail
// worker), further instances as bare scripts/server.ts on the same build, database and upload
// directory, and nginx (Debian's, installed if absent) on a free port balancing round robin over
// them; Playwright then talks to nginx only.
import type { ChildProcess } from "node:child_process";
import { spawn } from "node:child_process";
import { createWriteStream, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { freePorts, startApp, stopApp, tail, testAppEnv, waitForApp } from "./lib/app-process";
import { BIN, ROOT, waitExit } from "./lib/embedded-db";
import { freshDatabase } from "./lib/fresh-database";
import { startMailCatcher } from "./lib/mail-catcher";
import { ensureNginx, startNginx, upstreamCounts } from "./lib/nginx";

// E2E_DATABASE lets two checkouts run their suites side by side on one server.
const E2E_DATABASE = process.env.E2E_DATABASE || "aq_e2e";
const APP_READY_TIMEOUT_MS = 10 * 60_000; // the first `next build` is slow
const ARTIFACTS = path.join(ROOT, "tests", "e2e", ".artifacts");
const APP_LOG = path.join(ARTIFACTS, "app.log");
const verbose = process.env.E2E_VERBOSE === "1";
const INSTANCES = Math.max(1, Math.floor(Number(process.env.E2E_INSTANCES)) || 1);

const log = (line: string) => console.log(`[e2e] ${line}`);
const seconds = (since: number) => `${((Date.now() - since) / 1000).toFixed(1)} s`;

/**
 * E2E_DATABASE_REPLICA_URL (`npm run test:replica`): a streaming replica of the admin URL's cluster,
 * which holds the freshly created database too; the app gets it, with that database's name, as
 * DATABASE_REPLICA_URL.
 */
function replicaOf(databaseUrl: string): string | undefined {
  const replica = process.env.E2E_DATABASE_REPLICA_URL;
  if (!replica) return undefined;
  const url = new URL(replica);
  url.pathname = new URL(databaseUrl).pathname;
  log(`只读副本：${url.host}（列表与查询页读副本）`);
  return url.toString();
}

// ---------------------------------------------------------------------------------------------

/**
 * E2E_INSTANCES > 1, once instance 1 (ports[0]) is ready: the other instances on the same build,
 * database and upload directory, then nginx on the last port, checked to answer from every instance.
 */
async function startBalancedInstances(
  env: NodeJS.ProcessEnv,
  ports: number[],
  logFile: NodeJS.WritableStream,
  cleanups: (() => Promise<void>)[],
) {
  const upstreams = ports.slice(0, INSTANCES);
  for (const [index, port] of upstreams.entries()) {
    if (index === 0) continue;
    log(`启动实例 ${index + 1}（scripts/server.ts，端口 ${port}，同一构建、数据库与上传目录）`);
    const extra = startApp({ ...env, PORT: String(port) }, logFile, {
      label: `app${index + 1}`,
      serverOnly: true,
      verbose,
    });
    cleanups.push(() => stopApp(extra.child, log));
    await waitForApp(`http://127.0.0.1:${port}/api/health`, extra.child, 120_000, APP_LOG);
    extra.quiet();
  }
  const publicPort = ports[INSTANCES];
  const dir = mkdtempSync(path.join(os.tmpdir(), "aq-e2e-nginx-"));
  cleanups.push(async () => rmSync(dir, { recursive: true, force: true }));
  const nginx = await startNginx(publicPort, upstreams, dir, ARTIFACTS);
  cleanups.push(() => nginx.stop());
  // Round robin: as many health checks through nginx as instances, twice over, must reach each of them.
  const answered = new Map<string, number>();
  for (let i = 0; i < 2 * INSTANCES; i++) {
    const res = await fetch(`http://127.0.0.1:${publicPort}/api/health`, { signal: AbortSignal.timeout(10_000) });
    const body = await res.text();
    if (res.status !== 200) throw new Error(`经 nginx 的 /api/health 返回 ${res.status}：${body}`);
    const upstream = res.headers.get("x-upstream") ?? "?";
    answered.set(upstream, (answered.get(upstream) ?? 0) + 1);
  }
  const summary = [...answered].map(([u, n]) => `${u}×${n}`).join("，");
  if (answered.size !== INSTANCES) throw new Error(`nginx 未轮询到全部 ${INSTANCES} 个实例：${summary}`);
  log(`nginx 127.0.0.1:${publicPort} → ${upstreams.map((p) => `127.0.0.1:${p}`).join(" + ")}（健康检查：${summary}）`);
}

// ---------------------------------------------------------------------------------------------

async function main(): Promise<number> {
  const started = Date.now();
  mkdirSync(ARTIFACTS, { recursive: true });
  const cleanups: (() => Promise<void>)[] = [];
  let app: ChildProcess | undefined;
  let playwright: ChildProcess | undefined;
  let interrupted = false;

  // Runs once, however often it is called: last started, first stopped.
  let cleaning: Promise<void> | undefined;
  const cleanup = () =>
    (cleaning ??= (async () => {
      while (cleanups.length) {
        try {
          await cleanups.pop()!();
        } catch (error) {
          console.error(`[e2e] 清理失败：${(error as Error).message}`);
        }
      }
    })());
  const onSignal = (signal: NodeJS.Signals) => {
    if (interrupted) return;
    interrupted = true;
    log(`收到 ${signal}，正在停止…`);
    playwright?.kill(signal);
    if (!playwright) void cleanup().then(() => process.exit(130));
  };
  process.on("SIGINT", onSignal);
  process.on("SIGTERM", onSignal);

  try {
    // (a)
    const database = await freshDatabase(E2E_DATABASE, log);
    cleanups.push(() => database.stop());

    // (b)
    const catcher = await startMailCatcher(log, verbose);
    cleanups.push(() => catcher.stop());
    log(`SMTP 收件器 127.0.0.1:${catcher.smtpPort}，邮箱接口 http://127.0.0.1:${catcher.httpPort}/messages`);

    // (c)
    const multi = INSTANCES > 1;
    if (multi) ensureNginx(log);
    const ports = await freePorts(INSTANCES + (multi ? 1 : 0));
    const port = ports[0];
    // With several instances the browser talks to nginx only, and the links in mails point there too.
    const publicPort = multi ? ports[INSTANCES] : port;
    const baseUrl = `http://localhost:${publicPort}`;
    const files = mkdtempSync(path.join(os.tmpdir(), "aq-e2e-files-"));
    cleanups.push(async () => rmSync(files, { recursive: true, force: true }));
    const logFile = createWriteStream(APP_LOG);
    cleanups.push(() => new Promise<void>((resolve) => logFile.end(() => resolve())));
    const env = testAppEnv({ databaseUrl: database.url, port, smtpPort: catcher.smtpPort, files, appUrl: baseUrl });
    // Behind nginx the socket peer is nginx: read the client from its X-Forwarded-For (lib/client-ip.ts).
    if (multi) env.TRUSTED_PROXIES = "127.0.0.1";
    const replicaUrl = replicaOf(database.url);
    delete env.E2E_DATABASE_REPLICA_URL;
    if (replicaUrl) env.DATABASE_REPLICA_URL = replicaUrl;
    else delete env.DATABASE_REPLICA_URL; // a replica of some other database
    const appStarted = Date.now();
    log(`启动应用（scripts/start.ts，端口 ${port}）`);
    const running = startApp(env, logFile, { verbose });
    app = running.child;
    cleanups.push(() => stopApp(running.child, log));
    await waitForApp(`http://127.0.0.1:${port}/`, app, APP_READY_TIMEOUT_MS, APP_LOG);
    if (interrupted) return 130;
    running.quiet();
    if (multi) await startBalancedInstances(env, ports, logFile, cleanups);
    log(`应用已就绪：${baseUrl}（启动用时 ${seconds(appStarted)}；此后应用输出见 ${path.relative(ROOT, APP_LOG)}）`);

    // (d)
    const testsStarted = Date.now();
    playwright = spawn(path.join(BIN, "playwright"), ["test", ...process.argv.slice(2)], {
      cwd: ROOT,
      stdio: "inherit",
      env: {
        ...process.env,
        E2E_BASE_URL: baseUrl,
        E2E_MAILBOX_URL: `http://127.0.0.1:${catcher.httpPort}`,
      },
    });
    const { code, signal } = await waitExit(playwright);
    playwright = undefined;
    log(`Playwright 用时 ${seconds(testsStarted)}；共收到 ${catcher.count()} 封邮件；总用时 ${seconds(started)}`);
    if (multi) log(`nginx 转发的请求：${upstreamCounts(ARTIFACTS)}`);
    if (code !== 0 && !interrupted) {
      console.log(`\n[e2e] 应用日志最后 60 行（${path.relative(ROOT, APP_LOG)}）：\n${tail(APP_LOG, 60)}\n`);
    }
    return interrupted ? 130 : (code ?? (signal ? 1 : 0));
  } catch (error) {
    console.error(`[e2e] ${(error as Error).message}`);
    if (app) console.error(`\n[e2e] 应用日志最后 60 行：\n${tail(APP_LOG, 60)}`);
    return 1;
  } finally {
    // (e) always stop everything, the app first (it uses the database and the SMTP catcher)
    await cleanup();
  }
}

main().then(
  (code) => process.exit(code),
  (error: Error) => {
    console.error(error);
    process.exit(1);
  },
);
