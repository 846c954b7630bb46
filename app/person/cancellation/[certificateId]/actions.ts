"use server";

import { cancelCertificateCancellation } from "@/lib/server/certificate-cancellations/cancel-certificate-cancellation";
import { submitCertificateCancellation } from "@/lib/server/certificate-cancellations/submit-certificate-cancellation";
import { fileFrom } from "@/lib/server/files/save-upload";
import { holderCancelAction, holderSubmitAction } from "@/lib/server/holder-application-action";
import { certificateCancellationSchema } from "@/lib/schemas/certificate-cancellation.schema";

export const submitCancellationAction = holderSubmitAction(
  "CERTIFICATE_CANCELLATION",
  certificateCancellationSchema,
  ({ actor, input, formData }) =>
    submitCertificateCancellation({ actor, ...input, attachment: fileFrom(formData, "attachment") }),
);

/** 【取消申请】 of the holder's own 注销 while it awaits review. */
export const cancelCancellationAction = holderCancelAction(
  "CERTIFICATE_CANCELLATION",
  "cancelled",
  cancelCertificateCancellation,
);
