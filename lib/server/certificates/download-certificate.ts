import "server-only";
import { todayInShanghai } from "@/lib/domain/calendar-date";
import { isUuid } from "@/lib/domain/uuid";
import type { Prisma } from "@/lib/generated/prisma/client";
import { assertRole, type Actor } from "../auth/actor";
import { db } from "../db";
import { renderCertificatePdf } from "../documents/e-certificate";
import { NotFoundError } from "../errors";
import { listInclude, presentCertificate } from "./queries";

/**
 * One certificate for 【电子证书】: an approved enterprise gets only those attached to it, a holder
 * only their own. Anyone else's id (or an unapproved unit) gives NotFoundError, like a missing one.
 */
export async function getCertificateForDownload({ actor, certificateId }: { actor: Actor; certificateId: string }) {
  assertRole(actor, ["ENTERPRISE", "PERSON"]);
  if (!isUuid(certificateId)) throw new NotFoundError();
  let scope: Prisma.CertificateWhereInput;
  if (actor.role === "ENTERPRISE") {
    if (!actor.enterpriseId || !actor.enterpriseApproved) throw new NotFoundError();
    scope = { enterpriseId: actor.enterpriseId };
  } else {
    if (!actor.personId) throw new NotFoundError();
    scope = { personId: actor.personId };
  }
  const certificate = await db.certificate.findFirst({ where: { id: certificateId, ...scope }, include: listInclude });
  if (!certificate) throw new NotFoundError();
  const row = presentCertificate(certificate, todayInShanghai());
  return { ...row, unitName: certificate.enterpriseId === null ? null : row.unitName, idNumberMasked: row.idNumber };
}

/** The 电子证书 PDF and its file name; ConflictError when the certificate is not 有效/即将到期. */
export async function renderCertificateDownload(input: { actor: Actor; certificateId: string }) {
  const certificate = await getCertificateForDownload(input);
  const pdf = await renderCertificatePdf(certificate);
  return { pdf, fileName: `电子证书-${certificate.number}.pdf` };
}
