import "server-only";
import type { TransferPayload } from "@/lib/schemas/payloads";
import type { Actor } from "../auth/actor";
import { InvalidInputError } from "../errors";
import { fileCertificateApplication } from "../file-application";
import { getTransferableCertificate } from "./get-transferable-certificate";

/** 【调出申请】: the holder asks to leave the current unit; the unit decides first. */
export async function submitTransferOut(input: { actor: Actor; certificateId: string; reason: string }) {
  const certificate = await getTransferableCertificate(input.actor, input.certificateId);
  const unit = certificate.enterprise;
  if (!unit) throw new InvalidInputError("该证书目前不在任何单位名下，无需调出");
  const payload: TransferPayload = { reason: input.reason, fromUnitName: unit.name };
  return fileCertificateApplication({
    actor: input.actor,
    kind: "TRANSFER_OUT",
    enterpriseId: unit.id,
    certificate,
    payload,
  });
}
