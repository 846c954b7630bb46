"use server";

import { revalidatePath } from "next/cache";
import { UNIT_APPLICATION_PAGES } from "@/lib/domain/unit-application-pages";
import { authedAction } from "@/lib/server/action";
import {
  cancelEnterpriseApplicationAction,
  enterpriseApplicationAction,
} from "@/lib/server/enterprise-application-action";
import { fileFrom } from "@/lib/server/files/save-upload";
import { resubmitUnitInfoChange } from "@/lib/server/unit-info-changes/resubmit-unit-info-change";
import { submitUnitInfoChange } from "@/lib/server/unit-info-changes/submit-unit-info-change";
import { runBatch } from "@/lib/server/workflow/run-batch";
import {
  batchUnitInfoChangeSchema,
  resubmitUnitInfoChangeSchema,
  unitInfoChangeSchema,
} from "@/lib/schemas/unit-info-change.schema";

export const submitUnitInfoChangeAction = enterpriseApplicationAction(
  "UNIT_INFO_CHANGE",
  unitInfoChangeSchema,
  async ({ actor, input, formData }) => {
    const { certificateId, note } = input;
    await submitUnitInfoChange({ actor, certificateId, note, formFile: fileFrom(formData, "formFile") });
  },
);

/** Several holders at once: each is submitted on its own, and each outcome is reported. */
export const batchUnitInfoChangeAction = authedAction(
  { permission: "unit.certificate.apply", schema: batchUnitInfoChangeSchema },
  async ({ actor, input, formData }) => {
    const results = await runBatch(
      input.certificateIds,
      (certificateId) => certificateId,
      (certificateId) =>
        submitUnitInfoChange({ actor, certificateId, formFile: fileFrom(formData, `formFile_${certificateId}`) }),
    );
    revalidatePath(UNIT_APPLICATION_PAGES.UNIT_INFO_CHANGE.list);
    return results;
  },
);

export const resubmitUnitInfoChangeAction = enterpriseApplicationAction(
  "UNIT_INFO_CHANGE",
  resubmitUnitInfoChangeSchema,
  async ({ actor, input, formData }) => {
    const { applicationId, version: expectedVersion, note } = input;
    await resubmitUnitInfoChange({
      actor,
      applicationId,
      expectedVersion,
      note,
      formFile: fileFrom(formData, "formFile"),
    });
  },
);

export const cancelUnitInfoChangeAction = cancelEnterpriseApplicationAction("UNIT_INFO_CHANGE");
