// `npm start`: database → migrations → demo seed → build if needed → `next start` + mail worker.
// `npm run dev` (--dev) runs `next dev` instead of building.
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import {
  BIN,
  ROOT,
  children,
  probePort,
  runChecked,
  runPrismaMigrateDeploy,
  spawnChild,
  waitExit,
  waitForPort,
  type EmbeddedPostgresHandle,
} from "./lib/embedded-db";
import { readOrCreateSecret, startAppDatabase } from "./lib/app-database";

process.chdir(ROOT);
const dev = process.argv.includes("--dev");
const port = Number(process.env.PORT ?? 3000);
// Not HOSTNAME: shells set it to the machine's name.
const host = process.env.HOST ?? "0.0.0.0";
const log = (line: string) => console.log(`[start] ${line}`);

let database: EmbeddedPostgresHandle | undefined;
let shuttingDown: Promise<void> | undefined;
let workerRestart: NodeJS.Timeout | undefined;

class ShuttingDown extends Error {}

/** Stops the children (by pid), waits for them, then stops PostgreSQL and exits. */
function shutdown(code: number, signal: NodeJS.Signals = "SIGTERM"): Promise<void> {
  shuttingDown ??= (async () => {
    clearTimeout(workerRestart);
    const running = [...children];
    for (const child of running) child.kill(signal);
    const force = setTimeout(() => running.forEach((c) => c.kill("SIGKILL")), 15_000);
    await Promise.all(running.map((child) => waitExit(child)));
    clearTimeout(force);
    if (database) {
      log("停止内置 PostgreSQL");
      await database.stop().catch((err: Error) => console.error(err.message));
    }
    process.exit(code);
  })();
  return shuttingDown;
}

// SIGHUP: the terminal was closed; stop as cleanly as for Ctrl-C rather than leave the database running.
for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) {
  process.on(signal, () => {
    if (shuttingDown) {
      children.forEach((c) => c.kill("SIGKILL")); // second signal: do not wait any longer
      return;
    }
    log(`收到 ${signal}，正在停止…`);
    void shutdown(0, signal);
  });
}

/** Announces a step; refuses to begin one once shutdown has started. */
function step(message: string) {
  if (shuttingDown) throw new ShuttingDown();
  log(message);
}

/** Paths, sizes and mtimes of the build inputs: a cheap "has the source changed?" fingerprint. */
function sourceStamp(): string {
  const files: string[] = [];
  const walk = (dir: string) => {
    if (!existsSync(dir) || dir === path.join("lib", "generated")) return;
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else files.push(full);
    }
  };
  ["app", "components", "lib", "public"].forEach(walk);
  files.push("package-lock.json", "next.config.mjs", "postcss.config.mjs", "tsconfig.json", "prisma/schema.prisma");
  const hash = createHash("sha256");
  for (const file of files.filter((f) => existsSync(f)).sort()) {
    const { size, mtimeMs } = statSync(file);
    hash.update(`${file}\0${size}\0${mtimeMs}\n`);
  }
  return hash.digest("hex");
}

async function accountCount(url: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ n: number }>('SELECT count(*)::int AS n FROM "Account"');
    return rows[0].n;
  } finally {
    await client.end();
  }
}

// `node --import tsx` rather than the tsx CLI: the CLI is a wrapper process whose child would be
// orphaned if the wrapper died, and signals sent by pid would reach only the wrapper.
const tsxArgs = (script: string) => ["--conditions=react-server", "--import", "tsx", script];

function startWorker(env: NodeJS.ProcessEnv) {
  if (shuttingDown) return;
  const worker = spawnChild(process.execPath, tsxArgs("scripts/worker.ts"), env);
  worker.once("exit", (code, signal) => {
    if (shuttingDown) return;
    log(`邮件 worker 退出（${signal ?? `退出码 ${code}`}），5 秒后重启`);
    workerRestart = setTimeout(() => startWorker(env), 5_000);
  });
}

async function main() {
  await probePort(port, host).catch(() => {
    throw new Error(`端口 ${host}:${port} 已被占用（可用环境变量 PORT 另选端口）`);
  });
  mkdirSync(".data", { recursive: true });
  const env: NodeJS.ProcessEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };

  // (a) database
  const embedded = !env.DATABASE_URL;
  if (embedded) {
    step("DATABASE_URL 未设置：启动内置 PostgreSQL（数据目录 .data/pg）");
    database = await startAppDatabase(".data", {
      configuredPort: env.EMBEDDED_PG_PORT,
      log,
      onUnexpectedExit: (code, signal) => {
        log(`内置 PostgreSQL 意外退出（${signal ?? `退出码 ${code}`}）`);
        void shutdown(1);
      },
    });
    env.DATABASE_URL = database.url;
    // The newcomer's demo reads its mail at /dev/mailbox; against an external database only with DEV_MAILBOX=1.
    env.DEV_MAILBOX ??= "1";
    log(`内置 PostgreSQL 已就绪：127.0.0.1:${database.port}（${database.dataDir}）`);
  } else {
    log("使用 DATABASE_URL 指定的数据库");
  }

  // (b) secrets and paths for the children
  // Staff TOTP secrets are encrypted with this key; a production deployment must set it (lib/server/env.ts).
  if (env.APP_ENV === "production" && !env.TOTP_ENCRYPTION_KEY) {
    throw new Error(
      "APP_ENV=production 须设置 TOTP_ENCRYPTION_KEY（32 字节：64 位十六进制或 base64），见 docs/DEPLOYMENT.md",
    );
  }
  if (!env.AUTH_SECRET) {
    step("AUTH_SECRET 未设置：使用 .data/auth-secret");
    env.AUTH_SECRET = readOrCreateSecret(".data/auth-secret");
  }
  env.FILE_STORAGE_DIR = path.resolve(env.FILE_STORAGE_DIR ?? ".data/files");
  mkdirSync(env.FILE_STORAGE_DIR, { recursive: true });
  env.APP_URL ??= `http://localhost:${port}`;

  // (c) migrations
  step("应用数据库迁移（prisma migrate deploy）");
  await runPrismaMigrateDeploy(env);

  // (d) demo data
  // The demo passwords are in the README: never seeded with APP_ENV=production (prisma/seed.ts refuses too).
  if (env.APP_ENV === "production") {
    if ((await accountCount(env.DATABASE_URL!)) === 0) {
      log("APP_ENV=production：不写入演示数据。请用 npm run admin:create -- --username 名称 创建首个管理员");
    }
  } else if (embedded || env.SEED_DEMO === "1") {
    if ((await accountCount(env.DATABASE_URL!)) === 0) {
      step("数据库为空：写入演示数据（prisma/seed.ts）");
      if (!existsSync("prisma/seed.ts")) throw new Error("缺少 prisma/seed.ts，无法写入演示数据");
      await runChecked("prisma/seed.ts", process.execPath, tsxArgs("prisma/seed.ts"), env);
    } else {
      log("数据库已有账号，跳过演示数据");
    }
  }

  if (!existsSync("scripts/worker.ts")) throw new Error("缺少 scripts/worker.ts，无法启动邮件 worker");

  // (e) build
  if (!dev) {
    const stamp = sourceStamp();
    const current =
      existsSync(".next/BUILD_ID") &&
      existsSync(".next/source-stamp") &&
      readFileSync(".next/source-stamp", "utf8") === stamp;
    if (current) {
      log("源码未变：沿用现有构建");
    } else {
      step("构建应用（next build）");
      await runChecked("next build", path.join(BIN, "next"), ["build"], env);
      writeFileSync(".next/source-stamp", stamp);
    }
  }

  // (f) serve
  // scripts/server.ts rather than `next start`: it sets the client address from the socket (lib/client-ip.ts).
  step(`启动 Next.js（${dev ? "开发模式" : "生产模式"}，${host}:${port}）和邮件 worker`);
  const serverEnv: NodeJS.ProcessEnv = {
    ...env,
    NODE_ENV: dev ? "development" : "production",
    PORT: String(port),
    HOST: host,
  };
  const next = spawnChild(
    process.execPath,
    ["--import", "tsx", "scripts/server.ts", ...(dev ? ["--dev"] : [])],
    serverEnv,
  );
  next.once("exit", (code, signal) => {
    if (shuttingDown) return;
    log(`Next.js 意外退出（${signal ?? `退出码 ${code}`}）`);
    void shutdown(code || 1);
  });
  startWorker(env);

  const probeHost = host === "0.0.0.0" || host === "::" ? "127.0.0.1" : host;
  await waitForPort(port, 120_000, probeHost);
  if (!shuttingDown) console.log(`\n应用已启动: http://localhost:${port}\n`);
}

main().catch((err: Error) => {
  if (shuttingDown || err instanceof ShuttingDown) return;
  console.error(`[start] 启动失败：${err.message}`);
  void shutdown(1);
});
