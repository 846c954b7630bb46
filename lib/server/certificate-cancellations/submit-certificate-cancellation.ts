import "server-only";
import type { CancellationPayload } from "@/lib/schemas/payloads";
import {
  OTHER_REASON_REQUIRED,
  type CertificateCancellationInput,
} from "@/lib/schemas/certificate-cancellation.schema";
import type { Actor } from "../auth/actor";
import { ALREADY_ENDED } from "../certificates/end-certificate";
import { db } from "../db";
import { ConflictError, InvalidInputError, NotFoundError } from "../errors";
import { fileCertificateApplication, withUploads } from "../file-application";

export const NO_UNIT = "该证书不在任何单位名下，请联系考核部门办理注销";

/** Whose certificates the actor may file 注销 for: the holder their own, a unit its holders'. */
export function cancellableScope(actor: Actor) {
  if (actor.role === "PERSON" && actor.personId) return { personId: actor.personId };
  if (actor.role === "ENTERPRISE" && actor.enterpriseId) return { enterpriseId: actor.enterpriseId };
  throw new NotFoundError();
}

/**
 * 【注销申请】 → 待审核, by the holder (个人端) or by the unit for its holder. The application belongs to
 * the certificate's unit (Application.enterpriseId is required): a certificate attached to no unit is
 * ended by the 考核部门 directly (撤销), so it is refused here with a message saying so.
 */
export async function submitCertificateCancellation(input: {
  actor: Actor;
  certificateId: string;
  reason: CertificateCancellationInput["reason"];
  reasonText?: string;
  attachment: File | null;
}) {
  const { actor } = input;
  if (input.reason === "其他" && !input.reasonText?.trim()) {
    throw new InvalidInputError(OTHER_REASON_REQUIRED, { reasonText: [OTHER_REASON_REQUIRED] });
  }
  if (!/^[0-9a-f-]{36}$/i.test(input.certificateId)) throw new NotFoundError();
  const certificate = await db.certificate.findFirst({
    where: { id: input.certificateId, ...cancellableScope(actor) },
    select: { id: true, personId: true, enterpriseId: true, status: true },
  });
  if (!certificate) throw new NotFoundError();
  if (certificate.status === "REVOKED") throw new ConflictError(ALREADY_ENDED);
  const enterpriseId = certificate.enterpriseId;
  if (!enterpriseId) throw new InvalidInputError(NO_UNIT);

  // The unit and the staff read the attachment, so it is filed under the certificate's unit.
  return withUploads({ uploadedById: actor.accountId, enterpriseId }, async (uploads) => {
    const payload: CancellationPayload = {
      reason: input.reason,
      ...(input.reason === "其他" ? { reasonText: input.reasonText } : {}),
      ...(input.attachment ? { attachmentFileId: await uploads.save(input.attachment, "attachment") } : {}),
      filedBy: actor.role === "PERSON" ? "PERSON" : "ENTERPRISE",
    };
    return fileCertificateApplication({ actor, kind: "CERTIFICATE_CANCELLATION", enterpriseId, certificate, payload });
  });
}
