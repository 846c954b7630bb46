"use server";

import { authedAction } from "@/lib/server/action";
import { resubmitEnterpriseChange } from "@/lib/server/enterprises/resubmit-enterprise-change";
import { fileFrom } from "@/lib/server/files/save-upload";
import { resubmitNameChangeSchema, resubmitQualificationChangeSchema } from "@/lib/schemas/enterprise.schema";

/** 【前往修改】 → 【提交】: the corrected proposal, with a new file or the one proposed before. */
const resubmitChangeAction = (schema: typeof resubmitNameChangeSchema | typeof resubmitQualificationChangeSchema) =>
  authedAction(
    { permission: "unit.info.change", schema, redirectTo: () => "/enterprise/info" },
    ({ actor, input: { applicationId, version, ...fields }, formData }) =>
      resubmitEnterpriseChange({
        actor,
        applicationId,
        expectedVersion: version,
        fields,
        file: fileFrom(formData, "file"),
      }),
  );

export const resubmitNameChangeAction = resubmitChangeAction(resubmitNameChangeSchema);
export const resubmitQualificationChangeAction = resubmitChangeAction(resubmitQualificationChangeSchema);
