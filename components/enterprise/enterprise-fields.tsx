"use client";

import { DateField, FileField, SelectField, TextField } from "@/components/form/fields";
import {
  QUALIFICATION_LEVELS,
  QUALIFICATION_TYPES,
  type EnterpriseFields as Values,
} from "@/lib/schemas/enterprise.schema";

type FileRef = { id: string; name: string };

/** The enterprise's 基础信息 and 资质 fields, as used by 注册 and 前往修改. */
export function EnterpriseFieldset({
  values,
  error,
  emailSlot,
  files,
  filesRequired,
}: {
  values?: Partial<Values>;
  error: (name: string) => string | undefined;
  /** the email field, which registration pairs with 【发送验证码】 */
  emailSlot?: React.ReactNode;
  files?: { license?: FileRef; qualification?: FileRef };
  filesRequired: boolean;
}) {
  return (
    <>
      <fieldset className="grid gap-4 sm:grid-cols-2">
        <legend className="mb-2 text-sm font-semibold text-brand-800">单位基础信息</legend>
        <TextField
          name="name"
          label="单位名称"
          defaultValue={values?.name}
          error={error("name")}
          required
          maxLength={100}
        />
        <TextField
          name="creditCode"
          label="统一社会信用代码"
          defaultValue={values?.creditCode}
          error={error("creditCode")}
          required
          maxLength={18}
          autoCapitalize="characters"
          hint="18位"
        />
        <TextField
          name="legalRepresentative"
          label="法定代表人"
          defaultValue={values?.legalRepresentative}
          error={error("legalRepresentative")}
          required
        />
        <TextField
          name="registeredAddress"
          label="注册地"
          defaultValue={values?.registeredAddress}
          error={error("registeredAddress")}
          required
        />
        <TextField
          name="contactAddress"
          label="联系地址"
          defaultValue={values?.contactAddress}
          error={error("contactAddress")}
          required
          className="sm:col-span-2"
        />
        <TextField
          name="contactName"
          label="联系人"
          defaultValue={values?.contactName}
          error={error("contactName")}
          required
        />
        <TextField
          name="contactPhone"
          label="联系电话"
          type="tel"
          inputMode="numeric"
          defaultValue={values?.contactPhone}
          error={error("contactPhone")}
          required
          maxLength={11}
          hint="11位手机号"
        />
        {emailSlot}
        <FileField
          name="licenseFile"
          label="营业执照"
          error={error("licenseFile")}
          required={filesRequired}
          current={files?.license}
          className="sm:col-span-2"
        />
      </fieldset>
      <fieldset className="grid gap-4 sm:grid-cols-2">
        <legend className="mb-2 text-sm font-semibold text-brand-800">资质信息</legend>
        <SelectField
          name="qualificationType"
          label="资质类别"
          options={QUALIFICATION_TYPES}
          defaultValue={values?.qualificationType ?? ""}
          error={error("qualificationType")}
          required
        />
        <SelectField
          name="qualificationLevel"
          label="资质等级"
          options={QUALIFICATION_LEVELS}
          defaultValue={values?.qualificationLevel ?? ""}
          error={error("qualificationLevel")}
          required
        />
        <TextField
          name="qualificationCertNo"
          label="资质证书编号"
          defaultValue={values?.qualificationCertNo}
          error={error("qualificationCertNo")}
          required
        />
        <DateField
          name="qualificationExpiry"
          label="资质有效期至"
          defaultValue={values?.qualificationExpiry}
          error={error("qualificationExpiry")}
          required
        />
        <FileField
          name="qualificationFile"
          label="资质证书"
          error={error("qualificationFile")}
          required={filesRequired}
          current={files?.qualification}
          className="sm:col-span-2"
        />
      </fieldset>
    </>
  );
}
