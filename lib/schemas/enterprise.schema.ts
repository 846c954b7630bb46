import { hasDigitRegionCode, isValidCreditCode, normalizeCreditCode } from "@/lib/domain/credit-code";
import { isValidCalendarDate } from "@/lib/domain/calendar-date";
import { MOBILE_PATTERN } from "@/lib/domain/phone";
import { z } from "./zod";

const text = (label: string, max = 100) =>
  z.string().trim().min(1, `请填写${label}`).max(max, `${label}不能超过${max}个字`);

export const QUALIFICATION_TYPES = [
  "公路工程施工总承包",
  "港口与航道工程施工总承包",
  "公路路面工程专业承包",
  "公路路基工程专业承包",
  "公路交通工程专业承包",
  "港口与海岸工程专业承包",
  "航道工程专业承包",
  "通航建筑物工程专业承包",
] as const;
export const QUALIFICATION_LEVELS = ["特级", "一级", "二级", "三级", "不分等级"] as const;

/** A typed 统一社会信用代码, upper-cased (wherever one is typed, so every form and the server agree). */
export const creditCodeText = (required: string) => z.string().trim().min(1, required).transform(normalizeCreditCode);

export const creditCodeField = creditCodeText("请填写统一社会信用代码")
  .refine((v) => v.length === 18, { message: "统一社会信用代码应为18位", abort: true })
  .refine(hasDigitRegionCode, { message: "统一社会信用代码第3–8位（行政区划码）应为数字", abort: true })
  .refine(isValidCreditCode, "统一社会信用代码不正确，请核对");

export const emailField = z
  .string()
  .trim()
  .min(1, "请填写邮箱")
  .max(100, "邮箱不能超过100个字符")
  .pipe(z.email("邮箱格式不正确"))
  .transform((v) => v.toLowerCase());

export const mobileField = z.string().trim().min(1, "请填写联系电话").regex(MOBILE_PATTERN, "请输入正确的11位手机号");

/** 基础信息 of an enterprise, as registered and as later edited. */
export const enterpriseFieldsSchema = z.object({
  name: text("单位名称"),
  creditCode: creditCodeField,
  legalRepresentative: text("法定代表人", 50),
  registeredAddress: text("注册地", 200),
  contactAddress: text("联系地址", 200),
  contactName: text("联系人", 50),
  contactPhone: mobileField,
  email: emailField,
  qualificationType: z.enum(QUALIFICATION_TYPES, "请选择资质类别"),
  qualificationLevel: z.enum(QUALIFICATION_LEVELS, "请选择资质等级"),
  qualificationCertNo: text("资质证书编号", 50),
  qualificationExpiry: z
    .string()
    .trim()
    .min(1, "请填写资质有效期")
    .refine((v) => isValidCalendarDate(v), "日期格式不正确"),
});
export type EnterpriseFields = z.infer<typeof enterpriseFieldsSchema>;

export const ENTERPRISE_FIELD_LABEL: Record<keyof EnterpriseFields, string> = {
  name: "单位名称",
  creditCode: "统一社会信用代码",
  legalRepresentative: "法定代表人",
  registeredAddress: "注册地",
  contactAddress: "联系地址",
  contactName: "联系人",
  contactPhone: "联系电话",
  email: "邮箱",
  qualificationType: "资质类别",
  qualificationLevel: "资质等级",
  qualificationCertNo: "资质证书编号",
  qualificationExpiry: "资质有效期至",
};

/** 【编辑】 基础信息: everything but the credit code and the email (which has its own confirmation). */
export const enterpriseEditSchema = enterpriseFieldsSchema.omit({ creditCode: true, email: true });
export type EnterpriseEdit = z.infer<typeof enterpriseEditSchema>;

/** Saved at once, without review (guide §2 其他信息修改). */
export const DIRECT_FIELDS = [
  "legalRepresentative",
  "registeredAddress",
  "contactAddress",
  "contactName",
  "contactPhone",
] as const;
/** Changed through a 资质变更 application. */
export const QUALIFICATION_FIELDS = [
  "qualificationType",
  "qualificationLevel",
  "qualificationCertNo",
  "qualificationExpiry",
] as const;

export const changeEmailSchema = z.object({ newEmail: emailField });

const resubmitIds = { applicationId: z.uuid(), version: z.coerce.number().int().min(0) };
/** 【前往修改】 a rejected 单位名称变更. */
export const resubmitNameChangeSchema = enterpriseEditSchema.pick({ name: true }).extend(resubmitIds);
/** 【前往修改】 a rejected 资质变更. */
export const resubmitQualificationChangeSchema = enterpriseEditSchema
  .pick({ qualificationType: true, qualificationLevel: true, qualificationCertNo: true, qualificationExpiry: true })
  .extend(resubmitIds);
