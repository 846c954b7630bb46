"use client";

import { EnterpriseFieldset } from "@/components/enterprise/enterprise-fields";
import { FormMessage, SubmitButton, TextField } from "@/components/form/fields";
import { useActionForm } from "@/components/form/use-action-form";
import type { EnterpriseFields } from "@/lib/schemas/enterprise.schema";
import { resubmitRegistrationSchema } from "@/lib/schemas/registration.schema";
import { resubmitRegistrationAction } from "./actions";

type FileRef = { id: string; name: string };

export function ResubmitForm({
  applicationId,
  version,
  values,
  files,
}: {
  applicationId: string;
  version: number;
  values: EnterpriseFields;
  files: { license: FileRef; qualification: FileRef };
}) {
  const { state, pending, error, formProps } = useActionForm(resubmitRegistrationAction, resubmitRegistrationSchema);
  return (
    <form {...formProps} className="space-y-6">
      <input type="hidden" name="applicationId" value={applicationId} />
      <input type="hidden" name="version" value={version} />
      <FormMessage message={state.message} />
      <EnterpriseFieldset
        values={values}
        error={error}
        files={files}
        filesRequired={false}
        emailSlot={<TextField name="emailShown" label="邮箱（已验证）" defaultValue={values.email} readOnly disabled />}
      />
      <div className="flex justify-end">
        <SubmitButton pending={pending} className="w-full sm:w-auto">
          提交
        </SubmitButton>
      </div>
    </form>
  );
}
