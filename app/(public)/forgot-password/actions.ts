"use server";

import { publicAction } from "@/lib/server/action";
import { requestPasswordResetCode, resetPasswordWithCode } from "@/lib/server/password/forgot-password";
import { resetCodeSchema, resetSchema } from "@/lib/schemas/forgot-password.schema";

export const sendResetCodeAction = publicAction({ schema: resetCodeSchema }, async ({ input, meta }) => {
  await requestPasswordResetCode({ portal: input.portal, account: input.account, email: input.email, ip: meta.ip });
});

export const resetPasswordAction = publicAction({ schema: resetSchema }, async ({ input, meta }) => {
  await resetPasswordWithCode({
    portal: input.portal,
    account: input.account,
    email: input.email,
    code: input.code,
    password: input.password,
    ip: meta.ip,
  });
});
