"use client";

import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { ButtonLink } from "@/components/ui/button";
import { FormMessage, SubmitButton, TextField } from "@/components/form/fields";
import { SendCodeButton } from "@/components/form/send-code-button";
import { useActionForm } from "@/components/form/use-action-form";
import { PASSWORD_POLICY_TEXT } from "@/lib/domain/password-policy";
import type { FormState } from "@/lib/form-state";
import { forgotPasswordResetSchema } from "@/lib/schemas/forgot-password.schema";
import { resetPasswordAction, sendResetCodeAction } from "./actions";

export function ForgotPasswordForm() {
  const { state, pending, error, formProps } = useActionForm(resetPasswordAction, forgotPasswordResetSchema);
  const [codeState, setCodeState] = useState<FormState<void> | null>(null);

  if (state.ok) {
    return (
      <div className="space-y-4 text-center">
        <Alert tone="success">密码已重置，请使用新密码登录。</Alert>
        <ButtonLink href="/login/enterprise">企业登录</ButtonLink>
      </div>
    );
  }
  return (
    <form {...formProps} className="space-y-4">
      <FormMessage message={state.message} />
      <TextField name="account" label="统一社会信用代码" autoComplete="username" error={codeState?.errors?.account?.[0] ?? error("account")} required />
      <TextField
        name="email"
        label="注册邮箱"
        type="email"
        autoComplete="email"
        error={codeState?.errors?.email?.[0] ?? error("email")}
        required
        addon={<SendCodeButton action={sendResetCodeAction} fields={["account", "email"]} onResult={setCodeState} />}
      />
      {codeState?.ok && <Alert tone="success">若账号与邮箱匹配，验证码已发送至该邮箱，10分钟内有效。</Alert>}
      {codeState && !codeState.ok && !codeState.errors && codeState.message && <Alert tone="error">{codeState.message}</Alert>}
      <TextField name="code" label="邮箱验证码" inputMode="numeric" maxLength={6} autoComplete="one-time-code" error={error("code")} required />
      <TextField name="password" label="新密码" type="password" autoComplete="new-password" error={error("password")} hint={PASSWORD_POLICY_TEXT} required />
      <TextField name="confirmPassword" label="确认新密码" type="password" autoComplete="new-password" error={error("confirmPassword")} required />
      <SubmitButton pending={pending} className="w-full">
        提交
      </SubmitButton>
      <p className="text-xs text-slate-500">
        无法自行找回的，请携带加盖公章的企业营业执照复印件到审核部门，由审核人员重置密码。
      </p>
    </form>
  );
}
