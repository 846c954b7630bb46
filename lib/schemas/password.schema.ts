import { looksLikeCreditCode, normalizeCreditCode } from "@/lib/domain/credit-code";
import { isStrongPassword, PASSWORD_POLICY_TEXT } from "@/lib/domain/password-policy";
import { z } from "./zod";

type Confirmed = { password: string; confirmPassword: string };

/**
 * Options of the "两次输入的密码不一致" refinement: reported beside the confirmation, and checked
 * even while other fields are still invalid, so it comes with the first round of errors.
 */
export const passwordsMatch = {
  message: "两次输入的密码不一致",
  path: ["confirmPassword"],
  when: (payload: { value: unknown }) => {
    const v = payload.value as Partial<Confirmed> | undefined;
    return typeof v?.password === "string" && typeof v?.confirmPassword === "string" && v.confirmPassword.length > 0;
  },
};

export const newPasswordField = z.string().refine(isStrongPassword, PASSWORD_POLICY_TEXT);

/** password + confirmPassword, with the mismatch reported beside the confirmation. */
export function withPasswordConfirmation<T extends z.ZodRawShape>(shape: T) {
  return z
    .object({ ...shape, password: newPasswordField, confirmPassword: z.string().min(1, "请再次输入密码") })
    .refine((v) => (v as Confirmed).password === (v as Confirmed).confirmPassword, passwordsMatch);
}

export const codeField = z
  .string()
  .trim()
  .regex(/^\d{6}$/, "请输入邮件中的6位验证码");

export const changePasswordSchema = withPasswordConfirmation({
  oldPassword: z.string().min(1, "请输入原密码"),
});

/** An enterprise signs in with its 统一社会信用代码 (upper-cased, as at registration) or its email. */
export const loginSchema = z
  .object({
    portal: z.enum(["enterprise", "person", "staff"]),
    account: z.string().trim().min(1, "请输入账号"),
    password: z.string().min(1, "请输入密码"),
  })
  .transform((v) =>
    v.portal === "enterprise" && looksLikeCreditCode(v.account) ? { ...v, account: normalizeCreditCode(v.account) } : v,
  );
