// What the fault scripts share: a database of their own, made anew each run, and the printed report.
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { runPrismaMigrateDeploy } from "../../scripts/lib/embedded-db";
import { recreateDatabase } from "../../scripts/lib/fresh-database";

/** The server the scripts' databases (aq_f_*) are made on; never the one they restart. */
export const ADMIN_URL = process.env.FAULTS_ADMIN_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
export const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
export const log = (line: string) => console.log(`[fault] ${line}`);

/**
 * `name` dropped, created and migrated on `adminUrl`'s server; this process then uses it
 * (DATABASE_URL, a temporary upload directory). Returns the database URL.
 */
export async function prepareDatabase(name: string, adminUrl = ADMIN_URL): Promise<string> {
  const url = await recreateDatabase(adminUrl, name);
  process.env.DATABASE_URL = url;
  if (!process.env.FILE_STORAGE_DIR) {
    const files = mkdtempSync(path.join(os.tmpdir(), "aq-fault-files-"));
    process.once("exit", () => rmSync(files, { recursive: true, force: true }));
    process.env.FILE_STORAGE_DIR = files;
  }
  process.env.AUTH_SECRET ??= "fault-secret-not-for-production";
  await runPrismaMigrateDeploy(process.env);
  log(`数据库 ${name} 已重建并迁移（${new URL(url).host}）`);
  return url;
}

/** Waits until `done()` holds; false if `timeoutMs` passed first. */
export async function waitUntil(done: () => Promise<boolean>, timeoutMs: number, everyMs = 250): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (await done()) return true;
    if (Date.now() > deadline) return false;
    await sleep(everyMs);
  }
}

/** Terminal columns of a text: CJK characters take two. */
const columns = (text: string) => [...text].reduce((n, ch) => n + (ch.codePointAt(0)! >= 0x2e80 ? 2 : 1), 0);

/**
 * Prints the report as a two-column table and returns the exit code: 1 when any of `mustBeZero`
 * (row labels) is not 0 or a `failures` line is given.
 */
export function report(
  title: string,
  rows: [string, string | number][],
  mustBeZero: string[],
  failures: string[] = [],
) {
  const width = Math.max(...rows.map(([label]) => columns(label))) + 2;
  console.log(`\n${title}`);
  console.log("-".repeat(width + 16));
  for (const [label, value] of rows) console.log(`${label}${" ".repeat(width - columns(label))}${value}`);
  console.log("-".repeat(width + 16));
  const bad = rows.filter(([label, value]) => mustBeZero.includes(label) && value !== 0).map(([label]) => label);
  const problems = [...bad.map((label) => `${label} 不为 0`), ...failures];
  console.log(problems.length ? `FAIL：${problems.join("；")}` : "PASS");
  return problems.length ? 1 : 0;
}
