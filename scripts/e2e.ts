// `npm run test:e2e`: a fresh database, an SMTP catcher, the app as `npm start` runs it, then
// Playwright (extra CLI arguments are passed on: `npm run test:e2e -- -g 忘记密码`).
//
// Database: E2E_DATABASE_ADMIN_URL (or else DATABASE_URL) is used as an admin connection to drop and
// re-create database `aq_e2e` (E2E_DATABASE_REPLICA_URL: a streaming replica of that cluster, passed
// to the app as DATABASE_REPLICA_URL; see scripts/replica-e2e.ts); with neither set, an embedded
// PostgreSQL in .data/e2e-pg is started and removed afterwards. Mail: every message the app sends is
// caught on loopback and served as JSON at E2E_MAILBOX_URL (`GET /messages?to=addr`, newest first)
// for tests/e2e/support/mailbox.ts. The app's output goes to tests/e2e/.artifacts/app.log (and to the
// console until it is ready, or throughout with E2E_VERBOSE=1).
//
// E2E_INSTANCES=2 (`npm run test:multi`, on demand, not in CI) runs the production layout of
// docs/DEPLOYMENT.md instead: instance 1 as `npm start` runs it (migrations, seed, build, the one mail
// worker), further instances as bare scripts/server.ts on the same build, database and upload
// directory, and nginx (Debian's, installed if absent) on a free port balancing round robin over
// them; Playwright then talks to nginx only.
import { spawn, type ChildProcess } from "node:child_process";
import { createWriteStream, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import readline from "node:readline";
import { SMTPServer } from "smtp-server";
import {
  BIN,
  ROOT,
  probePort,
  sleep,
  startEmbeddedPostgres,
  waitExit,
  type EmbeddedPostgresHandle,
} from "./lib/embedded-db";
import { recreateDatabase } from "./lib/fresh-database";
import { ensureNginx, startNginx, upstreamCounts } from "./lib/nginx";

// E2E_DATABASE lets two checkouts run their suites side by side on one server.
const E2E_DATABASE = process.env.E2E_DATABASE || "aq_e2e";
const APP_READY_TIMEOUT_MS = 10 * 60_000; // the first `next build` is slow
const APP_STOP_TIMEOUT_MS = 60_000;
const ARTIFACTS = path.join(ROOT, "tests", "e2e", ".artifacts");
const APP_LOG = path.join(ARTIFACTS, "app.log");
const verbose = process.env.E2E_VERBOSE === "1";
const INSTANCES = Math.max(1, Math.floor(Number(process.env.E2E_INSTANCES)) || 1);

const log = (line: string) => console.log(`[e2e] ${line}`);
const seconds = (since: number) => `${((Date.now() - since) / 1000).toFixed(1)} s`;

// ---------------------------------------------------------------------------------------------
// (a) A fresh database

type Database = { url: string; stop(): Promise<void> };

async function freshDatabase(): Promise<Database> {
  const adminUrl = process.env.E2E_DATABASE_ADMIN_URL || process.env.DATABASE_URL;
  if (adminUrl) {
    const url = await recreateDatabase(adminUrl, E2E_DATABASE);
    log(`数据库 ${E2E_DATABASE} 已重建（${new URL(url).host}）`);
    return { url, stop: async () => {} };
  }

  const dataDir = path.join(ROOT, ".data", "e2e-pg");
  rmSync(dataDir, { recursive: true, force: true }); // left over from a run that was killed
  log("E2E_DATABASE_ADMIN_URL 和 DATABASE_URL 均未设置：启动内置 PostgreSQL（.data/e2e-pg，结束后删除）");
  const handle: EmbeddedPostgresHandle = await startEmbeddedPostgres({ dataDir, persistent: false });
  return { url: handle.url, stop: () => handle.stop() };
}

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
// (b) The SMTP catcher and its JSON mailbox

type CaughtMail = { to: string; subject: string; text: string; at: string };
type StoredMail = CaughtMail & { recipients: string[] };

/** Splits a MIME entity (as a latin1 "binary" string) into lower-cased headers and body. */
function splitEntity(raw: string): { headers: Map<string, string>; body: string } {
  const match = /\r?\n\r?\n/.exec(raw);
  const head = match ? raw.slice(0, match.index) : raw;
  const body = match ? raw.slice(match.index + match[0].length) : "";
  const headers = new Map<string, string>();
  // Unfold continuation lines, then take the first occurrence of each header.
  for (const line of head.replace(/\r?\n[ \t]+/g, " ").split(/\r?\n/)) {
    const colon = line.indexOf(":");
    if (colon <= 0) continue;
    const name = line.slice(0, colon).trim().toLowerCase();
    if (!headers.has(name)) headers.set(name, line.slice(colon + 1).trim());
  }
  return { headers, body };
}

function decodeCharset(bytes: Buffer, charset = "utf-8"): string {
  try {
    return new TextDecoder(charset.trim().replace(/^"|"$/g, "") || "utf-8").decode(bytes);
  } catch {
    return new TextDecoder("utf-8").decode(bytes);
  }
}

function decodeQuotedPrintable(text: string, header = false): Buffer {
  const source = header ? text.replace(/_/g, " ") : text.replace(/=\r?\n/g, ""); // soft line breaks
  const bytes: number[] = [];
  for (let i = 0; i < source.length; i++) {
    const hex = source.slice(i + 1, i + 3);
    if (source[i] === "=" && /^[0-9A-Fa-f]{2}$/.test(hex)) {
      bytes.push(parseInt(hex, 16));
      i += 2;
    } else {
      bytes.push(source.charCodeAt(i) & 0xff);
    }
  }
  return Buffer.from(bytes);
}

/** RFC 2047 encoded words (=?UTF-8?B?…?= / =?UTF-8?Q?…?=); the header value is latin1 "binary". */
function decodeHeader(value: string): string {
  const words = /=\?([^?]+)\?([BbQq])\?([^?]*)\?=/g;
  const joined = value.replace(/(\?=)\s+(?==\?)/g, "$1"); // whitespace between encoded words is dropped
  let out = "";
  let last = 0;
  for (const m of joined.matchAll(words)) {
    out += decodeCharset(Buffer.from(joined.slice(last, m.index), "latin1"));
    const [, charset, encoding, data] = m;
    const bytes = encoding.toUpperCase() === "B" ? Buffer.from(data, "base64") : decodeQuotedPrintable(data, true);
    out += decodeCharset(bytes, charset);
    last = m.index + m[0].length;
  }
  return out + decodeCharset(Buffer.from(joined.slice(last), "latin1"));
}

function headerParam(value: string | undefined, param: string): string | undefined {
  const m = new RegExp(`;\\s*${param}\\s*=\\s*("([^"]*)"|[^;\\s]+)`, "i").exec(value ?? "");
  return m ? (m[2] ?? m[1]) : undefined;
}

/** The text/plain content of a MIME entity (the first one, for multipart messages). */
function plainText(raw: string): string | undefined {
  const { headers, body } = splitEntity(raw);
  const type = (headers.get("content-type") ?? "text/plain").toLowerCase();
  if (type.startsWith("multipart/")) {
    const boundary = headerParam(headers.get("content-type"), "boundary");
    if (!boundary) return undefined;
    const parts = body.split(`--${boundary}`).slice(1);
    for (const part of parts) {
      if (part.startsWith("--")) break; // closing delimiter
      const text = plainText(part.replace(/^\r?\n/, ""));
      if (text !== undefined) return text;
    }
    return undefined;
  }
  if (!type.startsWith("text/plain")) return undefined;
  const encoding = (headers.get("content-transfer-encoding") ?? "7bit").toLowerCase();
  const bytes =
    encoding === "base64"
      ? Buffer.from(body.replace(/\s+/g, ""), "base64")
      : encoding === "quoted-printable"
        ? decodeQuotedPrintable(body)
        : Buffer.from(body, "latin1");
  return decodeCharset(bytes, headerParam(headers.get("content-type"), "charset"))
    .replace(/\r\n/g, "\n")
    .trimEnd();
}

function parseMail(raw: Buffer, envelopeTo: string[]): StoredMail {
  const binary = raw.toString("latin1");
  const { headers } = splitEntity(binary);
  const toHeader = decodeHeader(headers.get("to") ?? "");
  const headerAddresses = [...toHeader.matchAll(/[^\s<>,;"]+@[^\s<>,;"]+/g)].map((m) => m[0]);
  const recipients = [...new Set([...headerAddresses, ...envelopeTo].map((a) => a.toLowerCase()))];
  return {
    to: headerAddresses.join(", ") || envelopeTo.join(", "),
    subject: decodeHeader(headers.get("subject") ?? ""),
    text: plainText(binary) ?? "",
    at: new Date().toISOString(),
    recipients,
  };
}

async function startMailCatcher() {
  const mails: StoredMail[] = [];

  const smtp = new SMTPServer({
    secure: false,
    disabledCommands: ["STARTTLS"],
    authOptional: true,
    logger: false,
    banner: "aq e2e mail catcher",
    size: 20 * 1024 * 1024,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("error", callback);
      stream.on("end", () => {
        try {
          const mail = parseMail(
            Buffer.concat(chunks),
            session.envelope.rcptTo.map((r) => r.address),
          );
          mails.push(mail);
          if (verbose) log(`邮件 → ${mail.to}：${mail.subject}`);
          callback();
        } catch (error) {
          callback(error as Error);
        }
      });
    },
  });
  smtp.on("error", (error) => console.error(`[e2e] SMTP: ${error.message}`));
  await new Promise<void>((resolve) => smtp.listen(0, "127.0.0.1", () => resolve()));
  const smtpPort = (smtp.server.address() as AddressInfo).port;

  const mailbox = http.createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://mailbox");
    const send = (status: number, body: unknown) => {
      res.writeHead(status, { "Content-Type": "application/json; charset=utf-8" });
      res.end(JSON.stringify(body));
    };
    if (url.pathname !== "/messages") return send(404, { error: "GET /messages?to=addr" });
    if (req.method === "DELETE") {
      mails.length = 0;
      return send(200, { ok: true });
    }
    if (req.method !== "GET") return send(405, { error: "method not allowed" });
    const to = url.searchParams.get("to")?.trim().toLowerCase();
    const selected = mails.filter((m) => !to || m.recipients.includes(to)).reverse();
    send(
      200,
      selected.map(({ to, subject, text, at }) => ({ to, subject, text, at })),
    );
  });
  await new Promise<void>((resolve) => mailbox.listen(0, "127.0.0.1", () => resolve()));
  const httpPort = (mailbox.address() as AddressInfo).port;

  return {
    smtpPort,
    httpPort,
    count: () => mails.length,
    async stop() {
      await new Promise<void>((resolve) => smtp.close(() => resolve()));
      mailbox.closeAllConnections();
      await new Promise<void>((resolve) => mailbox.close(() => resolve()));
    },
  };
}

// ---------------------------------------------------------------------------------------------
// (c) The app, as `npm start` runs it

/**
 * scripts/start.ts by default; a further instance runs scripts/server.ts alone (start.ts has already
 * migrated, seeded and built, and runs the one mail worker). label prefixes its lines when several run.
 */
function startApp(env: NodeJS.ProcessEnv, logFile: NodeJS.WritableStream, label = "app", serverOnly = false) {
  // Own process group: a Ctrl-C in the terminal reaches this script, which stops the app in order.
  const [command, args] = serverOnly
    ? [process.execPath, ["--import", "tsx", "scripts/server.ts"]]
    : [path.join(BIN, "tsx"), ["scripts/start.ts"]];
  const child = spawn(command, args, {
    cwd: ROOT,
    env: serverOnly ? { ...env, NODE_ENV: "production" } : env,
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let echo = true;
  const prefix = label === "app" ? "" : `[${label}] `;
  for (const stream of [child.stdout, child.stderr]) {
    readline.createInterface({ input: stream }).on("line", (line) => {
      logFile.write(`${prefix}${line}\n`);
      if (echo || verbose) console.log(`[${label}] ${line}`);
    });
  }
  return { child, quiet: () => (echo = false) };
}

async function waitForApp(url: string, child: ChildProcess, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(
        `应用进程已退出（${child.signalCode ?? `退出码 ${child.exitCode}`}），见 ${path.relative(ROOT, APP_LOG)}`,
      );
    }
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(10_000), redirect: "manual" });
      await res.arrayBuffer();
      if (res.status === 200) return;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`应用在 ${timeoutMs / 60_000} 分钟内未就绪（GET ${url} 未返回 200）`);
    await sleep(500);
  }
}

async function stopApp(child: ChildProcess) {
  if (child.exitCode !== null || child.signalCode !== null) return;
  child.kill("SIGTERM"); // start.ts stops next and the mail worker, then exits
  const timer = setTimeout(() => {
    log("应用未在时限内退出：强制结束其进程组");
    try {
      if (child.pid) process.kill(-child.pid, "SIGKILL");
    } catch {
      // already gone
    }
  }, APP_STOP_TIMEOUT_MS);
  await waitExit(child);
  clearTimeout(timer);
}

function tail(file: string, lines: number): string {
  if (!existsSync(file)) return "";
  return readFileSync(file, "utf8").split("\n").slice(-lines).join("\n");
}

/** count distinct free loopback ports */
async function freePorts(count: number): Promise<number[]> {
  const ports = new Set<number>();
  while (ports.size < count) ports.add(await probePort(0));
  return [...ports];
}

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
    const extra = startApp({ ...env, PORT: String(port) }, logFile, `app${index + 1}`, true);
    cleanups.push(() => stopApp(extra.child));
    await waitForApp(`http://127.0.0.1:${port}/api/health`, extra.child, 120_000);
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
    const database = await freshDatabase();
    cleanups.push(() => database.stop());

    // (b)
    const catcher = await startMailCatcher();
    cleanups.push(() => catcher.stop());
    log(`SMTP 收件器 127.0.0.1:${catcher.smtpPort}，邮箱接口 http://127.0.0.1:${catcher.httpPort}/messages`);

    // (c)
    const multi = INSTANCES > 1;
    const replicaUrl = replicaOf(database.url);
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
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      DATABASE_URL: database.url,
      SEED_DEMO: "1",
      PORT: String(port),
      HOST: "127.0.0.1", // loopback only: nobody else needs to reach the test app
      SMTP_URL: `smtp://127.0.0.1:${catcher.smtpPort}`,
      AUTH_SECRET: "e2e-secret",
      // Every browser request comes from 127.0.0.1: raise the per-IP limits (not the account lockout).
      RATE_LIMIT_MULTIPLIER: "50",
      // The specs count mails and messages exactly; lapse and reminder jobs are covered by integration tests.
      DAILY_JOBS: "off",
      FILE_STORAGE_DIR: files,
      APP_URL: baseUrl,
      NEXT_TELEMETRY_DISABLED: "1",
      // Behind nginx the socket peer is nginx: read the client from its X-Forwarded-For (lib/client-ip.ts).
      ...(multi ? { TRUSTED_PROXIES: "127.0.0.1" } : {}),
      ...(replicaUrl ? { DATABASE_REPLICA_URL: replicaUrl } : {}),
    };
    delete env.E2E_DATABASE_ADMIN_URL;
    delete env.E2E_DATABASE_REPLICA_URL;
    if (!replicaUrl) delete env.DATABASE_REPLICA_URL; // a replica of some other database
    const appStarted = Date.now();
    log(`启动应用（scripts/start.ts，端口 ${port}）`);
    const running = startApp(env, logFile);
    app = running.child;
    cleanups.push(() => stopApp(running.child));
    await waitForApp(`http://127.0.0.1:${port}/`, app, APP_READY_TIMEOUT_MS);
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
