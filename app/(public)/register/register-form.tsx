"use client";

import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { EnterpriseFieldset } from "@/components/enterprise/enterprise-fields";
import { FormMessage, SubmitButton, TextField } from "@/components/form/fields";
import { SendCodeButton } from "@/components/form/send-code-button";
import { useActionForm } from "@/components/form/use-action-form";
import type { FormState } from "@/lib/form-state";
import { PASSWORD_POLICY_TEXT } from "@/lib/domain/password-policy";
import { registrationSchema } from "@/lib/schemas/registration.schema";
import { registerAction, sendRegistrationCodeAction } from "./actions";

export function RegisterForm() {
  const { state, pending, error, formProps } = useActionForm(registerAction, registrationSchema);
  const [codeState, setCodeState] = useState<FormState<{ sentTo: string }> | null>(null);
  const emailError = codeState?.errors?.email?.[0] ?? error("email");

  return (
    <form {...formProps} className="space-y-6">
      <FormMessage message={state.message} />
      <EnterpriseFieldset
        values={state.values}
        error={error}
        filesRequired
        emailSlot={
          <TextField
            name="email"
            label="邮箱"
            type="email"
            autoComplete="email"
            defaultValue={state.values?.email}
            error={emailError}
            required
            hint="用于接收验证码和审核结果，可作为登录账号"
            addon={<SendCodeButton action={sendRegistrationCodeAction} fields={["email"]} onResult={setCodeState} />}
          />
        }
      />
      {codeState?.ok && <Alert tone="success">验证码已发送至 {codeState.data?.sentTo}，10分钟内有效</Alert>}
      {codeState && !codeState.ok && !codeState.errors?.email && codeState.message && (
        <Alert tone="error">{codeState.message}</Alert>
      )}
      <fieldset className="grid gap-4 sm:grid-cols-2">
        <legend className="mb-2 text-sm font-semibold text-brand-800">验证邮箱并设置密码</legend>
        <TextField
          name="code"
          label="邮箱验证码"
          inputMode="numeric"
          maxLength={6}
          autoComplete="one-time-code"
          error={error("code")}
          required
        />
        <div className="hidden sm:block" />
        <TextField
          name="password"
          label="设置密码"
          type="password"
          autoComplete="new-password"
          error={error("password")}
          hint={PASSWORD_POLICY_TEXT}
          required
        />
        <TextField
          name="confirmPassword"
          label="确认密码"
          type="password"
          autoComplete="new-password"
          error={error("confirmPassword")}
          required
        />
      </fieldset>
      <div className="flex justify-end">
        <SubmitButton pending={pending} className="w-full sm:w-auto">
          提交
        </SubmitButton>
      </div>
    </form>
  );
}
