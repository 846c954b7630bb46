import "server-only";
import { paginate } from "../paginate";
import { displayCertificateStatus, type CertificateCategory } from "@/lib/domain/certificate";
import { fromDateOnly, todayInShanghai, toDateOnly, type CalendarDate } from "@/lib/domain/calendar-date";
import { OPEN_STATUSES } from "@/lib/domain/workflow";
import { statusBounds, type CertificateStatus } from "@/lib/domain/certificate-dates";
import { maskIdNumber } from "@/lib/domain/id-number";
import { Prisma } from "@/lib/generated/prisma/client";
import { assertRole, enterpriseIdOf, type Actor } from "../auth/actor";
import { auditIdNumberSearch } from "../audit";
import { db } from "../db";
import { NotFoundError } from "../errors";

/** The holder, and the certificate's open applications (a pending renewal keeps it from showing 失效). */
export const listInclude = {
  person: true,
  applications: { where: { status: { in: [...OPEN_STATUSES] } }, select: { id: true, kind: true, status: true } },
} satisfies Prisma.CertificateInclude;
type CertificateWithPerson = Prisma.CertificateGetPayload<{ include: typeof listInclude }>;

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

const OPEN_RENEWAL = { kind: "RENEWAL", status: { in: [...OPEN_STATUSES] } } satisfies Prisma.ApplicationWhereInput;

/**
 * The shown status as a condition on the record status and the indexed expiry date (statusBounds),
 * so that a list filters and pages in SQL. Without a status: everything but 已注销, which stays
 * attached for the record but is shown only when asked for.
 */
export function certificateStatusWhere(
  status: CertificateStatus | undefined,
  today = todayInShanghai(),
): Prisma.CertificateWhereInput {
  const { validAfter, lapsedBefore } = statusBounds(today);
  const day = fromDateOnly;
  switch (status) {
    case undefined:
      return { status: { not: "REVOKED" } };
    case "已注销":
      return { status: "REVOKED" };
    case "失效":
      return {
        OR: [
          { status: "LAPSED" },
          { status: "ACTIVE", expiresOn: { lt: day(lapsedBefore) }, applications: { none: OPEN_RENEWAL } },
        ],
      };
    case "已过期":
      return {
        status: "ACTIVE",
        expiresOn: { lt: day(today) },
        OR: [{ expiresOn: { gte: day(lapsedBefore) } }, { applications: { some: OPEN_RENEWAL } }],
      };
    case "即将到期":
      return { status: "ACTIVE", expiresOn: { gte: day(today), lte: day(validAfter) } };
    case "有效":
      return { status: "ACTIVE", expiresOn: { gt: day(validAfter) } };
  }
}

function enterpriseCertificateWhere(actor: Actor, filter: CertificateFilter, today: CalendarDate) {
  const q = filter.q?.trim();
  return {
    enterpriseId: enterpriseIdOf(actor),
    ...(filter.category ? { category: filter.category } : {}),
    ...(q ? { OR: [{ person: { name: { contains: q } } }, { number: { contains: q.toUpperCase() } }] } : {}),
    AND: [certificateStatusWhere(filter.status, today)],
  } satisfies Prisma.CertificateWhereInput;
}

const ENTERPRISE_LIST_ORDER = [
  { category: "asc" },
  { number: "asc" },
] satisfies Prisma.CertificateOrderByWithRelationInput[];

/** 证书查询 for an enterprise: its own certificates, filtered and paged in SQL. */
export async function listEnterpriseCertificates(input: { actor: Actor; filter: CertificateFilter; page?: number }) {
  const today = todayInShanghai();
  const where = enterpriseCertificateWhere(input.actor, input.filter, today);
  const result = await paginate(
    input.page,
    () => db.certificate.count({ where }),
    (window) => db.certificate.findMany({ where, orderBy: ENTERPRISE_LIST_ORDER, ...window, include: listInclude }),
  );
  return { ...result, rows: result.rows.map((c) => presentCertificate(c, today)) };
}

/** 导出Excel reads this many certificates per query. */
export const EXPORT_PAGE_SIZE = 1_000;

/** How many certificates 导出Excel will write (for its audit row). */
export function countEnterpriseCertificates(actor: Actor, filter: CertificateFilter): Promise<number> {
  return db.certificate.count({ where: enterpriseCertificateWhere(actor, filter, todayInShanghai()) });
}

/**
 * All matching rows, for 导出Excel, in the list's order, read `pageSize` at a time: each page starts
 * after the last row of the one before (Prisma's cursor compares (category, number) with the cursor
 * row's, served by the index), so memory stays flat however many the unit holds.
 */
export async function* streamEnterpriseCertificateRows(
  actor: Actor,
  filter: CertificateFilter,
  pageSize = EXPORT_PAGE_SIZE,
): AsyncGenerator<CertificateRow> {
  const today = todayInShanghai();
  const where = enterpriseCertificateWhere(actor, filter, today);
  let after: string | undefined;
  for (;;) {
    const page = await db.certificate.findMany({
      where,
      orderBy: ENTERPRISE_LIST_ORDER,
      take: pageSize,
      ...(after ? { cursor: { id: after }, skip: 1 } : {}),
      include: listInclude,
    });
    for (const c of page) yield presentCertificate(c, today);
    if (page.length < pageSize) return;
    after = page[page.length - 1].id;
  }
}

/** All matching rows at once (the same reads), where a caller wants a list. */
export async function enterpriseCertificateRows(actor: Actor, filter: CertificateFilter): Promise<CertificateRow[]> {
  const rows: CertificateRow[] = [];
  for await (const row of streamEnterpriseCertificateRows(actor, filter)) rows.push(row);
  return rows;
}

/**
 * 证书登记簿's search: certificates whose number contains q, whose holder's name contains q, or whose
 * holder's ID number is q. A UNION, so that each arm uses its own index (trigram on the number and on
 * the name, unique on the ID number): one WHERE with an OR across the join would scan both tables.
 */
function registerMatches(q: string) {
  const upper = q.toUpperCase();
  return Prisma.sql`
    SELECT id FROM "Certificate" WHERE number LIKE ${`%${upper}%`}
    UNION SELECT c.id FROM "Certificate" c JOIN "Person" p ON p.id = c."personId" WHERE p.name LIKE ${`%${q}%`}
    UNION SELECT c.id FROM "Certificate" c JOIN "Person" p ON p.id = c."personId" WHERE p."idNumber" = ${upper}`;
}

const REGISTER_ORDER = [{ updatedAt: "desc" }, { id: "desc" }] satisfies Prisma.CertificateOrderByWithRelationInput[];

/** 证书登记簿 for staff: search by number, holder name or full ID number; full ID shown. */
export async function searchCertificatesForStaff(input: { actor: Actor; q?: string; page?: number }) {
  assertRole(input.actor, ["REVIEWER", "ASSESSOR"]);
  const q = input.q?.trim();
  await auditIdNumberSearch(input.actor, q, "certificates");
  const result = q
    ? await paginate(
        input.page,
        async () =>
          (await db.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM (${registerMatches(q)}) m`)[0].n,
        async ({ skip, take }) => {
          const ids = await db.$queryRaw<{ id: string }[]>`
            SELECT c.id FROM "Certificate" c WHERE c.id IN (${registerMatches(q)})
            ORDER BY c."updatedAt" DESC, c.id DESC LIMIT ${take} OFFSET ${skip}`;
          return db.certificate.findMany({
            where: { id: { in: ids.map((r) => r.id) } },
            orderBy: REGISTER_ORDER,
            include: listInclude,
          });
        },
      )
    : await paginate(
        input.page,
        () => db.certificate.count(),
        (window) => db.certificate.findMany({ orderBy: REGISTER_ORDER, ...window, include: listInclude }),
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
