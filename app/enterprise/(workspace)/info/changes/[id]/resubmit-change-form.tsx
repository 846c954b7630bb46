"use client";

import { DocumentUpload, QualificationFields } from "@/components/enterprise/enterprise-fields";
import { FileField } from "@/components/form/file-field";
import { FormMessage, SubmitButton, TextField } from "@/components/form/fields";
import { useActionForm } from "@/components/form/use-action-form";
import { resubmitNameChangeSchema, resubmitQualificationChangeSchema } from "@/lib/schemas/enterprise.schema";
import { resubmitNameChangeAction, resubmitQualificationChangeAction } from "./actions";

type Proposed = Record<string, string>;

/** 【前往修改】: the rejected proposal prefilled; the proposed file is kept unless a new one is chosen. */
export function ResubmitChangeForm({
  kind,
  applicationId,
  version,
  proposed,
  file,
}: {
  kind: "NAME_CHANGE" | "QUALIFICATION_CHANGE";
  applicationId: string;
  version: number;
  proposed: Proposed;
  file: { id: string; name: string };
}) {
  const isName = kind === "NAME_CHANGE";
  const { state, pending, error, formProps } = useActionForm(
    isName ? resubmitNameChangeAction : resubmitQualificationChangeAction,
    isName ? resubmitNameChangeSchema : resubmitQualificationChangeSchema,
  );
  const v = { ...proposed, ...state.values };
  return (
    <form {...formProps} className="space-y-4">
      <input type="hidden" name="applicationId" value={applicationId} />
      <input type="hidden" name="version" value={version} />
      <FormMessage message={state.message} />
      {isName ? (
        <>
          <TextField name="name" label="单位名称" defaultValue={v.name} error={error("name")} required />
          <FileField name="file" label="营业执照" error={error("licenseFile") ?? error("file")} current={file} />
        </>
      ) : (
        <div className="grid gap-4 sm:grid-cols-2">
          <QualificationFields values={v} error={error}>
            <DocumentUpload
              name="file"
              label="资质证书"
              error={error("qualificationFile") ?? error("file")}
              current={file}
            />
          </QualificationFields>
        </div>
      )}
      <div className="flex justify-end">
        <SubmitButton pending={pending}>提交</SubmitButton>
      </div>
    </form>
  );
}
