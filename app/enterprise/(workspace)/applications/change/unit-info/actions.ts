"use server";

import { revalidatePath } from "next/cache";
import { authedAction } from "@/lib/server/action";
import { DomainError } from "@/lib/server/errors";
import { fileFrom } from "@/lib/server/files/save-upload";
import { cancelUnitInfoChange, resubmitUnitInfoChange, submitUnitInfoChange } from "@/lib/server/unit-info/unit-info-change";
import {
  batchUnitInfoChangeSchema,
  cancelApplicationSchema,
  resubmitUnitInfoChangeSchema,
  unitInfoChangeSchema,
} from "@/lib/schemas/review.schema";

const LIST = "/enterprise/applications/change/unit-info";

export const submitUnitInfoChangeAction = authedAction(
  { permission: "unit.certificate.apply", schema: unitInfoChangeSchema, redirectTo: () => `${LIST}?tab=pending&submitted=1` },
  async ({ actor, input, formData }) => {
    await submitUnitInfoChange({ actor, certificateId: input.certificateId, formFile: fileFrom(formData, "formFile"), note: input.note });
  },
);

/** Several holders at once: each is submitted on its own, and each outcome is reported. */
export const batchUnitInfoChangeAction = authedAction(
  { permission: "unit.certificate.apply", schema: batchUnitInfoChangeSchema },
  async ({ actor, input, formData }) => {
    const results: { certificateId: string; ok: boolean; message?: string }[] = [];
    for (const certificateId of input.certificateIds) {
      try {
        await submitUnitInfoChange({ actor, certificateId, formFile: fileFrom(formData, `formFile_${certificateId}`) });
        results.push({ certificateId, ok: true });
      } catch (error) {
        if (!(error instanceof DomainError)) throw error;
        results.push({ certificateId, ok: false, message: error.message });
      }
    }
    revalidatePath(LIST);
    return results;
  },
);

export const resubmitUnitInfoChangeAction = authedAction(
  { permission: "unit.certificate.apply", schema: resubmitUnitInfoChangeSchema, redirectTo: () => `${LIST}?tab=pending&submitted=1` },
  async ({ actor, input, formData }) => {
    await resubmitUnitInfoChange({
      actor,
      applicationId: input.applicationId,
      expectedVersion: input.version,
      formFile: fileFrom(formData, "formFile"),
      note: input.note,
    });
  },
);

export const cancelUnitInfoChangeAction = authedAction(
  { permission: "unit.certificate.apply", schema: cancelApplicationSchema, redirectTo: () => `${LIST}?tab=pending&cancelled=1` },
  async ({ actor, input }) => {
    await cancelUnitInfoChange({ actor, applicationId: input.applicationId, expectedVersion: input.version });
    revalidatePath(LIST);
  },
);
