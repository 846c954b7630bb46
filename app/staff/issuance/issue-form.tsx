"use client";

import Link from "next/link";
import { DateField } from "@/components/form/date-field";
import { FormMessage, SubmitButton, TextField } from "@/components/form/fields";
import { SelectField } from "@/components/form/select-field";
import { useActionForm } from "@/components/form/use-action-form";
import { Alert } from "@/components/ui/alert";
import { CATEGORY_OPTIONS, GENDER_OPTIONS, issuanceRowSchema, SPECIALTY_OPTIONS } from "@/lib/schemas/issuance.schema";
import { issueCertificateAction } from "./actions";
import { CreditCodeField } from "@/components/form/number-fields";

/** 单个核发: one person's certificate; the person is matched by 身份证号 or recorded. */
export function IssueForm({ today }: { today: string }) {
  const { state, pending, field, formProps } = useActionForm(issueCertificateAction, issuanceRowSchema);
  const issued = state.ok ? state.data : undefined;
  return (
    <form {...formProps} className="grid gap-4 sm:grid-cols-2">
      <div className="sm:col-span-2">
        {issued ? (
          <Alert tone="success" title="证书已核发">
            {issued.name}：证书编号 {issued.number}。
            <Link href={`/staff/certificates/${issued.id}`} className="ml-1 underline">
              查看证书
            </Link>
          </Alert>
        ) : (
          <FormMessage message={state.message} />
        )}
      </div>
      <TextField {...field("name")} label="姓名" required autoComplete="off" />
      <TextField {...field("idNumber")} label="身份证号" required autoComplete="off" maxLength={18} />
      <SelectField {...field("gender")} label="性别" required options={GENDER_OPTIONS} hint="须与身份证号第17位一致" />
      <SelectField
        {...field("category")}
        label="类别"
        required
        options={CATEGORY_OPTIONS}
        hint="A 主要负责人 · B 项目负责人 · C 专职安全生产管理人员"
      />
      <SelectField {...field("specialty")} label="专业" required options={SPECIALTY_OPTIONS} />
      <CreditCodeField
        {...field("creditCode")}
        label="单位（统一社会信用代码）"
        hint="已审核通过单位的统一社会信用代码；不填则证书暂不属于任何单位"
        autoComplete="off"
      />
      <DateField
        {...field("issuedOn")}
        defaultValue={field("issuedOn").defaultValue ?? today}
        label="发证日期"
        required
        hint="格式：YYYY-MM-DD；有效期至发证日期后3年"
      />
      <div className="sm:col-span-2">
        <SubmitButton pending={pending}>核发证书</SubmitButton>
      </div>
    </form>
  );
}
