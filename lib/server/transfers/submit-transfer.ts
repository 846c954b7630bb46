import "server-only";
import { toDateOnly, todayInShanghai } from "@/lib/domain/calendar-date";
import { displayCertificateStatus } from "@/lib/domain/certificate";
import type { TransferPayload } from "@/lib/schemas/payloads";
import { personIdOf, type Actor } from "../auth/actor";
import { db } from "../db";
import { InvalidInputError, NotFoundError } from "../errors";
import { createApplication } from "../workflow/transition";

/** The holder's own certificate, usable for a transfer: not 失效 or 已注销. */
async function ownTransferableCertificate(actor: Actor, certificateId: string) {
  if (!/^[0-9a-f-]{36}$/i.test(certificateId)) throw new NotFoundError();
  const certificate = await db.certificate.findFirst({
    where: { id: certificateId, personId: personIdOf(actor) },
    include: { enterprise: { select: { id: true, name: true } } },
  });
  if (!certificate) throw new NotFoundError();
  const status = displayCertificateStatus({ expiresOn: toDateOnly(certificate.expiresOn), recordStatus: certificate.status, today: todayInShanghai() });
  if (status === "失效" || status === "已注销") throw new InvalidInputError(`证书${status}，不能办理调动`);
  return certificate;
}

/** An approved unit found by its exact 单位名称 or 统一社会信用代码 (调入 is only to such a unit). */
export async function findUnitForTransfer(query: string) {
  const q = query.trim();
  if (!q) return null;
  return db.enterprise.findFirst({
    where: { approvedAt: { not: null }, OR: [{ name: q }, { creditCode: q.toUpperCase() }] },
    select: { id: true, name: true, creditCode: true },
  });
}

/** 【调出申请】: the holder asks to leave the current unit; the unit decides first. */
export async function submitTransferOut(input: { actor: Actor; certificateId: string; reason: string }) {
  const certificate = await ownTransferableCertificate(input.actor, input.certificateId);
  if (!certificate.enterprise) throw new InvalidInputError("该证书目前不在任何单位名下，无需调出");
  const payload: TransferPayload = { reason: input.reason, fromUnitName: certificate.enterprise.name };
  return db.$transaction((tx) =>
    createApplication(tx, {
      actor: input.actor,
      kind: "TRANSFER_OUT",
      enterpriseId: certificate.enterprise!.id,
      personId: certificate.personId,
      certificateId: certificate.id,
      payload,
    }),
  );
}

/** 【调入申请】: a certificate with no unit asks to join one; that unit decides first. */
export async function submitTransferIn(input: { actor: Actor; certificateId: string; unit: string; reason: string }) {
  const certificate = await ownTransferableCertificate(input.actor, input.certificateId);
  if (certificate.enterpriseId) {
    throw new InvalidInputError("该证书仍在原单位名下，请先办理调出，调出完成后再申请调入");
  }
  const unit = await findUnitForTransfer(input.unit);
  if (!unit) {
    const message = "未找到该单位，请输入已审核通过单位的全称或统一社会信用代码";
    throw new InvalidInputError(message, { unit: [message] });
  }
  const payload: TransferPayload = { reason: input.reason, toUnitName: unit.name };
  return db.$transaction((tx) =>
    createApplication(tx, {
      actor: input.actor,
      kind: "TRANSFER_IN",
      enterpriseId: unit.id,
      personId: certificate.personId,
      certificateId: certificate.id,
      payload,
    }),
  );
}
