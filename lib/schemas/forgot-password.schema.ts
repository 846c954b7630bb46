import { emailField } from "./enterprise.schema";
import { codeField, withPasswordConfirmation } from "./password.schema";
import { z } from "./zod";

export const forgotPasswordCodeSchema = z.object({
  account: z.string().trim().min(1, "请输入统一社会信用代码"),
  email: emailField,
});

export const forgotPasswordResetSchema = withPasswordConfirmation({
  account: z.string().trim().min(1, "请输入统一社会信用代码"),
  email: emailField,
  code: codeField,
});
