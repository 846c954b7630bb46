import "server-only";
import { paginate, paginateRows } from "../paginate";
import { displayCertificateStatus, type CertificateCategory } from "@/lib/domain/certificate";
import { todayInShanghai, toDateOnly } from "@/lib/domain/calendar-date";
import { OPEN_STATUSES } from "@/lib/domain/workflow";
import type { CertificateStatus } from "@/lib/domain/certificate-dates";
import { maskIdNumber } from "@/lib/domain/id-number";
import type { Prisma } from "@/lib/generated/prisma/client";
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

/**
 * 证书查询 for an enterprise: its own certificates, filtered. The status is computed from today's
 * date, so it is filtered after reading; a unit's certificates number in the hundreds at most.
 */
export async function listEnterpriseCertificates(input: { actor: Actor; filter: CertificateFilter; page?: number }) {
  return paginateRows(await enterpriseCertificateRows(input.actor, input.filter), input.page);
}

/** All matching rows, for 导出 Excel. Without a status filter: the active ones (no 已注销). */
export async function enterpriseCertificateRows(actor: Actor, filter: CertificateFilter): Promise<CertificateRow[]> {
  const q = filter.q?.trim();
  const certificates = await db.certificate.findMany({
    where: {
      enterpriseId: enterpriseIdOf(actor),
      ...(filter.category ? { category: filter.category } : {}),
      ...(q ? { OR: [{ person: { name: { contains: q } } }, { number: { contains: q.toUpperCase() } }] } : {}),
    },
    orderBy: [{ category: "asc" }, { number: "asc" }],
    include: listInclude,
  });
  const today = todayInShanghai();
  const rows = certificates.map((c) => presentCertificate(c, today));
  // 已注销 certificates stay attached for the record but are shown only when asked for.
  return rows.filter((r) => (filter.status ? r.status === filter.status : r.status !== "已注销"));
}

/** 证书登记簿 for staff: search by number, holder name or full ID number; full ID shown. */
export async function searchCertificatesForStaff(input: { actor: Actor; q?: string; page?: number }) {
  assertRole(input.actor, ["REVIEWER", "ASSESSOR"]);
  const q = input.q?.trim();
  await auditIdNumberSearch(input.actor, q, "certificates");
  const where: Prisma.CertificateWhereInput = q
    ? {
        OR: [
          { number: { contains: q.toUpperCase() } },
          { person: { name: { contains: q } } },
          { person: { idNumber: q.toUpperCase() } },
        ],
      }
    : {};
  const result = await paginate(
    input.page,
    () => db.certificate.count({ where }),
    (window) =>
      db.certificate.findMany({
        where,
        orderBy: [{ updatedAt: "desc" }, { id: "desc" }],
        ...window,
        include: listInclude,
      }),
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
