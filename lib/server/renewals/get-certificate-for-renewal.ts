import "server-only";
import { todayInShanghai, toDateOnly } from "@/lib/domain/calendar-date";
import { isRenewable } from "@/lib/domain/certificate-dates";
import { enterpriseIdOf, type Actor } from "../auth/actor";
import { db } from "../db";
import { InvalidInputError, NotFoundError } from "../errors";

/** The unit's own active certificate, renewable today (the 【延续申请】 form and its 申请表). */
export async function getCertificateForRenewal({ actor, certificateId }: { actor: Actor; certificateId: string }) {
  if (!/^[0-9a-f-]{36}$/i.test(certificateId)) throw new NotFoundError();
  const certificate = await db.certificate.findFirst({
    where: { id: certificateId, enterpriseId: enterpriseIdOf(actor), status: "ACTIVE" },
    include: { person: true, enterprise: { select: { name: true } } },
  });
  if (!certificate) throw new NotFoundError();
  if (!isRenewable(toDateOnly(certificate.expiresOn), todayInShanghai())) {
    throw new InvalidInputError("该证书当前不在可申请延续的期限内（有效期届满前3个月至届满后2个月）");
  }
  return certificate;
}
