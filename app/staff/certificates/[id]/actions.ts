"use server";

import { revalidatePath } from "next/cache";
import { authedAction } from "@/lib/server/action";
import { revokeCertificate } from "@/lib/server/certificates/revoke-certificate";
import { revokeCertificateSchema } from "@/lib/schemas/revoke-certificate.schema";

export const revokeCertificateAction = authedAction(
  { permission: "certificate.revoke", schema: revokeCertificateSchema },
  async ({ actor, input }) => {
    const result = await revokeCertificate({
      actor,
      certificateId: input.certificateId,
      expectedVersion: input.version,
      reason: input.reason,
    });
    revalidatePath(`/staff/certificates/${input.certificateId}`);
    return result;
  },
);
