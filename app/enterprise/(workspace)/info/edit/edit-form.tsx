"use client";

import Link from "next/link";
import { ContactFields, DocumentUpload, QualificationFields } from "@/components/enterprise/enterprise-fields";
import { FormMessage, SubmitButton, TextField } from "@/components/form/fields";
import { useActionForm } from "@/components/form/use-action-form";
import { buttonClass } from "@/components/ui/button";
import { Alert } from "@/components/ui/alert";
import { enterpriseEditSchema, type EnterpriseEdit } from "@/lib/schemas/enterprise.schema";
import { editEnterpriseAction } from "./actions";

type FileRef = { id: string; name: string };

/**
 * 基础信息 【编辑】: one form; 【提交】 saves the other information at once and submits a new
 * 单位名称 or new 资质 for review (with the new 营业执照 / 资质证书).
 */
export function EditEnterpriseForm({
  values,
  creditCode,
  files,
  nameLocked,
  qualificationLocked,
}: {
  values: EnterpriseEdit;
  creditCode: string;
  files: { license: FileRef; qualification: FileRef };
  nameLocked: boolean;
  qualificationLocked: boolean;
}) {
  const { state, pending, error, formProps } = useActionForm(editEnterpriseAction, enterpriseEditSchema);
  const v = { ...values, ...state.values } as EnterpriseEdit;
  const submit = (
    <SubmitButton pending={pending} className="w-full sm:w-auto">
      提交
    </SubmitButton>
  );
  return (
    <form {...formProps} className="space-y-6">
      <div className="flex flex-wrap items-center justify-between gap-2 border-b border-slate-200 pb-3">
        <h2 className="text-base font-semibold">编辑基础信息</h2>
        <div className="flex w-full gap-2 sm:w-auto">
          <Link href="/enterprise/info" className={buttonClass("secondary", "w-full sm:w-auto")}>
            取消
          </Link>
          {submit}
        </div>
      </div>
      <FormMessage message={state.message} />
      <Alert tone="info">单位名称变更、资质变更需提交审核，审核通过前仍以原信息为准；其他信息提交后直接生效。</Alert>

      <fieldset className="grid gap-4 sm:grid-cols-2">
        <legend className="mb-2 text-sm font-semibold text-brand-800">单位名称（需审核）</legend>
        <TextField
          name="name"
          label="单位名称"
          defaultValue={v.name}
          error={error("name")}
          required
          readOnly={nameLocked}
          hint={nameLocked ? "单位名称变更正在审核中" : "修改单位名称须重新上传营业执照"}
        />
        <TextField name="creditCodeShown" label="统一社会信用代码" defaultValue={creditCode} disabled />
        <DocumentUpload
          name="licenseFile"
          label="营业执照（变更单位名称时上传）"
          error={error("licenseFile")}
          current={files.license}
        />
      </fieldset>

      <fieldset className="grid gap-4 sm:grid-cols-2">
        <legend className="mb-2 text-sm font-semibold text-brand-800">资质信息（需审核）</legend>
        {qualificationLocked && (
          <Alert tone="info" className="sm:col-span-2">
            资质变更正在审核中，审核完成前不能再次修改。
          </Alert>
        )}
        <QualificationFields values={v} error={error} locked={qualificationLocked}>
          {!qualificationLocked && (
            <DocumentUpload
              name="qualificationFile"
              label="资质证书（变更资质时上传）"
              error={error("qualificationFile")}
              current={files.qualification}
            />
          )}
        </QualificationFields>
      </fieldset>

      <fieldset className="grid gap-4 sm:grid-cols-2">
        <legend className="mb-2 text-sm font-semibold text-brand-800">其他信息（无需审核，直接生效）</legend>
        <ContactFields values={v} error={error} />
      </fieldset>
      <div className="flex justify-end">{submit}</div>
    </form>
  );
}
