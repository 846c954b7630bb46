import "server-only";
import { todayInShanghai, type CalendarDate } from "@/lib/domain/calendar-date";
import { isUuid } from "@/lib/domain/uuid";
import { Prisma } from "@/lib/generated/prisma/client";
import { enterpriseIdOf, type Actor } from "../auth/actor";
import { listInclude, presentCertificate } from "../certificates/queries";
import { db } from "../db";
import { NotFoundError } from "../errors";
import { paginateSql } from "../search/paginate-sql";

/** The unit's certificates not yet ended (注销 may end a 失效 one too). */
const cancellableWhere = (actor: Actor) =>
  ({ enterpriseId: enterpriseIdOf(actor), status: { not: "REVOKED" } }) satisfies Prisma.CertificateWhereInput;

const cancellable = (c: Prisma.CertificateGetPayload<{ include: typeof listInclude }>, today: CalendarDate) => ({
  ...presentCertificate(c, today),
  openCancellation: c.applications.find((a) => a.kind === "CERTIFICATE_CANCELLATION") ?? null,
});

/**
 * One page of them by holder name, each with its open 注销 if any. Paged in SQL: a unit may hold
 * thousands. The holder's name is read per certificate by primary key (a join would hash the whole
 * Person table to sort one unit's rows), and the open applications are looked up for the page's
 * certificates only (an index probe on Application.certificateId).
 */
export async function listCancellableCertificates({ actor, page }: { actor: Actor; page?: number }) {
  const result = await paginateSql(
    page,
    {
      ids: Prisma.sql`SELECT c.id FROM "Certificate" c
        WHERE c."enterpriseId" = ${enterpriseIdOf(actor)}::uuid AND c.status <> 'REVOKED'`,
      orderBy: Prisma.sql`(SELECT p.name FROM "Person" p WHERE p.id = c."personId"), c.number`,
    },
    (ids) => db.certificate.findMany({ where: { id: { in: ids } }, include: listInclude }),
  );
  const today = todayInShanghai();
  return { ...result, rows: result.rows.map((c) => cancellable(c, today)) };
}

/** One of them, for the 【注销申请】 form. */
export async function getCancellableCertificate({ actor, certificateId }: { actor: Actor; certificateId: string }) {
  if (!isUuid(certificateId)) throw new NotFoundError();
  const certificate = await db.certificate.findFirst({
    where: { id: certificateId, ...cancellableWhere(actor) },
    include: listInclude,
  });
  if (!certificate) throw new NotFoundError();
  return cancellable(certificate, todayInShanghai());
}
