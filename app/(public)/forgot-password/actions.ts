"use server";

import { publicAction } from "@/lib/server/action";
import { requestPasswordResetCode, resetPasswordWithCode } from "@/lib/server/password/forgot-password";
import { forgotPasswordCodeSchema, forgotPasswordResetSchema } from "@/lib/schemas/forgot-password.schema";

export const sendResetCodeAction = publicAction({ schema: forgotPasswordCodeSchema }, async ({ input, meta }) => {
  await requestPasswordResetCode({ ...input, ip: meta.ip });
});

export const resetPasswordAction = publicAction({ schema: forgotPasswordResetSchema }, async ({ input, meta }) => {
  await resetPasswordWithCode({ account: input.account, email: input.email, code: input.code, password: input.password, ip: meta.ip });
});
