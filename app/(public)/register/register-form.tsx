"use client";

import { useState } from "react";
import { EnterpriseFieldset } from "@/components/enterprise/enterprise-fields";
import { EmailCodeField, SendCodeNotice } from "@/components/form/email-code-fields";
import { FormMessage } from "@/components/form/fields";
import { useActionForm } from "@/components/form/use-action-form";
import type { FormState } from "@/lib/form-state";
import { registrationSchema } from "@/lib/schemas/registration.schema";
import { registerAction, sendRegistrationCodeAction } from "./actions";
import { VerifyEmailFieldset } from "./verify-email-fieldset";

export function RegisterForm() {
  const { state, pending, error, formProps } = useActionForm(registerAction, registrationSchema);
  const [codeState, setCodeState] = useState<FormState<{ sentTo: string }> | null>(null);

  return (
    <form {...formProps} className="space-y-6">
      <FormMessage message={state.message} />
      <EnterpriseFieldset
        values={state.values}
        error={error}
        filesRequired
        emailSlot={
          <EmailCodeField
            name="email"
            label="邮箱"
            defaultValue={state.values?.email}
            error={codeState?.errors?.email?.[0] ?? error("email")}
            hint="用于接收验证码和审核结果，可作为登录账号"
            sendCode={sendRegistrationCodeAction}
            onCodeResult={setCodeState}
          />
        }
      />
      <SendCodeNotice state={codeState} />
      <VerifyEmailFieldset error={error} pending={pending} />
    </form>
  );
}
