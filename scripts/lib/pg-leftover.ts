// A start that was killed hard (kill -9, a closed terminal, a power cut) leaves the embedded
// PostgreSQL running, or a stale postmaster.pid. The next start recognises its own server by the data
// directory's postmaster.pid and stops it; a server still used by a live start is left alone.
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** The process's state letter from /proc (Z: a zombie, as good as gone), or null without /proc. */
function procState(pid: number): string | null {
  try {
    return readFileSync(`/proc/${pid}/stat`, "utf8").replace(/^.*\)\s*/, "")[0] ?? null;
  } catch {
    return null;
  }
}

export function isRunning(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== "EPERM") return false;
  }
  return procState(pid) !== "Z";
}

function commandLine(pid: number): string[] {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0").filter(Boolean);
  } catch {
    try {
      return execFileSync("ps", ["-o", "command=", "-p", String(pid)], { encoding: "utf8" })
        .trim()
        .split(/\s+/);
    } catch {
      return [];
    }
  }
}

/** Who started the server on a data directory: a file beside it holding that start's pid. */
const ownerFile = (dataDir: string) => `${dataDir}.owner`;

export function claimDataDir(dataDir: string): void {
  writeFileSync(ownerFile(dataDir), `${process.pid}\n`);
}

export function releaseDataDir(dataDir: string): void {
  rmSync(ownerFile(dataDir), { force: true });
}

/**
 * Stops a server that an earlier start on this data directory left behind, or removes a stale
 * postmaster.pid whose pid now belongs to another program. Refuses while the start that owns the
 * server is still running.
 */
export async function clearLeftoverServer(dataDir: string, log: (line: string) => void): Promise<void> {
  const pidFile = path.join(dataDir, "postmaster.pid");
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, "utf8").split("\n")[0]);
  if (!isRunning(pid)) return; // PostgreSQL itself ignores a lock file whose process is gone

  const args = commandLine(pid);
  const ours = path.basename(args[0] ?? "") === "postgres" && args[args.indexOf("-D") + 1] === dataDir;
  if (!ours) {
    rmSync(pidFile); // the pid was reused after a crash; the lock would make PostgreSQL refuse to start
    return;
  }
  const owner = existsSync(ownerFile(dataDir)) ? Number(readFileSync(ownerFile(dataDir), "utf8")) : 0;
  const ownerAlive = isRunning(owner) && commandLine(owner).some((arg) => /node/.test(path.basename(arg)));
  if (owner !== process.pid && ownerAlive) {
    throw new Error(`该数据目录（${dataDir}）的 PostgreSQL 正由另一个正在运行的 npm start（进程 ${owner}）使用`);
  }
  log(`停止上次未正常退出时遗留的内置 PostgreSQL（进程 ${pid}）`);
  process.kill(pid, "SIGINT"); // fast shutdown: roll back open transactions, then exit cleanly
  const deadline = Date.now() + 30_000;
  while (isRunning(pid)) {
    if (Date.now() > deadline) process.kill(pid, "SIGKILL");
    await sleep(100);
  }
}
