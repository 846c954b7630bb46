"use server";

import {
  cancelEnterpriseApplicationAction,
  enterpriseApplicationAction,
} from "@/lib/server/enterprise-application-action";
import { fileFrom } from "@/lib/server/files/save-upload";
import { resubmitRenewal } from "@/lib/server/renewals/resubmit-renewal";
import { submitRenewal } from "@/lib/server/renewals/submit-renewal";
import { renewalSchema, resubmitRenewalSchema } from "@/lib/schemas/renewal.schema";

/** The 申请表 and the 证明材料 chosen (the multiple file input): non-empty files only. */
function filesFrom(formData: FormData) {
  const supportingFiles = formData.getAll("supportingFiles").filter((v): v is File => v instanceof File && v.size > 0);
  return { formFile: fileFrom(formData, "formFile"), supportingFiles };
}

export const submitRenewalAction = enterpriseApplicationAction(
  "RENEWAL",
  renewalSchema,
  async ({ actor, input, formData }) => {
    await submitRenewal({ actor, certificateId: input.certificateId, note: input.note, ...filesFrom(formData) });
  },
);

export const resubmitRenewalAction = enterpriseApplicationAction(
  "RENEWAL",
  resubmitRenewalSchema,
  async ({ actor, input, formData }) => {
    const { applicationId, version: expectedVersion, note } = input;
    await resubmitRenewal({ actor, applicationId, expectedVersion, note, ...filesFrom(formData) });
  },
);

export const cancelRenewalAction = cancelEnterpriseApplicationAction("RENEWAL");
