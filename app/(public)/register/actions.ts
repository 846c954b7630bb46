"use server";

import { issueEmailCode } from "@/lib/server/auth/email-codes";
import { publicAction } from "@/lib/server/action";
import { consume, TOO_MANY } from "@/lib/server/rate-limit";
import { fileFrom } from "@/lib/server/files/save-upload";
import { registerEnterprise } from "@/lib/server/registration/register-enterprise";
import { registrationSchema, sendCodeSchema } from "@/lib/schemas/registration.schema";

export const sendRegistrationCodeAction = publicAction({ schema: sendCodeSchema }, async ({ input, meta }) => {
  await consume("sendCodeIp", meta.ip, TOO_MANY("验证码发送"));
  await issueEmailCode({ purpose: "REGISTER", email: input.email });
  return { sentTo: input.email };
});

export const registerAction = publicAction(
  { schema: registrationSchema, redirectTo: () => "/register/success" },
  async ({ input, formData, meta }) => {
    const { code, password, confirmPassword: _confirm, ...fields } = input;
    await registerEnterprise({
      fields,
      code,
      password,
      licenseFile: fileFrom(formData, "licenseFile"),
      qualificationFile: fileFrom(formData, "qualificationFile"),
      ip: meta.ip,
    });
  },
);
