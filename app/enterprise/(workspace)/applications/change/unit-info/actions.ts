"use server";

import { revalidatePath } from "next/cache";
import { authedAction } from "@/lib/server/action";
import { fileFrom } from "@/lib/server/files/save-upload";
import { resubmitUnitInfoChange } from "@/lib/server/unit-info-changes/resubmit-unit-info-change";
import { submitUnitInfoChange } from "@/lib/server/unit-info-changes/submit-unit-info-change";
import { decideApplication } from "@/lib/server/workflow/decide-application";
import { runBatch } from "@/lib/server/workflow/run-batch";
import { cancelApplicationSchema } from "@/lib/schemas/decision.schema";
import {
  batchUnitInfoChangeSchema,
  resubmitUnitInfoChangeSchema,
  unitInfoChangeSchema,
} from "@/lib/schemas/unit-info-change.schema";

const LIST = "/enterprise/applications/change/unit-info";

export const submitUnitInfoChangeAction = authedAction(
  {
    permission: "unit.certificate.apply",
    schema: unitInfoChangeSchema,
    redirectTo: () => `${LIST}?tab=pending&submitted=1`,
  },
  async ({ actor, input, formData }) => {
    await submitUnitInfoChange({
      actor,
      certificateId: input.certificateId,
      formFile: fileFrom(formData, "formFile"),
      note: input.note,
    });
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
    revalidatePath(LIST);
    return results;
  },
);

export const resubmitUnitInfoChangeAction = authedAction(
  {
    permission: "unit.certificate.apply",
    schema: resubmitUnitInfoChangeSchema,
    redirectTo: () => `${LIST}?tab=pending&submitted=1`,
  },
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
  {
    permission: "unit.certificate.apply",
    schema: cancelApplicationSchema,
    redirectTo: () => `${LIST}?tab=pending&cancelled=1`,
  },
  async ({ actor, input }) => {
    await decideApplication({
      actor,
      kind: "UNIT_INFO_CHANGE",
      applicationId: input.applicationId,
      expectedVersion: input.version,
      action: "cancel",
    });
    revalidatePath(LIST);
  },
);
