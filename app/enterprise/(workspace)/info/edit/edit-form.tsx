"use client";

import Link from "next/link";
import { DateField, FileField, FormMessage, SelectField, SubmitButton, TextField } from "@/components/form/fields";
import { useActionForm } from "@/components/form/use-action-form";
import { buttonClass } from "@/components/ui/button";
import { Alert } from "@/components/ui/alert";
import {
  QUALIFICATION_LEVELS,
  QUALIFICATION_TYPES,
  enterpriseEditSchema,
  type EnterpriseEdit,
} from "@/lib/schemas/enterprise.schema";
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
        <FileField
          name="licenseFile"
          label="营业执照（变更单位名称时上传）"
          error={error("licenseFile")}
          current={files.license}
          className="sm:col-span-2"
        />
      </fieldset>

      <fieldset className="grid gap-4 sm:grid-cols-2">
        <legend className="mb-2 text-sm font-semibold text-brand-800">资质信息（需审核）</legend>
        {qualificationLocked && (
          <Alert tone="info" className="sm:col-span-2">
            资质变更正在审核中，审核完成前不能再次修改。
          </Alert>
        )}
        <SelectField
          name="qualificationType"
          label="资质类别"
          options={QUALIFICATION_TYPES}
          defaultValue={v.qualificationType}
          error={error("qualificationType")}
          required
          disabled={qualificationLocked}
        />
        <SelectField
          name="qualificationLevel"
          label="资质等级"
          options={QUALIFICATION_LEVELS}
          defaultValue={v.qualificationLevel}
          error={error("qualificationLevel")}
          required
          disabled={qualificationLocked}
        />
        <TextField
          name="qualificationCertNo"
          label="资质证书编号"
          defaultValue={v.qualificationCertNo}
          error={error("qualificationCertNo")}
          required
          readOnly={qualificationLocked}
        />
        <DateField
          name="qualificationExpiry"
          label="资质有效期至"
          defaultValue={v.qualificationExpiry}
          error={error("qualificationExpiry")}
          required
          readOnly={qualificationLocked}
        />
        {!qualificationLocked && (
          <FileField
            name="qualificationFile"
            label="资质证书（变更资质时上传）"
            error={error("qualificationFile")}
            current={files.qualification}
            className="sm:col-span-2"
          />
        )}
        {qualificationLocked && (
          <>
            <input type="hidden" name="qualificationType" value={v.qualificationType} />
            <input type="hidden" name="qualificationLevel" value={v.qualificationLevel} />
          </>
        )}
      </fieldset>

      <fieldset className="grid gap-4 sm:grid-cols-2">
        <legend className="mb-2 text-sm font-semibold text-brand-800">其他信息（无需审核，直接生效）</legend>
        <TextField
          name="legalRepresentative"
          label="法定代表人"
          defaultValue={v.legalRepresentative}
          error={error("legalRepresentative")}
          required
        />
        <TextField
          name="registeredAddress"
          label="注册地"
          defaultValue={v.registeredAddress}
          error={error("registeredAddress")}
          required
        />
        <TextField
          name="contactAddress"
          label="联系地址"
          defaultValue={v.contactAddress}
          error={error("contactAddress")}
          required
          className="sm:col-span-2"
        />
        <TextField
          name="contactName"
          label="联系人"
          defaultValue={v.contactName}
          error={error("contactName")}
          required
        />
        <TextField
          name="contactPhone"
          label="联系电话"
          type="tel"
          inputMode="numeric"
          maxLength={11}
          defaultValue={v.contactPhone}
          error={error("contactPhone")}
          required
        />
      </fieldset>
      <div className="flex justify-end">{submit}</div>
    </form>
  );
}
