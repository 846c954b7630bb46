import { enterpriseFieldsSchema } from "./enterprise.schema";
import { codeField, newPasswordField, passwordsMatch } from "./password.schema";
import { z } from "./zod";

export const registrationSchema = enterpriseFieldsSchema
  .extend({
    code: codeField,
    password: newPasswordField,
    confirmPassword: z.string().min(1, "请再次输入密码"),
  })
  .refine((v) => v.password === v.confirmPassword, passwordsMatch);

/** 前往修改: the same fields; the verified email and the password are not changed here. */
export const resubmitRegistrationSchema = enterpriseFieldsSchema.omit({ email: true });

export const sendCodeSchema = z.object({
  email: enterpriseFieldsSchema.shape.email,
});
