// Prisma vs typed raw SQL on the hottest reads (issue 11): the unit's 证书查询 list (the 5,000-holder
// unit, page 1 and page 50, all and 有效) and the session lookup every signed-in request makes. Each is
// run both ways in alternation, N times after a warm-up; the two results are checked equal first.
// Prints mean / p50 / p95 ms per way and the ratio Prisma ÷ raw (> 1 means raw is faster).
// Run after bench:generate: npm run bench:prisma-vs-raw -- --database-url postgresql://…/aq_scale [--n 300]
import { createHash, randomBytes } from "node:crypto";
import { isDeepStrictEqual } from "node:util";
import { performance } from "node:perf_hooks";
import { fromDateOnly, todayInShanghai } from "../lib/domain/calendar-date";
import { statusBounds } from "../lib/domain/certificate-dates";
import type { Prisma } from "../lib/generated/prisma/client";
import { sessionRowByHash, type SessionRow } from "../lib/server/auth/session";
import type { Actor } from "../lib/server/auth/actor";
import { listEnterpriseCertificates, listInclude, presentCertificate } from "../lib/server/certificates/queries";
import { db } from "../lib/server/db";
import { hashSessionToken } from "../lib/session-token";
import { databaseUrlOption, option } from "./options";

databaseUrlOption(
  "用法: npm run bench:prisma-vs-raw -- --database-url postgresql://… [--n 300]（先运行 bench:generate）",
);
process.env.AUTH_SECRET ||= "bench-secret-not-for-production";
const N = Number(option("n") ?? 300);
const WARMUP = 20;

/** bench:generate's row ids: md5(tag || n). Unit 1 is one of the five with 5,000 holders. */
const uuidOf = (tag: string, n: number) =>
  createHash("md5")
    .update(tag + n)
    .digest("hex")
    .replace(/^(.{8})(.{4})(.{4})(.{4})(.{12})$/, "$1-$2-$3-$4-$5");
const enterpriseId = uuidOf("ent", 1);
const unit: Actor = {
  role: "ENTERPRISE",
  accountId: uuidOf("acc", 1),
  displayName: "unit",
  enterpriseId,
  enterpriseApproved: true,
  personId: null,
  mustChangePassword: false,
  sessionId: null,
};
const today = todayInShanghai();
const PAGE = 20;

// --- 证书查询: one page of the unit's certificates with holder and open applications, and the count.
// Prisma as the app had it (count, findMany with listInclude: four queries) vs the app's raw list.
type Filter = "all" | "有效";
const prismaWhere = (filter: Filter): Prisma.CertificateWhereInput =>
  filter === "all"
    ? { enterpriseId, status: { not: "REVOKED" } }
    : { enterpriseId, status: "ACTIVE", expiresOn: { gt: fromDateOnly(statusBounds(today).validAfter) } };
async function certificatesPrisma(filter: Filter, page: number) {
  const where = prismaWhere(filter);
  const [total, rows] = await Promise.all([
    db.certificate.count({ where }),
    db.certificate.findMany({
      where,
      orderBy: [{ category: "asc" }, { number: "asc" }],
      skip: (page - 1) * PAGE,
      take: PAGE,
      include: listInclude,
    }),
  ]);
  return { total, rows: rows.map((c) => presentCertificate(c, today)) };
}

/** The app's list (one typed raw query for the page, one for the count), as the Prisma variant returns it. */
async function certificatesRaw(filter: Filter, page: number) {
  const { total, rows } = await listEnterpriseCertificates({
    actor: unit,
    filter: filter === "all" ? {} : { status: filter },
    page,
  });
  return { total, rows };
}

// --- the session lookup: Prisma's include (as the app had it) vs the app's raw sessionRowByHash ---
function sessionPrisma(tokenHash: string) {
  return db.session.findUnique({
    where: { tokenHash },
    include: {
      account: {
        include: { enterprise: { select: { id: true, approvedAt: true } }, person: { select: { id: true } } },
      },
    },
  });
}
/** Prisma's nested shape as the app's flat SessionRow (what toActor and the expiry checks read). */
const sessionView = (s: Awaited<ReturnType<typeof sessionPrisma>>): SessionRow | null =>
  s && {
    id: s.id,
    expiresAt: s.expiresAt,
    lastSeenAt: s.lastSeenAt,
    lastWriteAt: s.lastWriteAt,
    accountId: s.account.id,
    role: s.account.role,
    displayName: s.account.displayName,
    mustChangePassword: s.account.mustChangePassword,
    disabledAt: s.account.disabledAt,
    totpEnrolledAt: s.account.totpEnrolledAt,
    totpExempt: s.account.totpExempt,
    enterpriseId: s.account.enterprise?.id ?? null,
    enterpriseApprovedAt: s.account.enterprise?.approvedAt ?? null,
    personId: s.account.person?.id ?? null,
  };

// --- timing ---
const stats = (samples: number[]) => {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  return { mean: samples.reduce((s, x) => s + x, 0) / samples.length, p50: at(0.5), p95: at(0.95) };
};
const lines = [
  "| 读取 | 方式 | mean ms | p50 ms | p95 ms | Prisma ÷ raw (mean / p50) |",
  "|---|---|---:|---:|---:|---:|",
];
let mismatches = 0;

async function compare<P, R>(label: string, prisma: () => Promise<P>, raw: () => Promise<R>, view?: (p: P) => R) {
  const fromPrisma = await prisma();
  const same = isDeepStrictEqual(view ? view(fromPrisma) : fromPrisma, await raw());
  if (!same) mismatches++;
  for (let i = 0; i < WARMUP; i++) await Promise.all([prisma(), raw()]);
  const times = { prisma: [] as number[], raw: [] as number[] };
  for (let i = 0; i < N; i++) {
    // alternate which goes first, so that neither always runs on a warmer cache
    for (const way of i % 2 ? (["raw", "prisma"] as const) : (["prisma", "raw"] as const)) {
      const start = performance.now();
      await (way === "prisma" ? prisma() : raw());
      times[way].push(performance.now() - start);
    }
  }
  const p = stats(times.prisma);
  const r = stats(times.raw);
  const ratio = `${(p.mean / r.mean).toFixed(2)} / ${(p.p50 / r.p50).toFixed(2)}`;
  lines.push(`| ${label} | Prisma | ${p.mean.toFixed(2)} | ${p.p50.toFixed(2)} | ${p.p95.toFixed(2)} | |`);
  lines.push(
    `| ${label} | $queryRaw | ${r.mean.toFixed(2)} | ${r.p50.toFixed(2)} | ${r.p95.toFixed(2)} | ${ratio}${same ? "" : "（结果不同！）"} |`,
  );
  process.stdout.write(`${label}: ${ratio}\n`);
}

const token = randomBytes(32).toString("base64url");
const tokenHash = hashSessionToken(token);
const session = await db.session.create({
  data: { accountId: uuidOf("acc", 1), tokenHash, expiresAt: new Date(Date.now() + 3_600_000) },
});
try {
  for (const [filter, page] of [
    ["all", 1],
    ["all", 50],
    ["有效", 1],
  ] as const) {
    await compare(
      `证书查询 ${filter === "all" ? "全部" : filter} 第${page}页`,
      () => certificatesPrisma(filter, page),
      () => certificatesRaw(filter, page),
    );
  }
  await compare(
    "会话查找",
    () => sessionPrisma(tokenHash),
    () => sessionRowByHash(tokenHash),
    sessionView,
  );
} finally {
  await db.session.delete({ where: { id: session.id } });
}
console.log(`\nN = ${N}（预热 ${WARMUP}），交替执行\n${lines.join("\n")}`);
if (mismatches) console.error(`\n${mismatches} 项两种方式结果不同`);
await db.$disconnect();
process.exit(mismatches ? 1 : 0);
