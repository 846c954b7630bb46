import "server-only";
import { isUuid } from "@/lib/domain/uuid";
import type { Actor } from "../auth/actor";
import { audit } from "../audit";
import type { Tx } from "../db";
import { ConflictError, NotFoundError } from "../errors";
import { notify } from "../notifications/notify";

/** 注销 (on an application) or 撤销 (by the 考核部门 directly); both leave the certificate 已注销. */
export type CertificateEnd = "CANCELLED" | "REVOKED";

const END_LABEL: Record<CertificateEnd, string> = { CANCELLED: "注销", REVOKED: "撤销" };

export const ALREADY_ENDED = "该证书已注销，无需重复办理";
export const CERTIFICATE_CHANGED = "该证书已被他人处理，请刷新页面后查看最新状态";

/**
 * Ends a certificate in the caller's transaction: the row is locked, the status becomes REVOKED
 * (shown as 已注销), a CertificateEvent records who and why, the unit and the registered holder are
 * told in the app and by mail, and an audit row is written. The certificate keeps its unit link for
 * the record; the unit's active list leaves 已注销 out. `expectedVersion` is the version the actor saw.
 */
export async function endCertificate(
  tx: Tx,
  input: {
    actor: Actor;
    certificateId: string;
    kind: CertificateEnd;
    reason: string;
    applicationId?: string;
    expectedVersion?: number;
  },
) {
  const { actor, kind, reason } = input;
  if (!isUuid(input.certificateId)) throw new NotFoundError();
  const [locked] = await tx.$queryRaw<{ id: string }[]>`
    SELECT "id" FROM "Certificate" WHERE "id" = ${input.certificateId}::uuid FOR UPDATE`;
  if (!locked) throw new NotFoundError();
  const certificate = await tx.certificate.findUniqueOrThrow({
    where: { id: locked.id },
    include: {
      person: { select: { name: true, email: true, accountId: true } },
      enterprise: { select: { name: true, email: true, accountId: true } },
    },
  });
  if (certificate.status === "REVOKED") throw new ConflictError(ALREADY_ENDED);
  if (input.expectedVersion !== undefined && input.expectedVersion !== certificate.version) {
    throw new ConflictError(CERTIFICATE_CHANGED);
  }

  const { count } = await tx.certificate.updateMany({
    where: { id: certificate.id, version: certificate.version, status: { not: "REVOKED" } },
    data: { status: "REVOKED", version: { increment: 1 } },
  });
  if (count === 0) throw new ConflictError(CERTIFICATE_CHANGED);
  await tx.certificateEvent.create({
    data: {
      certificateId: certificate.id,
      kind,
      applicationId: input.applicationId,
      changes: { status: [certificate.status, "REVOKED"] },
      reason,
      actorId: actor.accountId,
      actorRole: actor.role,
    },
  });

  const label = END_LABEL[kind];
  const what = `证书（证书编号 ${certificate.number}）已${label}，证书状态：已注销，电子证书不再提供下载。`;
  const title = `证书已${label}`;
  const why = `${label}原因：${reason}`;
  if (certificate.enterprise) {
    const { enterprise } = certificate;
    await notify(tx, {
      accountId: enterprise.accountId,
      email: enterprise.email,
      title,
      body: [`${enterprise.name}：`, `您单位${certificate.person.name}的${what}`, why].join("\n"),
      applicationId: input.applicationId,
    });
  }
  const { person } = certificate;
  if (person.accountId && person.email) {
    await notify(tx, {
      accountId: person.accountId,
      email: person.email,
      title,
      body: [`${person.name}：`, `您的${what}`, why].join("\n"),
      applicationId: input.applicationId,
    });
  }

  await audit(tx, {
    actor,
    action: kind === "REVOKED" ? "certificate.revoke" : "certificate.cancel",
    targetType: "Certificate",
    targetId: certificate.id,
    detail: {
      number: certificate.number,
      reason,
      ...(input.applicationId ? { applicationId: input.applicationId } : {}),
    },
  });
  return { id: certificate.id, version: certificate.version + 1 };
}
