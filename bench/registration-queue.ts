// Benchmark: the 审核部门's 企业注册审核 queue at scale, and the cost of a password check.
// Run: npm run bench:registration-queue
// (uses DATABASE_URL, else an embedded PostgreSQL; adds rows, so use a scratch database)
// Prints figures; asserts nothing.
import { randomUUID } from "node:crypto";
import { performance } from "node:perf_hooks";
import { creditCodeCheckChar } from "../lib/domain/credit-code";
import type { Actor } from "../lib/server/auth/actor";
import { hashPassword, verifyPassword } from "../lib/server/auth/password";
import { db } from "../lib/server/db";
import { listApplicationsForStaff } from "../lib/server/review/queries";
import { benchFile } from "./support";

const ENTERPRISES = Number(process.env.BENCH_ENTERPRISES ?? 5000);
const RUNS = 50;

function stats(samples: number[]) {
  const s = [...samples].sort((a, b) => a - b);
  const at = (p: number) => s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))].toFixed(1);
  return `p50 ${at(50)} ms · p95 ${at(95)} ms · max ${s[s.length - 1].toFixed(1)} ms (n=${s.length})`;
}

async function time(fn: () => Promise<unknown>, runs = RUNS) {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await fn();
    samples.push(performance.now() - t);
  }
  return stats(samples);
}

async function seed() {
  const existing = await db.enterprise.count();
  if (existing >= ENTERPRISES) return;
  const file = await benchFile();
  const hash = await hashPassword("Bench@2026");
  for (let i = existing; i < ENTERPRISES; i += 500) {
    const batch = Array.from({ length: Math.min(500, ENTERPRISES - i) }, (_, j) => {
      const n = i + j;
      const first17 = `91330100MA${String(n).padStart(7, "0")}`;
      return {
        n,
        creditCode: first17 + creditCodeCheckChar(first17),
        accountId: randomUUID(),
        enterpriseId: randomUUID(),
      };
    });
    await db.account.createMany({
      data: batch.map((b) => ({
        id: b.accountId,
        role: "ENTERPRISE" as const,
        displayName: `基准测试工程有限公司${b.n}`,
        passwordHash: hash,
      })),
    });
    await db.enterprise.createMany({
      data: batch.map((b) => ({
        id: b.enterpriseId,
        accountId: b.accountId,
        name: `基准测试工程有限公司${b.n}`,
        creditCode: b.creditCode,
        legalRepresentative: "张三",
        registeredAddress: "浙江省杭州市",
        contactAddress: "浙江省杭州市",
        contactName: "李四",
        contactPhone: "13800138000",
        email: `bench${b.n}@example.com`,
        qualificationType: "公路工程施工总承包",
        qualificationLevel: "一级",
        qualificationCertNo: `B${b.n}`,
        qualificationExpiry: new Date("2030-01-01"),
        licenseFileId: file.id,
        qualificationFileId: file.id,
      })),
    });
    await db.application.createMany({
      data: batch.map((b) => ({
        kind: "ENTERPRISE_REGISTRATION" as const,
        status: b.n % 3 === 0 ? ("APPROVED" as const) : ("PENDING_REVIEW" as const),
        enterpriseId: b.enterpriseId,
        payload: {},
      })),
    });
  }
}

async function main() {
  await seed();
  const reviewer: Actor = {
    accountId: randomUUID(),
    role: "REVIEWER",
    displayName: "bench",
    enterpriseId: null,
    enterpriseApproved: false,
    mustChangePassword: false,
    personId: null,
    sessionId: null,
  };
  console.log(`企业注册审核 queue over ${await db.application.count()} applications:`);
  console.log(
    `  first page, 待审核            ${await time(() => listApplicationsForStaff({ kind: "ENTERPRISE_REGISTRATION", actor: reviewer, status: "PENDING_REVIEW" }))}`,
  );
  console.log(
    `  page 50, 全部                 ${await time(() => listApplicationsForStaff({ kind: "ENTERPRISE_REGISTRATION", actor: reviewer, page: 50 }))}`,
  );
  console.log(
    `  search by name fragment       ${await time(() => listApplicationsForStaff({ kind: "ENTERPRISE_REGISTRATION", actor: reviewer, q: "公司4999" }))}`,
  );
  console.log(
    `  search by credit-code prefix  ${await time(() => listApplicationsForStaff({ kind: "ENTERPRISE_REGISTRATION", actor: reviewer, q: "91330100MA0004" }))}`,
  );
  const hash = await hashPassword("Bench@2026");
  console.log(`argon2id hash                   ${await time(() => hashPassword("Bench@2026"), 20)}`);
  console.log(`argon2id verify                 ${await time(() => verifyPassword(hash, "Bench@2026"), 20)}`);
  await db.$disconnect();
}

await main();
