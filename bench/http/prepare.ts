// What `npm run bench` needs in a generated data set (bench/generate.ts), prepared idempotently with
// plain SQL: the domain has no function that sets a password without a reset-and-change round, moves a
// certificate's expiry, or deletes applications. The accounts sign in through the real login action.
import { inTransaction } from "../support/pg-transaction";
import pg from "pg";
import { OPEN_STATUSES } from "../../lib/domain/workflow";
import { hashPassword } from "../../lib/server/auth/password";

export const BENCH_PASSWORD = "Bench@2026";
/** The note of every renewal the benchmark submits: how a later run finds and removes them. */
export const BENCH_NOTE = "npm run bench";
const HOLDER_EMAIL = "bench-holder@example.com";
const OPEN = OPEN_STATUSES.map((s) => `'${s}'`).join(",");
// Inside the renewal window (3 months before expiry … 2 months after) with days to spare at both ends.
const IN_WINDOW = `c."expiresOn" BETWEEN CURRENT_DATE - 55 AND CURRENT_DATE + 85`;
// ACTIVE, no open application, no returned renewal (that one is corrected with 【修改】, not filed again).
// Data sets generated before the generator set the UUID version and variant bits hold ids the forms
// refuse (z.uuid: 参数错误); only the ids a form accepts are used.
const RENEWABLE = `c.id::text ~ '^.{14}[1-8].{4}[89ab]' AND c.status = 'ACTIVE'
  AND NOT EXISTS (SELECT 1 FROM "Application" a WHERE a."certificateId" = c.id AND a.status IN (${OPEN}))
  AND NOT EXISTS (SELECT 1 FROM "Application" a WHERE a."certificateId" = c.id AND a.kind = 'RENEWAL'
                  AND a.status = 'REJECTED')`;

export interface Fixture {
  unit: { id: string; creditCode: string; certificates: number };
  holder: { idNumber: string; personId: string };
  /** a waiting renewal (not the benchmark's): what the queue searches look for */
  queued: { name: string; idNumber: string; number: string };
  /** a certificate for 证书查询 and 证书查验 */
  verify: { id: string; number: string; holderName: string };
  /** a holder-name fragment for the 证书登记簿 search */
  registerQuery: string;
}

export async function prepare(pool: pg.Pool): Promise<Fixture> {
  const hash = await hashPassword(BENCH_PASSWORD);
  await removeBenchRenewals(pool);

  // The unit with the most certificates (bench/generate.ts makes five with 5,000).
  const {
    rows: [big],
  } = await pool.query<{ id: string; n: number }>(
    `SELECT "enterpriseId" AS id, count(*)::int AS n FROM "Certificate" WHERE "enterpriseId" IS NOT NULL
     GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 1`,
  );
  if (!big) throw new Error("数据库里没有证书：先运行 npm run bench:generate");
  const {
    rows: [unit],
  } = await pool.query<{ creditCode: string; accountId: string }>(
    `UPDATE "Enterprise" SET "approvedAt" = coalesce("approvedAt", now()) WHERE id = $1
     RETURNING "creditCode", "accountId"`,
    [big.id],
  );
  await pool.query(
    `UPDATE "Account" SET "passwordHash" = $2, "mustChangePassword" = false, "disabledAt" = NULL WHERE id = $1`,
    [unit.accountId, hash],
  );

  for (const [username, role, name] of [
    ["bench-reviewer", "REVIEWER", "基准审核员"],
    ["bench-assessor", "ASSESSOR", "基准考核员"],
  ]) {
    await pool.query(
      `INSERT INTO "Account" (id, role, username, "displayName", "passwordHash", "totpExempt")
       VALUES (gen_random_uuid(), $2::"Role", $1, $3, $4, true)
       ON CONFLICT (username) DO UPDATE SET "passwordHash" = $4, "totpExempt" = true,
         "mustChangePassword" = false, "disabledAt" = NULL`,
      [username, role, name, hash],
    );
  }

  return {
    unit: { id: big.id, creditCode: unit.creditCode, certificates: big.n },
    holder: await prepareHolder(pool, big.id, hash),
    queued: await queuedRenewal(pool),
    verify: await verifiable(pool),
    registerQuery: (await queuedRenewal(pool)).name.slice(0, 2),
  };
}

/** A 个人端 account (confirmed, as prisma/seed.ts makes them) bound to a holder of the unit with applications. */
async function prepareHolder(pool: pg.Pool, unitId: string, hash: string) {
  const existing = await pool.query<{ accountId: string; idNumber: string; personId: string }>(
    `SELECT h."accountId", p."idNumber", p.id AS "personId" FROM "HolderProfile" h
     JOIN "Person" p ON p."accountId" = h."accountId" WHERE h.email = $1`,
    [HOLDER_EMAIL],
  );
  if (existing.rows[0]) {
    await pool.query(`UPDATE "Account" SET "passwordHash" = $2 WHERE id = $1`, [existing.rows[0].accountId, hash]);
    return existing.rows[0];
  }
  const {
    rows: [person],
  } = await pool.query<{ personId: string; idNumber: string; name: string }>(
    `SELECT p.id AS "personId", p."idNumber", p.name FROM "Application" a JOIN "Person" p ON p.id = a."personId"
     WHERE a."enterpriseId" = $1 AND p."accountId" IS NULL GROUP BY p.id ORDER BY count(*) DESC, p.id LIMIT 1`,
    [unitId],
  );
  if (!person) throw new Error("没有带申请的持证人");
  await inTransaction(pool, async (client) => {
    const {
      rows: [account],
    } = await client.query<{ id: string }>(
      `INSERT INTO "Account" (id, role, "displayName", "passwordHash") VALUES (gen_random_uuid(), 'PERSON', $1, $2)
       RETURNING id`,
      [person.name, hash],
    );
    await client.query(`INSERT INTO "HolderProfile" ("accountId", name, "idNumber", email) VALUES ($1, $2, $3, $4)`, [
      account.id,
      person.name,
      person.idNumber,
      HOLDER_EMAIL,
    ]);
    await client.query(`UPDATE "Person" SET "accountId" = $1 WHERE id = $2`, [account.id, person.personId]);
    await client.query(
      `INSERT INTO "PersonBinding" (id, "accountId", "personId", status, "decidedAt")
       VALUES (gen_random_uuid(), $1, $2, 'CONFIRMED', now())`,
      [account.id, person.personId],
    );
  });
  return { idNumber: person.idNumber, personId: person.personId };
}

async function queuedRenewal(pool: pg.Pool) {
  const {
    rows: [row],
  } = await pool.query<{ name: string; idNumber: string; number: string }>(
    `SELECT p.name, p."idNumber", c.number FROM "Application" a
     JOIN "Certificate" c ON c.id = a."certificateId" JOIN "Person" p ON p.id = a."personId"
     WHERE a.kind = 'RENEWAL' AND a.status = 'PENDING_REVIEW' AND a.payload->>'note' IS DISTINCT FROM $1
     ORDER BY a."submittedAt" DESC LIMIT 1`,
    [BENCH_NOTE],
  );
  if (!row) throw new Error("没有待审核的延续申请");
  return row;
}

async function verifiable(pool: pg.Pool) {
  const {
    rows: [row],
  } = await pool.query<{ id: string; number: string; holderName: string }>(
    `SELECT c.id, c.number, p.name AS "holderName" FROM "Certificate" c JOIN "Person" p ON p.id = c."personId"
     WHERE c.status = 'ACTIVE' AND c."expiresOn" > CURRENT_DATE + 120 ORDER BY c.number LIMIT 1`,
  );
  return row;
}

/** Removes what earlier runs submitted (their renewals, with their history and notifications). */
export async function removeBenchRenewals(pool: pg.Pool) {
  const ids = `SELECT id FROM "Application" WHERE kind = 'RENEWAL' AND payload->>'note' = $1`;
  await pool.query(`DELETE FROM "Notification" WHERE "applicationId" IN (${ids})`, [BENCH_NOTE]);
  const { rowCount } = await pool.query(`DELETE FROM "Application" WHERE id IN (${ids})`, [BENCH_NOTE]);
  return rowCount ?? 0;
}

/**
 * `count` certificates of the unit that can be renewed today; when the data set has too few inside
 * the window, the expiry of further ones is moved into it (the unit's other figures barely change).
 */
export async function renewableCertificates(pool: pg.Pool, unitId: string, count: number): Promise<string[]> {
  const pick = () =>
    pool.query<{ id: string }>(
      `SELECT c.id FROM "Certificate" c WHERE c."enterpriseId" = $1 AND ${IN_WINDOW} AND ${RENEWABLE}
       ORDER BY c.id LIMIT $2`,
      [unitId, count],
    );
  let { rows } = await pick();
  if (rows.length < count) {
    await pool.query(
      `UPDATE "Certificate" SET "expiresOn" = CURRENT_DATE + 30 + (hashtext(id::text) & 31)
       WHERE id IN (SELECT c.id FROM "Certificate" c WHERE c."enterpriseId" = $1 AND NOT (${IN_WINDOW})
                    AND ${RENEWABLE} ORDER BY c.id LIMIT $2)`,
      [unitId, count - rows.length],
    );
    ({ rows } = await pick());
  }
  if (rows.length < count) throw new Error(`单位可延续的证书只有 ${rows.length} 本，需要 ${count} 本`);
  return rows.map((r) => r.id);
}

/** The benchmark's renewals waiting for the 审核部门, as the queue's checkbox values ("id:version"). */
export async function waitingBenchRenewals(pool: pg.Pool, unitId: string, limit: number): Promise<string[]> {
  const { rows } = await pool.query<{ item: string }>(
    `SELECT id || ':' || version AS item FROM "Application"
     WHERE "enterpriseId" = $1 AND kind = 'RENEWAL' AND status = 'PENDING_REVIEW' AND payload->>'note' = $2
     ORDER BY "submittedAt", id LIMIT $3`,
    [unitId, BENCH_NOTE, limit],
  );
  return rows.map((r) => r.item);
}
