import "server-only";
import type { Actor } from "../auth/actor";
import { InvalidInputError } from "../errors";
import { findUnitForTransfer } from "./find-unit-for-transfer";
import { fileTransfer } from "./file-transfer";
import { getTransferableCertificate } from "./get-transferable-certificate";

/** 【调入申请】: a certificate with no unit asks to join one; that unit decides first. */
export async function submitTransferIn(input: { actor: Actor; certificateId: string; unit: string; reason: string }) {
  const certificate = await getTransferableCertificate(input.actor, input.certificateId);
  if (certificate.enterpriseId) {
    throw new InvalidInputError("该证书仍在原单位名下，请先办理调出，调出完成后再申请调入");
  }
  const unit = await findUnitForTransfer(input.unit);
  if (!unit) {
    const message = "未找到该单位，请输入已审核通过单位的全称或统一社会信用代码";
    throw new InvalidInputError(message, { unit: [message] });
  }
  return fileTransfer({ actor: input.actor, kind: "TRANSFER_IN", certificate, unit, reason: input.reason });
}
