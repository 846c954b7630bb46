"use server";

import { authedAction } from "@/lib/server/action";
import { resubmitEnterpriseChange } from "@/lib/server/enterprises/resubmit-enterprise-change";
import { fileFrom } from "@/lib/server/files/save-upload";
import { resubmitNameChangeSchema, resubmitQualificationChangeSchema } from "@/lib/schemas/enterprise.schema";

export const resubmitNameChangeAction = authedAction(
  { permission: "unit.info.change", schema: resubmitNameChangeSchema, redirectTo: () => "/enterprise/info" },
  ({ actor, input: { applicationId, version, ...fields }, formData }) =>
    resubmitEnterpriseChange({
      actor,
      applicationId,
      expectedVersion: version,
      fields,
      file: fileFrom(formData, "file"),
    }),
);

export const resubmitQualificationChangeAction = authedAction(
  { permission: "unit.info.change", schema: resubmitQualificationChangeSchema, redirectTo: () => "/enterprise/info" },
  ({ actor, input: { applicationId, version, ...fields }, formData }) =>
    resubmitEnterpriseChange({
      actor,
      applicationId,
      expectedVersion: version,
      fields,
      file: fileFrom(formData, "file"),
    }),
);
