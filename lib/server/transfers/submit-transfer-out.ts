import "server-only";
import type { Actor } from "../auth/actor";
import { InvalidInputError } from "../errors";
import { fileTransfer } from "./file-transfer";
import { getTransferableCertificate } from "./get-transferable-certificate";

/** 【调出申请】: the holder asks to leave the current unit; the unit decides first. */
export async function submitTransferOut(input: { actor: Actor; certificateId: string; reason: string }) {
  const certificate = await getTransferableCertificate(input.actor, input.certificateId);
  const unit = certificate.enterprise;
  if (!unit) throw new InvalidInputError("该证书目前不在任何单位名下，无需调出");
  return fileTransfer({ actor: input.actor, kind: "TRANSFER_OUT", certificate, unit, reason: input.reason });
}
