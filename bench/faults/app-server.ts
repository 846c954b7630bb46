// The production server (scripts/server.ts on the build bench/http/server.ts's buildIfMissing makes)
// as the fault scripts run it: one process per instance in its own process group (so that it can be
// killed with SIGKILL as a whole), its output in a log file, ready when /api/health answers.
import { spawn, type ChildProcess } from "node:child_process";
import { createWriteStream, mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import readline from "node:readline";
import { ROOT, probePort, waitExit } from "../../scripts/lib/embedded-db";
import { log, sleep } from "./support";

/** The servers' log of this run (tests/e2e/.artifacts, git-ignored), emptied. */
export function freshLog(name: string): string {
  const file = path.join(ROOT, "tests", "e2e", ".artifacts", name);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, "");
  return file;
}

export type AppServer = { url: string; port: number; child: ChildProcess; kill9(): void; stop(): Promise<void> };

/** scripts/server.ts on a free port against DATABASE_URL; its output goes to `logFile`. */
export async function startAppServer(
  label: string,
  logFile: string,
  env: Record<string, string> = {},
): Promise<AppServer> {
  const port = await probePort(0);
  const child = spawn(process.execPath, ["--import", "tsx", "scripts/server.ts"], {
    cwd: ROOT,
    env: {
      ...process.env,
      NODE_ENV: "production",
      NEXT_TELEMETRY_DISABLED: "1",
      HOST: "127.0.0.1",
      PORT: String(port),
      APP_URL: `http://127.0.0.1:${port}`,
      // Every request of a fault script comes from 127.0.0.1 (never the account lockout).
      RATE_LIMIT_MULTIPLIER: "50",
      ...env,
    },
    detached: true, // its own process group: killed as a whole, never with this script's terminal
    stdio: ["ignore", "pipe", "pipe"],
  });
  const out = createWriteStream(logFile, { flags: "a" });
  for (const stream of [child.stdout, child.stderr]) {
    readline.createInterface({ input: stream }).on("line", (line) => out.write(`[${label}] ${line}\n`));
  }
  const url = `http://127.0.0.1:${port}`;
  const signalGroup = (signal: NodeJS.Signals) => {
    try {
      if (child.pid && child.exitCode === null && child.signalCode === null) process.kill(-child.pid, signal);
    } catch {
      // already gone
    }
  };
  process.once("exit", () => signalGroup("SIGKILL"));
  const deadline = Date.now() + 180_000;
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null) throw new Error(`${label} 已退出，见 ${logFile}`);
    const res = await fetch(`${url}/api/health`, { signal: AbortSignal.timeout(10_000) }).catch(() => null);
    if (res?.ok) break;
    if (Date.now() > deadline) throw new Error(`${label} 在 3 分钟内未就绪，见 ${logFile}`);
    await sleep(500);
  }
  log(`${label}：scripts/server.ts 已就绪 ${url}`);
  return {
    url,
    port,
    child,
    kill9: () => signalGroup("SIGKILL"),
    async stop() {
      signalGroup("SIGTERM");
      const timer = setTimeout(() => signalGroup("SIGKILL"), 15_000);
      await waitExit(child);
      clearTimeout(timer);
    },
  };
}
