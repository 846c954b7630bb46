// The app as `npm start` runs it, in its own process group, its output in a log file.
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import readline from "node:readline";
import { BIN, ROOT, probePort, sleep, waitExit } from "./embedded-db";

const APP_STOP_TIMEOUT_MS = 60_000;

/**
 * scripts/start.ts by default; a further instance runs scripts/server.ts alone (start.ts has already
 * migrated, seeded and built, and runs the one mail worker). label prefixes its lines when several run.
 */
export function startApp(
  env: NodeJS.ProcessEnv,
  logFile: NodeJS.WritableStream,
  { label = "app", serverOnly = false, verbose = false } = {},
) {
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

export async function waitForApp(url: string, child: ChildProcess, timeoutMs: number, logPath: string) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(
        `应用进程已退出（${child.signalCode ?? `退出码 ${child.exitCode}`}），见 ${path.relative(ROOT, logPath)}`,
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

export async function stopApp(child: ChildProcess, log: (line: string) => void) {
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

export function tail(file: string, lines: number): string {
  if (!existsSync(file)) return "";
  return readFileSync(file, "utf8").split("\n").slice(-lines).join("\n");
}

/** count distinct free loopback ports */
export async function freePorts(count: number): Promise<number[]> {
  const ports = new Set<number>();
  while (ports.size < count) ports.add(await probePort(0));
  return [...ports];
}

/** The environment of the app under test: demo data, mail to the catcher, files in a temporary directory. */
export function testAppEnv(o: {
  databaseUrl: string;
  port: number;
  smtpPort: number;
  files: string;
  appUrl: string;
}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: o.databaseUrl,
    SEED_DEMO: "1",
    PORT: String(o.port),
    HOST: "127.0.0.1", // loopback only: nobody else needs to reach the test app
    SMTP_URL: `smtp://127.0.0.1:${o.smtpPort}`,
    AUTH_SECRET: "e2e-secret",
    // Every browser request comes from 127.0.0.1: raise the per-IP limits (not the account lockout).
    RATE_LIMIT_MULTIPLIER: "50",
    // The specs count mails and messages exactly; lapse and reminder jobs are covered by integration tests.
    DAILY_JOBS: "off",
    FILE_STORAGE_DIR: o.files,
    APP_URL: o.appUrl,
    NEXT_TELEMETRY_DISABLED: "1",
  };
  delete env.E2E_DATABASE_ADMIN_URL;
  return env;
}
