// Benchmark: the 统计 aggregates at scale (issue 9 §5: aggregated in SQL, never counted in the app).
// Run: npm run bench:statistics -- --database-url postgresql://…  (a bench:generate data set, or a scratch
// database: one with fewer than 3,100 units is first seeded set-based by PostgreSQL (generate_series),
// sizes from BENCH_APPLICATIONS / BENCH_CERTIFICATES). Prints figures; asserts nothing.
import { performance } from "node:perf_hooks";
import type { Actor } from "../lib/server/auth/actor";
import { db } from "../lib/server/db";
import { getStatistics } from "../lib/server/statistics/get-statistics";
import { databaseUrlOption } from "./options";

databaseUrlOption("用法: npm run bench:statistics -- --database-url postgresql://…");
const APPLICATIONS = Number(process.env.BENCH_APPLICATIONS ?? 500_000);
const CERTIFICATES = Number(process.env.BENCH_CERTIFICATES ?? 500_000);
const ENTERPRISES = 3100; // 100 in each of 31 provinces
const RUNS = 5;

const PROVINCES = "11 12 13 14 15 21 22 23 31 32 33 34 35 36 37 41 42 43 44 45 46 50 51 52 53 54 61 62 63 64 65";
const PROVINCE_LIST = `ARRAY[${PROVINCES.split(" ")
  .map((p) => `'${p}'`)
  .join(",")}]`;

async function seed() {
  if ((await db.enterprise.count()) >= ENTERPRISES) return;
  console.log(`seeding ${ENTERPRISES} units, ${APPLICATIONS} applications (+ events), ${CERTIFICATES} certificates…`);
  // Not valid credit codes (the check character is not computed): the statistics read positions 3–4 only.
  await db.$executeRawUnsafe(`
    INSERT INTO "StoredFile" (id, key, "originalName", "mimeType", size, sha256)
    VALUES ('00000000-0000-4000-8000-000000000001', 'bench/statistics', 'bench.pdf', 'application/pdf', 1, '0')
    ON CONFLICT DO NOTHING`);
  await db.$executeRawUnsafe(`
    INSERT INTO "Account" (id, role, "displayName", "passwordHash")
    SELECT md5('acc' || n)::uuid, 'ENTERPRISE', '基准单位' || n, 'x' FROM generate_series(1, ${ENTERPRISES}) n`);
  await db.$executeRawUnsafe(`
    INSERT INTO "Enterprise" (id, "accountId", name, "creditCode", "legalRepresentative", "registeredAddress",
      "contactAddress", "contactName", "contactPhone", email, "qualificationType", "qualificationLevel",
      "qualificationCertNo", "qualificationExpiry", "licenseFileId", "qualificationFileId", "approvedAt", "updatedAt")
    SELECT md5('ent' || n)::uuid, md5('acc' || n)::uuid, '基准单位' || n,
      '91' || (${PROVINCE_LIST})[1 + n % 31] || '0100MA' || lpad(n::text, 8, '0'), '张三', '地址', '地址', '李四',
      '13800138000', 'bench' || n || '@example.com', '公路工程施工总承包', '一级', 'Q' || n, DATE '2030-01-01',
      '00000000-0000-4000-8000-000000000001', '00000000-0000-4000-8000-000000000001', now(), now()
    FROM generate_series(1, ${ENTERPRISES}) n`);
  const kinds = `(ARRAY['ENTERPRISE_REGISTRATION','NAME_CHANGE','QUALIFICATION_CHANGE','UNIT_INFO_CHANGE',
    'TRANSFER_OUT','TRANSFER_IN','RENEWAL','CERTIFICATE_CANCELLATION'])[1 + n % 8]::"ApplicationKind"`;
  // At most one open 注册/名称/资质 application per unit (a partial unique index): those are all decided.
  const statuses = `(CASE WHEN n % 8 < 3 THEN (ARRAY['APPROVED','APPROVED','REJECTED','CANCELLED'])[1 + (n / 8) % 4]
    ELSE (ARRAY['PENDING_REVIEW','PENDING_ASSESSMENT','APPROVED','APPROVED','APPROVED','REJECTED','CANCELLED'])
      [1 + (n / 8) % 7] END)::"ApplicationStatus"`;
  // Decided ones carry decidedAt (as transition sets it), 0–29 days after the submission, and the event.
  await db.$executeRawUnsafe(`
    INSERT INTO "Application" (id, kind, status, "enterpriseId", payload, "submittedAt", "decidedAt", "updatedAt")
    SELECT id, kind, status, "enterpriseId", '{}', submitted,
      CASE WHEN status IN ('APPROVED', 'REJECTED', 'CANCELLED') THEN submitted + (n % 30) * interval '1 day' END, now()
    FROM (SELECT n, md5('app' || n)::uuid AS id, ${kinds} AS kind, ${statuses} AS status,
            md5('ent' || (1 + n % ${ENTERPRISES}))::uuid AS "enterpriseId",
            now() - (n % 1095) * interval '1 day' - (n % 86400) * interval '1 second' AS submitted
          FROM generate_series(1, ${APPLICATIONS}) n) a`);
  await db.$executeRawUnsafe(`
    INSERT INTO "ApplicationEvent" (id, "applicationId", action, "toStatus", "actorRole", at)
    SELECT gen_random_uuid(), a.id, 'submit', 'PENDING_REVIEW', 'ENTERPRISE', a."submittedAt" FROM "Application" a`);
  await db.$executeRawUnsafe(`
    INSERT INTO "ApplicationEvent" (id, "applicationId", action, "toStatus", "actorRole", at)
    SELECT gen_random_uuid(), a.id, 'decide', a.status, 'REVIEWER', a."decidedAt"
    FROM "Application" a WHERE a.status IN ('APPROVED', 'REJECTED')`);
  await db.$executeRawUnsafe(`
    INSERT INTO "Person" (id, name, "idNumber", "birthDate")
    SELECT md5('per' || n)::uuid, '持证人' || n, 'B' || lpad(n::text, 17, '0'), DATE '1980-01-01'
    FROM generate_series(1, ${CERTIFICATES}) n`);
  await db.$executeRawUnsafe(`
    INSERT INTO "Certificate" (id, number, category, specialty, "personId", "enterpriseId", "unitName",
      "issuingAuthority", "issuedOn", "expiresOn", status, "updatedAt")
    SELECT md5('cer' || n)::uuid, 'BENCH' || n, (ARRAY['A','B','C'])[1 + n % 3]::"CertificateCategory",
      (ARRAY['HIGHWAY','WATERWAY'])[1 + n % 2]::"Specialty", md5('per' || n)::uuid,
      CASE WHEN n % 50 = 0 THEN NULL ELSE md5('ent' || (1 + n % ${ENTERPRISES}))::uuid END, '基准单位',
      '交通运输厅', CURRENT_DATE - (n % 1500), CURRENT_DATE - (n % 1500) + 1095,
      (ARRAY['ACTIVE','ACTIVE','ACTIVE','ACTIVE','ACTIVE','ACTIVE','ACTIVE','ACTIVE','LAPSED','REVOKED'])[1 + n % 10]
        ::"CertificateRecordStatus", now()
    FROM generate_series(1, ${CERTIFICATES}) n`);
  await db.$executeRawUnsafe(`ANALYZE`);
}

async function time(label: string, fn: () => Promise<unknown>) {
  const samples: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t = performance.now();
    await fn();
    samples.push(performance.now() - t);
  }
  samples.sort((a, b) => a - b);
  const median = samples[Math.floor(samples.length / 2)];
  console.log(`${label}: median ${median.toFixed(0)} ms · max ${samples.at(-1)!.toFixed(0)} ms (n=${RUNS})`);
}

async function main() {
  await seed();
  const counts = await db.$queryRaw<{ a: number; e: number; c: number }[]>`
    SELECT (SELECT count(*)::int FROM "Application") a, (SELECT count(*)::int FROM "ApplicationEvent") e,
      (SELECT count(*)::int FROM "Certificate") c`;
  console.log(`rows: ${JSON.stringify(counts[0])}`);
  const actor = { role: "REVIEWER" } as Actor;
  await time("getStatistics, no filter", () => getStatistics({ actor, filter: {} }));
  await time("getStatistics, one province", () => getStatistics({ actor, filter: { province: "33" } }));
  await time("getStatistics, one quarter", () =>
    getStatistics({ actor, filter: { from: "2026-01-01", to: "2026-03-31" } }),
  );
  await db.$disconnect();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
