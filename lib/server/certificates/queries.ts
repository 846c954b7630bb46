import "server-only";
import { paginate } from "../paginate";
import { displayCertificateStatus, type CertificateCategory } from "@/lib/domain/certificate";
import { todayInShanghai, toDateOnly, type CalendarDate } from "@/lib/domain/calendar-date";
import { OPEN_STATUSES } from "@/lib/domain/workflow";
import { statusBounds, type CertificateStatus } from "@/lib/domain/certificate-dates";
import { maskIdNumber } from "@/lib/domain/id-number";
import {
  Prisma,
  type Application,
  type Certificate,
  type Person,
  type PrismaClient,
} from "@/lib/generated/prisma/client";
import { assertRole, enterpriseIdOf, type Actor } from "../auth/actor";
import { auditIdNumberSearch } from "../audit";
import { db } from "../db";
import { readDb } from "../read-db";
import { NotFoundError } from "../errors";
import { certificatesNumbered, containing, holdersMatching } from "../search/matches";
import { paginateSql } from "../search/paginate-sql";

/** The holder, and the certificate's open applications (a pending renewal keeps it from showing 失效). */
export const listInclude = {
  person: true,
  applications: { where: { status: { in: [...OPEN_STATUSES] } }, select: { id: true, kind: true, status: true } },
} satisfies Prisma.CertificateInclude;
/** What a list row is made of: the certificate, its holder's name and ID number, its open applications. */
type CertificateWithPerson = Certificate & {
  person: Pick<Person, "name" | "idNumber">;
  applications: Pick<Application, "id" | "kind" | "status">[];
};

/** A certificate as shown in lists: dates as calendar dates, the status computed for today. */
export function presentCertificate(
  c: CertificateWithPerson,
  today = todayInShanghai(),
  opts: { maskId: boolean } = { maskId: true },
) {
  const expiresOn = toDateOnly(c.expiresOn);
  return {
    id: c.id,
    number: c.number,
    category: c.category,
    specialty: c.specialty,
    holderName: c.person.name,
    idNumber: opts.maskId ? maskIdNumber(c.person.idNumber) : c.person.idNumber,
    unitName: c.unitName,
    issuingAuthority: c.issuingAuthority,
    issuedOn: toDateOnly(c.issuedOn),
    expiresOn,
    status: displayCertificateStatus({
      expiresOn,
      recordStatus: c.status,
      today,
      renewalPending: c.applications.some((a) => a.kind === "RENEWAL"),
    }),
  };
}
export type CertificateRow = ReturnType<typeof presentCertificate>;

export interface CertificateFilter {
  category?: CertificateCategory;
  status?: CertificateStatus;
  /** 姓名 or 证书编号 */
  q?: string;
}

/**
 * The shown status as a condition on `c` (the record status and the indexed expiry date, statusBounds),
 * so that a list filters and pages in SQL. Without a status: everything but 已注销, which stays
 * attached for the record but is shown only when asked for.
 */
export function certificateStatusCondition(
  status: CertificateStatus | undefined,
  today = todayInShanghai(),
): Prisma.Sql {
  const { validAfter, lapsedBefore } = statusBounds(today);
  const openRenewal = Prisma.sql`EXISTS (SELECT 1 FROM "Application" r WHERE r."certificateId" = c.id
    AND r.kind = 'RENEWAL' AND r.status = ANY(${OPEN_STATUSES}::"ApplicationStatus"[]))`;
  switch (status) {
    case undefined:
      return Prisma.sql`c.status <> 'REVOKED'`;
    case "已注销":
      return Prisma.sql`c.status = 'REVOKED'`;
    case "失效":
      return Prisma.sql`(c.status = 'LAPSED'
        OR (c.status = 'ACTIVE' AND c."expiresOn" < ${lapsedBefore}::date AND NOT ${openRenewal}))`;
    case "已过期":
      return Prisma.sql`c.status = 'ACTIVE' AND c."expiresOn" < ${today}::date
        AND (c."expiresOn" >= ${lapsedBefore}::date OR ${openRenewal})`;
    case "即将到期":
      return Prisma.sql`c.status = 'ACTIVE' AND c."expiresOn" >= ${today}::date AND c."expiresOn" <= ${validAfter}::date`;
    case "有效":
      return Prisma.sql`c.status = 'ACTIVE' AND c."expiresOn" > ${validAfter}::date`;
  }
}

/** The unit's own certificates passing the filter, as a condition on `c`: the scope is in the query. */
function enterpriseCertificateCondition(actor: Actor, filter: CertificateFilter, today: CalendarDate) {
  const q = filter.q?.trim();
  // The holder's name is read per certificate by primary key: the unit's rows are few, and a join
  // would hash the whole Person table.
  const holderName = Prisma.sql`(SELECT p.name FROM "Person" p WHERE p.id = c."personId")`;
  return Prisma.join(
    [
      Prisma.sql`c."enterpriseId" = ${enterpriseIdOf(actor)}::uuid`,
      ...(filter.category ? [Prisma.sql`c.category = ${filter.category}::"CertificateCategory"`] : []),
      ...(q ? [Prisma.sql`(${holderName} LIKE ${containing(q)} OR c.number LIKE ${containing(q.toUpperCase())})`] : []),
      certificateStatusCondition(filter.status, today),
    ],
    " AND ",
  );
}

/**
 * The certificates passing `where` (over `c`) in the unit list's order (category, number), or one
 * window of them, with their holders and open applications: one typed raw query, where Prisma's
 * include took four and twice the time (bench/prisma-vs-raw.ts, docs/ARCHITECTURE.md).
 */
function listedCertificates(client: PrismaClient, where: Prisma.Sql, window?: { skip: number; take: number }) {
  return client.$queryRaw<CertificateWithPerson[]>`
    SELECT c.*, jsonb_build_object('name', p.name, 'idNumber', p."idNumber") AS person,
      coalesce((SELECT jsonb_agg(jsonb_build_object('id', a.id, 'kind', a.kind, 'status', a.status))
                  FROM "Application" a
                 WHERE a."certificateId" = c.id AND a.status = ANY(${OPEN_STATUSES}::"ApplicationStatus"[])),
               '[]') AS applications
    FROM (SELECT * FROM "Certificate" c WHERE ${where} ORDER BY c.category, c.number
          ${window ? Prisma.sql`LIMIT ${window.take} OFFSET ${window.skip}` : Prisma.empty}) c
    JOIN "Person" p ON p.id = c."personId"
    ORDER BY c.category, c.number`;
}

/** 证书查询 for an enterprise: its own certificates, filtered and paged in SQL. */
export async function listEnterpriseCertificates(input: { actor: Actor; filter: CertificateFilter; page?: number }) {
  const today = todayInShanghai();
  const where = enterpriseCertificateCondition(input.actor, input.filter, today);
  const reader = await readDb();
  const result = await paginate(
    input.page,
    async () =>
      (await reader.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM "Certificate" c WHERE ${where}`)[0].n,
    (window) => listedCertificates(reader, where, window),
  );
  return { ...result, rows: result.rows.map((c) => presentCertificate(c, today)) };
}

/** 导出Excel reads this many certificates per query. */
export const EXPORT_PAGE_SIZE = 1_000;

/** How many certificates 导出Excel will write (for its audit row). */
export async function countEnterpriseCertificates(actor: Actor, filter: CertificateFilter): Promise<number> {
  const where = enterpriseCertificateCondition(actor, filter, todayInShanghai());
  const reader = await readDb();
  return (await reader.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM "Certificate" c WHERE ${where}`)[0].n;
}

/**
 * All matching rows, for 导出Excel, in the list's order, read `pageSize` at a time: each page starts
 * after the last row of the one before (a keyset on (category, number), served by the unit's index),
 * so memory stays flat however many the unit holds.
 */
export async function* streamEnterpriseCertificateRows(
  actor: Actor,
  filter: CertificateFilter,
  pageSize = EXPORT_PAGE_SIZE,
): AsyncGenerator<CertificateRow> {
  const today = todayInShanghai();
  const where = enterpriseCertificateCondition(actor, filter, today);
  const reader = await readDb();
  let after: Prisma.Sql = Prisma.empty;
  for (;;) {
    const page = await listedCertificates(reader, Prisma.sql`${where}${after}`, { skip: 0, take: pageSize });
    for (const c of page) yield presentCertificate(c, today);
    if (page.length < pageSize) return;
    const last = page[page.length - 1];
    after = Prisma.sql` AND (c.category, c.number) > (${last.category}::"CertificateCategory", ${last.number})`;
  }
}

/** All matching rows at once (the same reads), where a caller wants a list. */
export async function enterpriseCertificateRows(actor: Actor, filter: CertificateFilter): Promise<CertificateRow[]> {
  const rows: CertificateRow[] = [];
  for await (const row of streamEnterpriseCertificateRows(actor, filter)) rows.push(row);
  return rows;
}

/**
 * 证书登记簿's search: certificates whose number contains q, or whose holder's name contains q or ID
 * number is q. A UNION, so that each arm uses its own index (trigram on the number, grams on the name,
 * unique on the ID number): one WHERE with an OR across the join would scan both tables.
 */
const registerMatches = (q: string) =>
  Prisma.sql`${certificatesNumbered(q)} UNION SELECT c.id FROM "Certificate" c WHERE c."personId" IN (${holdersMatching(q)})`;

const REGISTER_ORDER = [{ updatedAt: "desc" }, { id: "desc" }] satisfies Prisma.CertificateOrderByWithRelationInput[];

/** 证书登记簿 for staff: search by number, holder name or full ID number; full ID shown. */
export async function searchCertificatesForStaff(input: { actor: Actor; q?: string; page?: number }) {
  assertRole(input.actor, ["REVIEWER", "ASSESSOR"]);
  const q = input.q?.trim();
  await auditIdNumberSearch(input.actor, q, "certificates");
  const reader = await readDb();
  const result = q
    ? await paginateSql(
        input.page,
        {
          ids: Prisma.sql`SELECT c.id FROM "Certificate" c WHERE c.id IN (${registerMatches(q)})`,
          orderBy: Prisma.sql`c."updatedAt" DESC, c.id DESC`,
        },
        (ids) => reader.certificate.findMany({ where: { id: { in: ids } }, include: listInclude }),
        reader,
      )
    : await paginate(
        input.page,
        (take) => reader.certificate.count({ take }),
        (window) => reader.certificate.findMany({ orderBy: REGISTER_ORDER, ...window, include: listInclude }),
      );
  const today = todayInShanghai();
  return { ...result, rows: result.rows.map((c) => presentCertificate(c, today, { maskId: false })) };
}

/** One certificate with its whole history, for staff. */
export async function getCertificateForStaff({ actor, certificateId }: { actor: Actor; certificateId: string }) {
  assertRole(actor, ["REVIEWER", "ASSESSOR"]);
  if (!/^[0-9a-f-]{36}$/i.test(certificateId)) throw new NotFoundError();
  const certificate = await db.certificate.findUnique({
    where: { id: certificateId },
    include: {
      ...listInclude,
      events: {
        orderBy: { at: "asc" },
        include: { application: { select: { id: true, kind: true } }, actor: { select: { displayName: true } } },
      },
    },
  });
  if (!certificate) throw new NotFoundError();
  const row = presentCertificate(certificate, todayInShanghai(), { maskId: false });
  return { ...row, version: certificate.version, events: certificate.events };
}
