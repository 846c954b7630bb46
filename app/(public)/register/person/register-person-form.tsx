"use client";

import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { FormMessage, SubmitButton, TextField } from "@/components/form/fields";
import { SendCodeButton } from "@/components/form/send-code-button";
import { useActionForm } from "@/components/form/use-action-form";
import { PASSWORD_POLICY_TEXT } from "@/lib/domain/password-policy";
import type { FormState } from "@/lib/form-state";
import { personRegistrationSchema } from "@/lib/schemas/person.schema";
// The same 【发送验证码】 as the enterprise registration: purpose REGISTER, limited per IP.
import { sendRegistrationCodeAction } from "../actions";
import { registerPersonAction } from "./actions";

export function RegisterPersonForm() {
  const { state, pending, error, formProps } = useActionForm(registerPersonAction, personRegistrationSchema);
  const [codeState, setCodeState] = useState<FormState<{ sentTo: string }> | null>(null);
  const emailError = codeState?.errors?.email?.[0] ?? error("email");

  return (
    <form {...formProps} className="space-y-6">
      <FormMessage message={state.message} />
      <fieldset className="grid gap-4 sm:grid-cols-2">
        <legend className="mb-2 text-sm font-semibold text-brand-800">个人信息</legend>
        <TextField
          name="name"
          label="姓名"
          autoComplete="name"
          maxLength={30}
          defaultValue={state.values?.name}
          error={error("name")}
          required
        />
        <TextField
          name="idNumber"
          label="身份证号"
          autoComplete="off"
          maxLength={18}
          defaultValue={state.values?.idNumber}
          error={error("idNumber")}
          hint="作为登录账号"
          required
        />
        <TextField
          name="phone"
          label="手机"
          type="tel"
          inputMode="numeric"
          autoComplete="tel"
          maxLength={11}
          defaultValue={state.values?.phone}
          error={error("phone")}
          required
        />
        <TextField
          name="email"
          label="邮箱"
          type="email"
          autoComplete="email"
          defaultValue={state.values?.email}
          error={emailError}
          required
          hint="用于接收验证码、审核结果和找回密码"
          className="sm:col-span-2"
          addon={<SendCodeButton action={sendRegistrationCodeAction} fields={["email"]} onResult={setCodeState} />}
        />
      </fieldset>
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
