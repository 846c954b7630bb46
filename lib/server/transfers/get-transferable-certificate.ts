import "server-only";
import { toDateOnly, todayInShanghai } from "@/lib/domain/calendar-date";
import { displayCertificateStatus } from "@/lib/domain/certificate";
import { isVoidStatus } from "@/lib/domain/certificate-dates";
import { personIdOf, type Actor } from "../auth/actor";
import { db } from "../db";
import { InvalidInputError, NotFoundError } from "../errors";

/** The holder's own certificate, usable for a transfer: not 失效 or 已注销. */
export async function getTransferableCertificate(actor: Actor, certificateId: string) {
  if (!/^[0-9a-f-]{36}$/i.test(certificateId)) throw new NotFoundError();
  const certificate = await db.certificate.findFirst({
    where: { id: certificateId, personId: personIdOf(actor) },
    include: { enterprise: { select: { id: true, name: true } } },
  });
  if (!certificate) throw new NotFoundError();
  const status = displayCertificateStatus({
    expiresOn: toDateOnly(certificate.expiresOn),
    recordStatus: certificate.status,
    today: todayInShanghai(),
  });
  if (isVoidStatus(status)) throw new InvalidInputError(`证书${status}，不能办理调动`);
  return certificate;
}
