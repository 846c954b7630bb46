"use client";

import { DateField } from "@/components/form/date-field";
import { FileField } from "@/components/form/file-field";
import { TextField } from "@/components/form/fields";
import { SelectField } from "@/components/form/select-field";
import {
  QUALIFICATION_LEVELS,
  QUALIFICATION_TYPES,
  type EnterpriseFields as Values,
} from "@/lib/schemas/enterprise.schema";
import { CreditCodeField, PhoneField } from "@/components/form/number-fields";

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
  const field = fieldOf({ values, error });
  const upload = (name: string, label: string, current?: FileRef) => (
    <DocumentUpload name={name} label={label} error={error(name)} required={filesRequired} current={current} />
  );
  return (
    <>
      <fieldset className="grid gap-4 sm:grid-cols-2">
        <legend className="mb-2 text-sm font-semibold text-brand-800">单位基础信息</legend>
        <TextField {...field("name")} label="单位名称" maxLength={100} />
        <CreditCodeField {...field("creditCode")} hint="18位" />
        <ContactFields values={values} error={error} />
        {emailSlot}
        {upload("licenseFile", "营业执照", files?.license)}
      </fieldset>
      <fieldset className="grid gap-4 sm:grid-cols-2">
        <legend className="mb-2 text-sm font-semibold text-brand-800">资质信息</legend>
        <QualificationFields values={values} error={error}>
          {upload("qualificationFile", "资质证书", files?.qualification)}
        </QualificationFields>
      </fieldset>
    </>
  );
}

/** A unit's document (营业执照, 资质证书), across both columns; `current` is the file on record. */
export function DocumentUpload(props: Omit<React.ComponentProps<typeof FileField>, "className">) {
  return <FileField {...props} className="sm:col-span-2" />;
}

type GroupProps = { values?: Partial<Values>; error: (name: string) => string | undefined };

/** A field's name, value and error in a group, all required. */
const fieldOf =
  ({ values, error }: GroupProps) =>
  (name: keyof Values) => ({ name, defaultValue: values?.[name] ?? "", error: error(name), required: true });

/** 法定代表人, 注册地 and the contact: the fields that change without review. */
export function ContactFields(props: GroupProps) {
  const field = fieldOf(props);
  return (
    <>
      <TextField {...field("legalRepresentative")} label="法定代表人" />
      <TextField {...field("registeredAddress")} label="注册地" />
      <TextField {...field("contactAddress")} label="联系地址" className="sm:col-span-2" />
      <TextField {...field("contactName")} label="联系人" />
      <PhoneField {...field("contactPhone")} label="联系电话" hint="11位手机号" />
    </>
  );
}

/**
 * 资质类别, 资质等级, 资质证书编号, 资质有效期至, then `children` (the 资质证书 upload). Locked (a change
 * under review), they are read-only and the two selects are sent as hidden fields.
 */
export function QualificationFields({
  locked = false,
  children,
  ...group
}: GroupProps & { locked?: boolean; children?: React.ReactNode }) {
  const field = fieldOf(group);
  return (
    <>
      <SelectField {...field("qualificationType")} label="资质类别" options={QUALIFICATION_TYPES} disabled={locked} />
      <SelectField {...field("qualificationLevel")} label="资质等级" options={QUALIFICATION_LEVELS} disabled={locked} />
      <TextField {...field("qualificationCertNo")} label="资质证书编号" readOnly={locked} />
      <DateField {...field("qualificationExpiry")} label="资质有效期至" readOnly={locked} />
      {children}
      {locked && (
        <>
          <input type="hidden" name="qualificationType" value={group.values?.qualificationType} />
          <input type="hidden" name="qualificationLevel" value={group.values?.qualificationLevel} />
        </>
      )}
    </>
  );
}
