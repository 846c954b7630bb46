import { looksLikeCreditCode, normalizeCreditCode } from "@/lib/domain/credit-code";
import { isValidIdNumber, normalizeIdNumber } from "@/lib/domain/id-number";
import { emailField, mobileField } from "./enterprise.schema";
import { codeField, newPasswordField, passwordsMatch } from "./password.schema";
import { z } from "./zod";

/** 身份证号: trimmed, a lower-case x accepted, checked against GB 11643. */
export const idNumberField = z
  .string()
  .trim()
  .min(1, "请填写身份证号")
  .transform(normalizeIdNumber)
  .refine((v) => v.length === 18, "身份证号应为18位")
  .refine((v) => isValidIdNumber(v), "身份证号不正确，请核对");

/** 个人端 【注册】. */
export const personRegistrationSchema = z
  .object({
    name: z.string().trim().min(1, "请填写姓名").max(30, "姓名不能超过30个字"),
    idNumber: idNumberField,
    phone: mobileField,
    email: emailField,
    code: codeField,
    password: newPasswordField,
    confirmPassword: z.string().min(1, "请再次输入密码"),
  })
  .refine((v) => v.password === v.confirmPassword, passwordsMatch);

export const reasonField = z.string().trim().min(1, "请填写申请原因").max(200, "原因不能超过200字");

/** 【调出申请】 from the holder's current unit. */
export const transferOutSchema = z.object({ certificateId: z.uuid("参数错误"), reason: reasonField });

/** 【调入申请】 to a unit found by its exact name or 统一社会信用代码. */
export const transferInSchema = z.object({
  certificateId: z.uuid("参数错误"),
  unit: z
    .string()
    .trim()
    .min(1, "请输入单位全称或统一社会信用代码")
    .max(100)
    .transform((v) => (looksLikeCreditCode(v) ? normalizeCreditCode(v) : v)),
  reason: reasonField,
});

/** The unit's 【审核】 on a transfer: 同意 / 不同意 (意见 required for 不同意). */
export const unitDecisionSchema = z
  .object({
    applicationId: z.uuid("参数错误"),
    version: z.coerce.number().int().min(0),
    decision: z.enum(["unitApprove", "unitReject"], "请选择同意或不同意"),
    opinion: z.string().trim().max(500, "意见不能超过500字").optional().default(""),
  })
  .refine((v) => v.decision !== "unitReject" || v.opinion.length > 0, {
    message: "请填写不同意的意见",
    path: ["opinion"],
  });
