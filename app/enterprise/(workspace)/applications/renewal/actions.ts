"use server";

import { revalidatePath } from "next/cache";
import { authedAction } from "@/lib/server/action";
import { fileFrom } from "@/lib/server/files/save-upload";
import { resubmitRenewal } from "@/lib/server/renewals/resubmit-renewal";
import { submitRenewal } from "@/lib/server/renewals/submit-renewal";
import { decideApplication } from "@/lib/server/workflow/decide-application";
import { cancelApplicationSchema } from "@/lib/schemas/decision.schema";
import { renewalSchema, resubmitRenewalSchema } from "@/lib/schemas/renewal.schema";

const LIST = "/enterprise/applications/renewal";

/** The 证明材料 chosen (the multiple file input): non-empty files only. */
function supportingFilesFrom(formData: FormData): File[] {
  return formData.getAll("supportingFiles").filter((v): v is File => v instanceof File && v.size > 0);
}

export const submitRenewalAction = authedAction(
  { permission: "unit.certificate.apply", schema: renewalSchema, redirectTo: () => `${LIST}?tab=pending&submitted=1` },
  async ({ actor, input, formData }) => {
    await submitRenewal({
      actor,
      certificateId: input.certificateId,
      formFile: fileFrom(formData, "formFile"),
      supportingFiles: supportingFilesFrom(formData),
      note: input.note,
    });
  },
);

export const resubmitRenewalAction = authedAction(
  {
    permission: "unit.certificate.apply",
    schema: resubmitRenewalSchema,
    redirectTo: () => `${LIST}?tab=pending&submitted=1`,
  },
  async ({ actor, input, formData }) => {
    await resubmitRenewal({
      actor,
      applicationId: input.applicationId,
      expectedVersion: input.version,
      formFile: fileFrom(formData, "formFile"),
      supportingFiles: supportingFilesFrom(formData),
      note: input.note,
    });
  },
);

export const cancelRenewalAction = authedAction(
  {
    permission: "unit.certificate.apply",
    schema: cancelApplicationSchema,
    redirectTo: () => `${LIST}?tab=pending&cancelled=1`,
  },
  async ({ actor, input }) => {
    await decideApplication({
      actor,
      kind: "RENEWAL",
      applicationId: input.applicationId,
      expectedVersion: input.version,
      action: "cancel",
    });
    revalidatePath(LIST, "layout");
  },
);
