// National-scale data set (issue 11): 100,000 units (five with 5,000 holders), 2,000,000 certificates,
// 3,000,000 applications with their history, notifications and audit rows, times --scale (default 0.1).
// Run: npm run bench:generate -- --scale 0.1 --database-url postgresql://postgres@127.0.0.1:5432/aq_scale
// It migrates the database (prisma migrate deploy), refuses one that already holds units, and loads
// every table set-based: one INSERT … SELECT FROM generate_series per table (in slices), PostgreSQL
// building the rows; the identifiers with check characters (统一社会信用代码, 身份证号) are computed here
// with the domain's own functions and sent as arrays (unnest). Then ANALYZE. Prints rows/s per table.
import { performance } from "node:perf_hooks";
import pg from "pg";
import { creditCodeCheckChar, isValidCreditCode } from "../lib/domain/credit-code";
import { idNumberCheckChar, isValidIdNumber } from "../lib/domain/id-number";
import { runPrismaMigrateDeploy } from "../scripts/lib/embedded-db";
import { option } from "./options";

const scale = Number(option("scale") ?? 0.1);
const databaseUrl = option("database-url") ?? process.env.DATABASE_URL;
if (!databaseUrl || !(scale > 0 && scale <= 1)) {
  console.error("用法: npm run bench:generate -- --scale 0.1 --database-url postgresql://…（scale 在 (0, 1] 之间）");
  process.exit(2);
}

export const ENTERPRISES = Math.round(100_000 * scale);
export const CERTIFICATES = Math.round(2_000_000 * scale);
const APPLICATIONS = Math.round(3_000_000 * scale);
/** 10 % of the holders hold two certificates. */
const PERSONS = Math.ceil(CERTIFICATES * 0.9);
/** The five largest units hold 5,000 certificates each (fewer if the data set is tiny). */
const BIG_UNITS = 5;
const BIG_HOLDERS = Math.min(5_000, Math.floor(CERTIFICATES / 20));
const SLICE = 100_000;

const PROVINCES: [code: string, short: string, name: string][] = [
  ["11", "京", "北京"], ["12", "津", "天津"], ["13", "冀", "河北"], ["14", "晋", "山西"], ["15", "蒙", "内蒙古"],
  ["21", "辽", "辽宁"], ["22", "吉", "吉林"], ["23", "黑", "黑龙江"], ["31", "沪", "上海"], ["32", "苏", "江苏"],
  ["33", "浙", "浙江"], ["34", "皖", "安徽"], ["35", "闽", "福建"], ["36", "赣", "江西"], ["37", "鲁", "山东"],
  ["41", "豫", "河南"], ["42", "鄂", "湖北"], ["43", "湘", "湖南"], ["44", "粤", "广东"], ["45", "桂", "广西"],
  ["46", "琼", "海南"], ["50", "渝", "重庆"], ["51", "川", "四川"], ["52", "贵", "贵州"], ["53", "云", "云南"],
  ["54", "藏", "西藏"], ["61", "陕", "陕西"], ["62", "甘", "甘肃"], ["63", "青", "青海"], ["64", "宁", "宁夏"],
  ["65", "新", "新疆"],
]; // prettier-ignore
const sqlArray = (values: string[]) => `ARRAY[${values.map((v) => `'${v}'`).join(",")}]`;
const PROVINCE_NAME = sqlArray(PROVINCES.map((p) => p[2]));
const PROVINCE_SHORT = sqlArray(PROVINCES.map((p) => p[1]));
// 40 surnames, 40 given-name characters
const SURNAMES = sqlArray([..."王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余"]);
const GIVEN = sqlArray([..."伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华建国志红玉兰文斌海波宁浩宇晨欣怡佳"]);
const WORDS = sqlArray([
  "交通",
  "路桥",
  "港航",
  "建设",
  "水运",
  "通达",
  "宏远",
  "华建",
  "中铁",
  "航务",
  "公路",
  "隧道",
]);

/** Unit n (1-based): a valid 统一社会信用代码, 91 + the province's 行政区划码 + 9 characters + check. */
function creditCode(n: number): string {
  const province = PROVINCES[n % PROVINCES.length][0];
  const first17 = `91${province}0100MA${String(n).padStart(7, "0")}`;
  const code = first17 + creditCodeCheckChar(first17);
  if (!isValidCreditCode(code)) throw new Error(`generated credit code fails the validator: ${code}`);
  return code;
}

const BIRTH_DAYS = 14_000; // born 1960-01-01 … 1998-05
/** Holder n (1-based): a valid, unique 身份证号 (birth date and sequence both derived from n). */
function idNumber(n: number): { id: string; birth: string } {
  const birth = new Date(Date.UTC(1960, 0, 1) + (n % BIRTH_DAYS) * 86_400_000).toISOString().slice(0, 10);
  const sequence = String(Math.floor(n / BIRTH_DAYS) % 1000).padStart(3, "0");
  const first17 = `${PROVINCES[n % PROVINCES.length][0]}0102${birth.replaceAll("-", "")}${sequence}`;
  const id = first17 + idNumberCheckChar(first17);
  if (!isValidIdNumber(id)) throw new Error(`generated ID number fails the validator: ${id}`);
  return { id, birth };
}

const pool = new pg.Pool({ connectionString: databaseUrl, max: 2 });
const timings: { table: string; rows: number; seconds: number }[] = [];

/** Runs `build(from, to)` over 1…total in slices, timing the table. */
async function load(table: string, total: number, build: (from: number, to: number) => Promise<unknown>) {
  const start = performance.now();
  let rows = 0;
  for (let from = 1; from <= total; from += SLICE) {
    const to = Math.min(total, from + SLICE - 1);
    await build(from, to);
    rows += to - from + 1;
    process.stdout.write(`\r${table}: ${rows}/${total}`);
  }
  const seconds = (performance.now() - start) / 1000;
  timings.push({ table, rows, seconds });
  process.stdout.write(`\r${table}: ${rows} 行，${seconds.toFixed(1)} s，${Math.round(rows / seconds)} 行/秒\n`);
}

/** How many rows PostgreSQL inserted with `sql` (a whole-table statement timed as one). */
async function loadStatement(table: string, sql: string, params: unknown[] = []) {
  const start = performance.now();
  const { rowCount } = await pool.query(sql, params);
  const seconds = (performance.now() - start) / 1000;
  timings.push({ table, rows: rowCount ?? 0, seconds });
  console.log(`${table}: ${rowCount} 行，${seconds.toFixed(1)} s，${Math.round((rowCount ?? 0) / seconds)} 行/秒`);
}

const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

// Row ids are md5 of a tag and the row number, so tables refer to each other without lookups.
const ent = (n: string) => `md5('ent' || (${n}))::uuid`;
const cer = (n: string) => `md5('cer' || (${n}))::uuid`;
const per = (n: string) => `md5('per' || (${n}))::uuid`;
/** The unit of certificate n: the big units first, then round robin; 2 % have none. */
const unitOfCertificate = (n: string) =>
  `CASE WHEN ${n} <= ${BIG_UNITS * BIG_HOLDERS} THEN 1 + (${n} - 1) / ${BIG_HOLDERS}
        WHEN ${n} % 50 = 7 THEN NULL ELSE 1 + ${n} % ${ENTERPRISES} END`;
const FILE_ID = "00000000-0000-4000-8000-000000000001";
const STAFF = { reviewer: "00000000-0000-4000-8000-0000000000a1", assessor: "00000000-0000-4000-8000-0000000000a2" };
const ADMIN = "00000000-0000-4000-8000-0000000000a3";

async function main() {
  console.log(`迁移数据库…`);
  await runPrismaMigrateDeploy({ ...process.env, DATABASE_URL: databaseUrl });
  const { rows } = await pool.query(`SELECT count(*)::int AS n FROM "Enterprise"`);
  if (rows[0].n > 0) throw new Error("数据库里已有单位：请用一个新建的空数据库");
  console.log(
    `规模 ${scale}: ${ENTERPRISES} 单位, ${PERSONS} 持证人, ${CERTIFICATES} 证书, ${APPLICATIONS} 申请（+ 历史、通知、审计）`,
  );
  const started = performance.now();

  await pool.query(`
    INSERT INTO "StoredFile" (id, key, "originalName", "mimeType", size, sha256)
    VALUES ('${FILE_ID}', 'bench/generated', 'bench.pdf', 'application/pdf', 1, '0')`);
  await pool.query(`
    INSERT INTO "Account" (id, role, username, "displayName", "passwordHash") VALUES
      ('${STAFF.reviewer}', 'REVIEWER', 'bench-reviewer', '基准审核员', 'x'),
      ('${STAFF.assessor}', 'ASSESSOR', 'bench-assessor', '基准考核员', 'x'),
      ('${ADMIN}', 'ADMIN', 'bench-admin', '基准管理员', 'x')`);
  // 60 more staff (30 审核, 30 考核) whose actions fill the audit log.
  await pool.query(`
    INSERT INTO "Account" (id, role, username, "displayName", "passwordHash")
    SELECT md5('staff' || k)::uuid, CASE WHEN k <= 30 THEN 'REVIEWER' ELSE 'ASSESSOR' END::"Role",
      CASE WHEN k <= 30 THEN 'reviewer-' || k ELSE 'assessor-' || k END, '工作人员' || k, 'x'
    FROM generate_series(1, 60) k`);

  await load("Account", ENTERPRISES, (from, to) =>
    pool.query(
      `INSERT INTO "Account" (id, role, "displayName", "passwordHash", "createdAt")
       SELECT md5('acc' || n)::uuid, 'ENTERPRISE', 'u' || n, 'x', now() - (n % 2000) * interval '1 day'
       FROM generate_series($1::int, $2::int) n`,
      [from, to],
    ),
  );
  await load("Enterprise", ENTERPRISES, (from, to) =>
    pool.query(
      `INSERT INTO "Enterprise" (id, "accountId", name, "creditCode", "legalRepresentative", "registeredAddress",
         "contactAddress", "contactName", "contactPhone", email, "qualificationType", "qualificationLevel",
         "qualificationCertNo", "qualificationExpiry", "licenseFileId", "qualificationFileId", "approvedAt",
         "createdAt", "updatedAt")
       SELECT ${ent("n")}, md5('acc' || n)::uuid,
         (${PROVINCE_NAME})[1 + n % 31] || (${WORDS})[1 + (n / 31) % 12] || (${WORDS})[1 + (n / 372) % 12]
           || n || '工程有限公司',
         code, (${SURNAMES})[1 + n % 40] || '总', '地址 ' || n, '地址 ' || n, (${SURNAMES})[1 + n % 39] || '工',
         '138' || lpad((n % 100000000)::text, 8, '0'), 'unit' || n || '@example.com', '公路工程施工总承包', '一级',
         'Q' || n, CURRENT_DATE + (n % 1000), '${FILE_ID}', '${FILE_ID}',
         CASE WHEN n % 40 = 0 THEN NULL ELSE now() END, now() - (n % 2000) * interval '1 day', now()
       FROM unnest($1::int[], $2::text[]) AS t(n, code)`,
      [range(from, to), range(from, to).map(creditCode)],
    ),
  );
  await load("Person", PERSONS, (from, to) => {
    const ids = range(from, to).map(idNumber);
    return pool.query(
      `INSERT INTO "Person" (id, name, "idNumber", "birthDate", "createdAt")
       SELECT ${per("n")}, (${SURNAMES})[1 + n % 40] || (${GIVEN})[1 + (n / 40) % 40]
           || CASE WHEN n % 3 = 0 THEN '' ELSE (${GIVEN})[1 + (n / 1600) % 40] END,
         id, birth::date, now() - (n % 2000) * interval '1 day'
       FROM unnest($1::int[], $2::text[], $3::text[]) AS t(n, id, birth)`,
      [range(from, to), ids.map((i) => i.id), ids.map((i) => i.birth)],
    );
  });
  // 浙交安C(26)G0012345: province, category, year of issue, G 公路 / S 水运, a serial unique per row.
  await load("Certificate", CERTIFICATES, (from, to) =>
    pool.query(
      `INSERT INTO "Certificate" (id, number, category, specialty, "personId", "enterpriseId", "unitName",
         "issuingAuthority", "issuedOn", "expiresOn", status, "createdAt", "updatedAt")
       SELECT ${cer("c.n")}, (${PROVINCE_SHORT})[1 + c.n % 31] || '交安' || c.cat || '('
           || to_char(c.issued, 'YY') || ')' || CASE WHEN c.n % 4 = 0 THEN 'S' ELSE 'G' END || lpad(c.n::text, 7, '0'),
         c.cat::"CertificateCategory", CASE WHEN c.n % 4 = 0 THEN 'WATERWAY' ELSE 'HIGHWAY' END::"Specialty",
         ${per(`1 + (c.n - 1) % ${PERSONS}`)}, e.id, e.name, (${PROVINCE_NAME})[1 + c.n % 31] || '交通运输厅',
         c.issued, (c.issued + interval '3 years')::date,
         CASE WHEN c.n % 50 = 3 THEN 'REVOKED' WHEN c.n % 25 = 4 THEN 'LAPSED' ELSE 'ACTIVE' END
           ::"CertificateRecordStatus",
         c.issued, c.issued + (c.n % 86400) * interval '1 second'
       FROM (SELECT n, (ARRAY['A','B','C','C','C'])[1 + n % 5] AS cat, CURRENT_DATE - (n::bigint * 7919 % 1600)::int AS issued,
               ${unitOfCertificate("n")} AS unit
             FROM generate_series($1::int, $2::int) n) c
       LEFT JOIN "Enterprise" e ON e.id = ${ent("c.unit")}`,
      [from, to],
    ),
  );

  // Applications: application n ≤ CERTIFICATES is about certificate n, later ones about certificate
  // n mod CERTIFICATES; only the first CERTIFICATES (one per certificate) and, for the unit kinds, the
  // first ENTERPRISES may be open, so the one-open-application indexes hold. 5 % of those are open.
  const kind = `(ARRAY['RENEWAL','RENEWAL','RENEWAL','RENEWAL','RENEWAL','RENEWAL','RENEWAL','UNIT_INFO_CHANGE',
    'UNIT_INFO_CHANGE','UNIT_INFO_CHANGE','TRANSFER_OUT','TRANSFER_OUT','TRANSFER_IN','TRANSFER_IN',
    'CERTIFICATE_CANCELLATION','ENTERPRISE_REGISTRATION','ENTERPRISE_REGISTRATION','NAME_CHANGE',
    'QUALIFICATION_CHANGE','QUALIFICATION_CHANGE'])[1 + n % 20]`;
  // What each certificate-bound kind stores (lib/schemas/payloads.ts); the unit kinds' snapshots are left empty.
  const PAYLOAD = `CASE a.kind
    WHEN 'RENEWAL' THEN jsonb_build_object('formFileId', '${FILE_ID}', 'supportingFileIds', '[]'::jsonb,
      'expiresOn', c."expiresOn"::text)
    WHEN 'UNIT_INFO_CHANGE' THEN jsonb_build_object('oldUnitName', coalesce(c."unitName", ''),
      'newUnitName', coalesce(c."unitName", '') || '（新）', 'formFileId', '${FILE_ID}')
    WHEN 'TRANSFER_OUT' THEN jsonb_build_object('reason', '工作调动', 'fromUnitName', coalesce(c."unitName", ''))
    WHEN 'TRANSFER_IN' THEN jsonb_build_object('reason', '工作调动', 'toUnitName', coalesce(c."unitName", ''))
    WHEN 'CERTIFICATE_CANCELLATION' THEN jsonb_build_object('reason', '本人申请', 'filedBy', 'ENTERPRISE')
    ELSE '{}'::jsonb END`;
  await load("Application", APPLICATIONS, (from, to) =>
    pool.query(
      `INSERT INTO "Application" (id, kind, status, "enterpriseId", "personId", "certificateId", payload, version,
         "submittedAt", "decidedAt", "createdAt", "updatedAt", "dueOn")
       SELECT md5('app' || a.n)::uuid, a.kind::"ApplicationKind", a.status::"ApplicationStatus",
         CASE WHEN a.unitKind THEN ${ent(`1 + a.n % ${ENTERPRISES}`)}
              ELSE coalesce(c."enterpriseId", ${ent(`1 + a.n % ${ENTERPRISES}`)}) END,
         CASE WHEN a.unitKind THEN NULL ELSE c."personId" END, CASE WHEN a.unitKind THEN NULL ELSE c.id END,
         ${PAYLOAD}, 1, a.submitted,
         CASE WHEN a.status IN ('APPROVED', 'REJECTED', 'CANCELLED') THEN a.submitted + interval '9 days' END,
         a.submitted, a.submitted, CASE WHEN a.status IN ('PENDING_REVIEW', 'PENDING_ASSESSMENT')
           THEN CURRENT_DATE + (a.n % 40 - 10) END
       FROM (SELECT n, k.kind, k.kind IN ('ENTERPRISE_REGISTRATION', 'NAME_CHANGE', 'QUALIFICATION_CHANGE') AS unitKind,
               now() - (n * 7 % 1095) * interval '1 day' - (n % 86400) * interval '1 second' AS submitted,
               CASE WHEN n % 20 < 1 AND n <= CASE WHEN k.kind IN ('ENTERPRISE_REGISTRATION', 'NAME_CHANGE',
                      'QUALIFICATION_CHANGE') THEN ${ENTERPRISES} ELSE ${CERTIFICATES} END
                    THEN (CASE WHEN k.kind LIKE 'TRANSFER%' THEN ARRAY['PENDING_UNIT','PENDING_REVIEW',
                      'PENDING_ASSESSMENT'] ELSE ARRAY['PENDING_REVIEW','PENDING_REVIEW','PENDING_ASSESSMENT']
                      END)[1 + (n / 20) % 3]
                    ELSE (ARRAY['APPROVED','APPROVED','APPROVED','APPROVED','REJECTED','CANCELLED'])[1 + (n / 20) % 6]
               END AS status
             FROM generate_series($1::int, $2::int) n, LATERAL (SELECT ${kind} AS kind) k) a
       LEFT JOIN "Certificate" c ON c.id = ${cer(`1 + (a.n - 1) % ${CERTIFICATES}`)}`,
      [from, to],
    ),
  );

  // History: every application's submission, a review for those past it, and the final decision.
  await loadStatement(
    "ApplicationEvent",
    `INSERT INTO "ApplicationEvent" (id, "applicationId", action, "fromStatus", "toStatus", "actorId", "actorRole",
       opinion, at)
     SELECT gen_random_uuid(), a.id, e.action, e."fromStatus"::"ApplicationStatus", e."toStatus"::"ApplicationStatus",
       CASE WHEN e.role = 'ENTERPRISE' THEN en."accountId" WHEN e.role = 'ASSESSOR' THEN '${STAFF.assessor}'::uuid
            ELSE '${STAFF.reviewer}'::uuid END, e.role::"Role", e.opinion, a."submittedAt" + e.after
     FROM "Application" a JOIN "Enterprise" en ON en.id = a."enterpriseId",
     LATERAL (VALUES
       ('submit', NULL, CASE WHEN a.status = 'PENDING_UNIT' THEN 'PENDING_UNIT' ELSE 'PENDING_REVIEW' END,
         'ENTERPRISE', NULL, interval '0'),
       ('approve', 'PENDING_REVIEW', 'PENDING_ASSESSMENT', 'REVIEWER', '材料齐全', interval '3 days'),
       ('issue', 'PENDING_ASSESSMENT', 'APPROVED', 'ASSESSOR', NULL, interval '9 days'),
       ('reject', 'PENDING_REVIEW', 'REJECTED', 'REVIEWER', '材料不全，请补充', interval '9 days'),
       ('cancel', 'PENDING_REVIEW', 'CANCELLED', 'ENTERPRISE', NULL, interval '9 days')
     ) AS e(action, "fromStatus", "toStatus", role, opinion, after)
     WHERE e.action = 'submit'
        OR (e.action = 'approve' AND a.status IN ('PENDING_ASSESSMENT', 'APPROVED'))
        OR (e.action = 'issue' AND a.status = 'APPROVED')
        OR (e.action = 'reject' AND a.status = 'REJECTED')
        OR (e.action = 'cancel' AND a.status = 'CANCELLED')`,
  );
  await loadStatement(
    "Notification",
    `INSERT INTO "Notification" (id, "accountId", title, body, "applicationId", "readAt", "createdAt")
     SELECT gen_random_uuid(), en."accountId", '申请已受理', '您的申请已提交，等待审核。', a.id,
       CASE WHEN a.status IN ('APPROVED', 'REJECTED', 'CANCELLED') THEN a."submittedAt" + interval '1 day' END,
       a."submittedAt"
     FROM "Application" a JOIN "Enterprise" en ON en.id = a."enterpriseId"`,
  );
  // The audit trail, one row per decided application: units' sign-ins and edits, staff resets and revocations.
  await loadStatement(
    "AuditLog",
    `INSERT INTO "AuditLog" ("actorId", "actorRole", action, "targetType", "targetId", detail, ip, at)
     SELECT CASE WHEN a.n % 4 IN (0, 3) THEN a."accountId" ELSE md5('staff' || (1 + a.n % 60))::uuid END,
       CASE WHEN a.n % 4 IN (0, 3) THEN 'ENTERPRISE' WHEN 1 + a.n % 60 <= 30 THEN 'REVIEWER' ELSE 'ASSESSOR' END
         ::"Role",
       (ARRAY['auth.login','password.staff-reset','certificate.revoke','enterprise.edit'])[1 + a.n % 4],
       (ARRAY['Account','Enterprise','Certificate','Enterprise'])[1 + a.n % 4], a.id::text, NULL,
       '10.0.' || (a.n % 250) || '.' || (a.n % 200), a."decidedAt"
     FROM (SELECT a.id, a."decidedAt", en."accountId", row_number() OVER () AS n
           FROM "Application" a JOIN "Enterprise" en ON en.id = a."enterpriseId" WHERE a."decidedAt" IS NOT NULL) a
     ORDER BY a."decidedAt"`,
  );

  const analyzeStart = performance.now();
  await pool.query("VACUUM ANALYZE");
  console.log(`VACUUM ANALYZE: ${((performance.now() - analyzeStart) / 1000).toFixed(1)} s`);
  const total = timings.reduce((sum, t) => sum + t.rows, 0);
  const seconds = (performance.now() - started) / 1000;
  console.log(`\n| 表 | 行数 | 秒 | 行/秒 |\n|---|---:|---:|---:|`);
  for (const t of timings) {
    console.log(`| ${t.table} | ${t.rows} | ${t.seconds.toFixed(1)} | ${Math.round(t.rows / t.seconds)} |`);
  }
  console.log(`| 合计 | ${total} | ${seconds.toFixed(1)} | ${Math.round(total / seconds)} |`);
}

try {
  await main();
} catch (err) {
  console.error(`\n[bench:generate] ${(err as Error).message}`);
  process.exitCode = 1;
} finally {
  await pool.end();
}
