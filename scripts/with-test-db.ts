// tsx scripts/with-test-db.ts <cmd> [args…]
// Runs <cmd> against a migrated database: $DATABASE_URL if set, else a throwaway embedded PostgreSQL.
import { chmodSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import {
  BIN,
  children,
  runPrismaMigrateDeploy,
  spawnChild,
  startEmbeddedPostgres,
  waitExit,
  type EmbeddedPostgresHandle,
} from "./lib/embedded-db";

const [cmd, ...args] = process.argv.slice(2);
if (!cmd) {
  console.error("用法: tsx scripts/with-test-db.ts <命令> [参数…]");
  process.exit(2);
}

let interrupted: NodeJS.Signals | undefined;
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    interrupted = signal;
    children.forEach((c) => c.kill(signal));
  });
}

const tempDirs: string[] = [];
const tempDir = (prefix: string) => {
  const dir = mkdtempSync(path.join(os.tmpdir(), prefix));
  tempDirs.push(dir);
  return dir;
};

let database: EmbeddedPostgresHandle | undefined;
let exitCode = 1;
try {
  const env: NodeJS.ProcessEnv = { ...process.env, PATH: `${BIN}${path.delimiter}${process.env.PATH ?? ""}` };
  if (!env.DATABASE_URL) {
    const dir = tempDir("anguan-test-db-");
    chmodSync(dir, 0o755); // the server may run as the `postgres` user, which must reach dir/pg
    database = await startEmbeddedPostgres({ dataDir: path.join(dir, "pg"), persistent: false });
    env.DATABASE_URL = database.url;
  }
  if (!interrupted) await runPrismaMigrateDeploy(env);
  env.FILE_STORAGE_DIR = tempDir("anguan-test-files-");
  env.AUTH_SECRET ||= "test-secret-not-for-production";
  if (!interrupted) {
    const { code, signal } = await waitExit(spawnChild(cmd, args, env));
    exitCode = code ?? 128 + (signal ? os.constants.signals[signal] : 0);
  }
} catch (err) {
  console.error(`[with-test-db] ${(err as Error).message}`);
} finally {
  await database?.stop().catch((err: Error) => console.error(err.message));
  for (const dir of tempDirs) rmSync(dir, { recursive: true, force: true });
}
process.exit(exitCode);
