"use server";

import { revalidatePath } from "next/cache";
import { authedAction } from "@/lib/server/action";
import { cancelCertificateCancellation } from "@/lib/server/certificate-cancellations/cancel-certificate-cancellation";
import { submitCertificateCancellation } from "@/lib/server/certificate-cancellations/submit-certificate-cancellation";
import { fileFrom } from "@/lib/server/files/save-upload";
import { certificateCancellationSchema } from "@/lib/schemas/certificate-cancellation.schema";
import { cancelApplicationSchema } from "@/lib/schemas/decision.schema";

const LIST = "/enterprise/applications/cancellation";

export const submitUnitCancellationAction = authedAction(
  {
    permission: "unit.certificate.apply",
    schema: certificateCancellationSchema,
    redirectTo: () => `${LIST}?tab=pending&submitted=1`,
  },
  async ({ actor, input, formData }) => {
    await submitCertificateCancellation({ actor, ...input, attachment: fileFrom(formData, "attachment") });
  },
);

export const cancelUnitCancellationAction = authedAction(
  {
    permission: "unit.certificate.apply",
    schema: cancelApplicationSchema,
    redirectTo: () => `${LIST}?tab=pending&cancelled=1`,
  },
  async ({ actor, input }) => {
    await cancelCertificateCancellation({ actor, applicationId: input.applicationId, expectedVersion: input.version });
    revalidatePath(LIST, "layout");
  },
);
