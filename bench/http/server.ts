// The production server the HTTP benchmark measures: built if .next is missing, started as
// scripts/start.ts starts it (scripts/server.ts, NODE_ENV=production) against the given database, with
// DAILY_JOBS=off and no mail worker.
import { existsSync, mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { BIN, ROOT, probePort, runChecked, spawnChild, waitExit, waitForPort } from "../../scripts/lib/embedded-db";

export async function buildIfMissing() {
  if (existsSync(path.join(ROOT, ".next", "BUILD_ID"))) return;
  console.log("[bench] .next 不存在：构建应用（next build）");
  await runChecked("next build", path.join(BIN, "next"), ["build"], { ...process.env, NEXT_TELEMETRY_DISABLED: "1" });
}

export async function startServer(databaseUrl: string) {
  const port = await probePort(0);
  const baseUrl = `http://127.0.0.1:${port}`;
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: databaseUrl,
    NODE_ENV: "production",
    NEXT_TELEMETRY_DISABLED: "1",
    PORT: String(port),
    HOST: "127.0.0.1",
    APP_URL: baseUrl,
    AUTH_SECRET: process.env.AUTH_SECRET ?? "bench-http-secret-not-for-production",
    FILE_STORAGE_DIR: mkdtempSync(path.join(os.tmpdir(), "anguan-bench-files-")),
    DAILY_JOBS: "off",
    // The public 证书查询 is limited per address: each request says it comes from another one.
    TRUSTED_PROXIES: "127.0.0.1",
  };
  // BENCH_CPU_PROF=<dir>: the server writes a V8 CPU profile there when it stops (open it in Chrome DevTools).
  const profile = process.env.BENCH_CPU_PROF ? ["--cpu-prof", "--cpu-prof-dir", process.env.BENCH_CPU_PROF] : [];
  const child = spawnChild(
    process.execPath,
    [...profile, "--import", "tsx", path.join(ROOT, "scripts/server.ts")],
    env,
  );
  await waitForPort(port, 120_000);
  return {
    baseUrl,
    async stop() {
      child.kill("SIGTERM");
      await waitExit(child);
    },
  };
}
