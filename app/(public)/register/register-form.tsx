"use client";

import { EnterpriseFieldset } from "@/components/enterprise/enterprise-fields";
import { FormMessage } from "@/components/form/fields";
import { useActionForm } from "@/components/form/use-action-form";
import { registrationSchema } from "@/lib/schemas/registration.schema";
import { registerAction } from "./actions";
import { useRegistrationEmail } from "./registration-email";
import { VerifyEmailFieldset } from "./verify-email-fieldset";

export function RegisterForm() {
  const { state, pending, error, formProps } = useActionForm(registerAction, registrationSchema);
  const email = useRegistrationEmail(state.values, error);

  return (
    <form {...formProps} className="space-y-6">
      <FormMessage message={state.message} />
      <EnterpriseFieldset
        values={state.values}
        error={error}
        filesRequired
        emailSlot={email.field("用于接收验证码和审核结果，可作为登录账号")}
      />
      {email.notice}
      <VerifyEmailFieldset error={error} pending={pending} />
    </form>
  );
}
