import "server-only";
import type { UnitInfoChangePayload } from "@/lib/schemas/payloads";
import { enterpriseIdOf, type Actor } from "../auth/actor";
import { InvalidInputError } from "../errors";
import { fileCertificateApplication, withUploads } from "../file-application";
import { getCertificateForUnitInfoChange } from "./get-certificate-for-unit-info-change";

/** 【变更申请】 for one holder: the signed and stamped 申请表 scan → 待审核. */
export async function submitUnitInfoChange(input: {
  actor: Actor;
  certificateId: string;
  formFile: File | null;
  note?: string;
}) {
  const enterpriseId = enterpriseIdOf(input.actor);
  const certificate = await getCertificateForUnitInfoChange({ actor: input.actor, certificateId: input.certificateId });
  if (!input.formFile)
    throw new InvalidInputError("请上传签字盖章后的申请表", { formFile: ["请上传签字盖章后的申请表"] });
  const formFile = input.formFile;
  return withUploads({ uploadedById: input.actor.accountId, enterpriseId }, async (uploads) => {
    const formFileId = await uploads.save(formFile, "formFile");
    const payload: UnitInfoChangePayload = {
      oldUnitName: certificate.unitName ?? "",
      newUnitName: certificate.currentUnitName,
      formFileId,
      ...(input.note ? { note: input.note } : {}),
    };
    return fileCertificateApplication({
      actor: input.actor,
      kind: "UNIT_INFO_CHANGE",
      enterpriseId,
      certificate,
      payload,
    });
  });
}
