"use server";

import { authedAction } from "@/lib/server/action";
import { confirmEmailChange, requestEmailChange } from "@/lib/server/enterprises/change-email";
import { editEnterprise, type EditOutcome } from "@/lib/server/enterprises/edit-enterprise";
import { fileFrom } from "@/lib/server/files/save-upload";
import { changeEmailSchema, enterpriseEditSchema } from "@/lib/schemas/enterprise.schema";
import { codeField } from "@/lib/schemas/password.schema";

export const editEnterpriseAction = authedAction(
  {
    permission: "unit.info.change",
    schema: enterpriseEditSchema,
    redirectTo: (r: EditOutcome) => `/enterprise/info?saved=${r.saved.length}&submitted=${r.submitted.join(",")}`,
  },
  ({ actor, input, formData }) =>
    editEnterprise({
      actor,
      fields: input,
      licenseFile: fileFrom(formData, "licenseFile"),
      qualificationFile: fileFrom(formData, "qualificationFile"),
    }),
);

export const requestEmailChangeAction = authedAction(
  { permission: "unit.info.change", schema: changeEmailSchema },
  async ({ actor, input, meta }) => {
    await requestEmailChange({ actor, newEmail: input.newEmail, ip: meta.ip });
    return { sentTo: input.newEmail };
  },
);

export const confirmEmailChangeAction = authedAction(
  {
    permission: "unit.info.change",
    schema: changeEmailSchema.extend({ code: codeField }),
    redirectTo: () => "/enterprise/info?email=1",
  },
  ({ actor, input }) => confirmEmailChange({ actor, newEmail: input.newEmail, code: input.code }),
);
