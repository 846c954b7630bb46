import "server-only";
import { toDateOnly } from "@/lib/domain/calendar-date";
import { renewalPayload, type RenewalPayload } from "@/lib/schemas/payloads";
import { enterpriseIdOf, type Actor } from "../auth/actor";
import { db } from "../db";
import { InvalidInputError } from "../errors";
import { fileCertificateApplication, withUploads } from "../file-application";
import { checkRenewalFiles } from "./check-renewal-files";
import { getCertificateForRenewal } from "./get-certificate-for-renewal";

/** 核对信息 → 申请表 signed and stamped + supporting files (e.g. 安全生产教育培训证明) → 待审核. */
export async function submitRenewal(input: {
  actor: Actor;
  certificateId: string;
  formFile: File | null;
  supportingFiles: File[];
  note?: string;
}) {
  const enterpriseId = enterpriseIdOf(input.actor);
  const certificate = await getCertificateForRenewal({ actor: input.actor, certificateId: input.certificateId });
  checkRenewalFiles(input.formFile, input.supportingFiles, true);
  // A returned renewal of this expiry is corrected with 【修改】, not filed a second time.
  const returned = await db.application.findMany({
    where: { certificateId: certificate.id, kind: "RENEWAL", status: "REJECTED" },
    select: { payload: true },
  });
  if (returned.some((a) => renewalPayload.parse(a.payload).expiresOn === toDateOnly(certificate.expiresOn))) {
    throw new InvalidInputError("该证书已有被退回的延续申请，请在【审核不通过】中修改后重新提交");
  }
  return withUploads({ uploadedById: input.actor.accountId, enterpriseId }, async (uploads) => {
    const formFileId = await uploads.save(input.formFile!, "formFile");
    const supportingFileIds: string[] = [];
    for (const file of input.supportingFiles) supportingFileIds.push(await uploads.save(file, "supportingFiles"));
    const payload: RenewalPayload = {
      formFileId,
      supportingFileIds,
      expiresOn: toDateOnly(certificate.expiresOn),
      ...(input.note ? { note: input.note } : {}),
    };
    return fileCertificateApplication({ actor: input.actor, kind: "RENEWAL", enterpriseId, certificate, payload });
  });
}
