"use server";

import { cancelCertificateCancellation } from "@/lib/server/certificate-cancellations/cancel-certificate-cancellation";
import { submitCertificateCancellation } from "@/lib/server/certificate-cancellations/submit-certificate-cancellation";
import {
  cancelEnterpriseApplicationAction,
  enterpriseApplicationAction,
} from "@/lib/server/enterprise-application-action";
import { fileFrom } from "@/lib/server/files/save-upload";
import { certificateCancellationSchema } from "@/lib/schemas/certificate-cancellation.schema";

export const submitUnitCancellationAction = enterpriseApplicationAction(
  "CERTIFICATE_CANCELLATION",
  certificateCancellationSchema,
  async ({ actor, input, formData }) => {
    await submitCertificateCancellation({ actor, ...input, attachment: fileFrom(formData, "attachment") });
  },
);

export const cancelUnitCancellationAction = cancelEnterpriseApplicationAction(
  "CERTIFICATE_CANCELLATION",
  cancelCertificateCancellation,
);
