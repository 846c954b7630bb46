"use server";

import { authedAction } from "@/lib/server/action";
import { fileFrom } from "@/lib/server/files/save-upload";
import { resubmitRegistration } from "@/lib/server/registration/resubmit-registration";
import { resubmitRegistrationSchema } from "@/lib/schemas/registration.schema";
import { z } from "@/lib/schemas/zod";

const schema = resubmitRegistrationSchema.extend({
  applicationId: z.uuid(),
  version: z.coerce.number().int().min(0),
});

export const resubmitRegistrationAction = authedAction(
  { permission: "registration.own", schema, redirectTo: () => "/enterprise" },
  async ({ actor, input, formData }) => {
    const { applicationId, version, ...fields } = input;
    await resubmitRegistration({
      actor,
      applicationId,
      expectedVersion: version,
      fields,
      licenseFile: fileFrom(formData, "licenseFile"),
      qualificationFile: fileFrom(formData, "qualificationFile"),
    });
  },
);
