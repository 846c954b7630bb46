import "server-only";
import { unitInfoChangePayload, type UnitInfoChangePayload } from "@/lib/schemas/payloads";
import { enterpriseIdOf, type Actor } from "../auth/actor";
import { db } from "../db";
import { NotFoundError } from "../errors";
import { discardUploads, saveUpload } from "../files/save-upload";
import { transition } from "../workflow/transition";
import { getCertificateForUnitInfoChange } from "./get-certificate-for-unit-info-change";

/** 【修改】 a rejected one: a new scan (or the previous one kept) → 待审核 again. */
export async function resubmitUnitInfoChange(input: {
  actor: Actor;
  applicationId: string;
  expectedVersion: number;
  formFile: File | null;
  note?: string;
}) {
  const enterpriseId = enterpriseIdOf(input.actor);
  const app = await db.application.findFirst({
    where: { id: input.applicationId, enterpriseId, kind: "UNIT_INFO_CHANGE" },
  });
  if (!app?.certificateId) throw new NotFoundError();
  const certificate = await getCertificateForUnitInfoChange({ actor: input.actor, certificateId: app.certificateId });
  const previous = unitInfoChangePayload.parse(app.payload);
  const newFileId = input.formFile
    ? await saveUpload({ file: input.formFile, field: "formFile", uploadedById: input.actor.accountId, enterpriseId })
    : null;
  try {
    const payload: UnitInfoChangePayload = {
      oldUnitName: certificate.unitName ?? "",
      newUnitName: certificate.currentUnitName,
      formFileId: newFileId ?? previous.formFileId,
      ...(input.note ? { note: input.note } : {}),
    };
    return await db.$transaction((tx) =>
      transition(tx, {
        actor: input.actor,
        applicationId: app.id,
        kind: "UNIT_INFO_CHANGE",
        action: "resubmit",
        expectedVersion: input.expectedVersion,
        payload,
      }),
    );
  } catch (error) {
    if (newFileId) await discardUploads([newFileId]);
    throw error;
  }
}
