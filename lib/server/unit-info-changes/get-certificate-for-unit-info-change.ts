import "server-only";
import { toDateOnly, todayInShanghai } from "@/lib/domain/calendar-date";
import { displayCertificateStatus } from "@/lib/domain/certificate";
import { isVoidStatus } from "@/lib/domain/certificate-dates";
import { enterpriseIdOf, type Actor } from "../auth/actor";
import { db } from "../db";
import { InvalidInputError, NotFoundError } from "../errors";

/** 失效 or 已注销 today: such a certificate is not reissued (its holder must pass the assessment again). */
export function isVoidToday(c: { expiresOn: Date; status: "ACTIVE" | "LAPSED" | "REVOKED" }) {
  const today = todayInShanghai();
  return isVoidStatus(displayCertificateStatus({ expiresOn: toDateOnly(c.expiresOn), recordStatus: c.status, today }));
}

/** The certificate as the enterprise may apply for it: its own, active, printing another name. */
export async function getCertificateForUnitInfoChange(input: { actor: Actor; certificateId: string }) {
  const { actor, certificateId } = input;
  if (!/^[0-9a-f-]{36}$/i.test(certificateId)) throw new NotFoundError();
  const certificate = await db.certificate.findFirst({
    where: { id: certificateId, enterpriseId: enterpriseIdOf(actor), status: "ACTIVE" },
    include: { person: true, enterprise: { select: { name: true } } },
  });
  if (!certificate?.enterprise) throw new NotFoundError();
  if (isVoidToday(certificate)) throw new InvalidInputError("该证书已失效，不能办理单位信息变更");
  if (certificate.unitName === certificate.enterprise.name) {
    throw new InvalidInputError("该证书的单位名称已是本单位现名称，无需变更");
  }
  return { ...certificate, currentUnitName: certificate.enterprise.name };
}
