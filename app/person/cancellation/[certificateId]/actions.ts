"use server";

import { revalidatePath } from "next/cache";
import { authedAction } from "@/lib/server/action";
import { cancelCertificateCancellation } from "@/lib/server/certificate-cancellations/cancel-certificate-cancellation";
import { submitCertificateCancellation } from "@/lib/server/certificate-cancellations/submit-certificate-cancellation";
import { fileFrom } from "@/lib/server/files/save-upload";
import { certificateCancellationSchema } from "@/lib/schemas/certificate-cancellation.schema";
import { cancelApplicationSchema } from "@/lib/schemas/decision.schema";

export const submitCancellationAction = authedAction(
  {
    permission: "person.certificate.apply",
    schema: certificateCancellationSchema,
    redirectTo: () => "/person/applications?submitted=review",
  },
  async ({ actor, input, formData }) => {
    await submitCertificateCancellation({ actor, ...input, attachment: fileFrom(formData, "attachment") });
  },
);

/** 【取消申请】 of the holder's own 注销 while it awaits review. */
export const cancelCancellationAction = authedAction(
  {
    permission: "person.certificate.apply",
    schema: cancelApplicationSchema,
    redirectTo: () => "/person/applications?cancelled=1",
  },
  async ({ actor, input }) => {
    await cancelCertificateCancellation({ actor, applicationId: input.applicationId, expectedVersion: input.version });
    revalidatePath("/person/certificates");
  },
);
