"use client";

import { useState } from "react";
import { EmailCodeField, SendCodeNotice } from "@/components/form/email-code-fields";
import { FormMessage, TextField } from "@/components/form/fields";
import { useActionForm } from "@/components/form/use-action-form";
import type { FormState } from "@/lib/form-state";
import { personRegistrationSchema } from "@/lib/schemas/person.schema";
// The same 【发送验证码】 as the enterprise registration: purpose REGISTER, limited per IP.
import { sendRegistrationCodeAction } from "../actions";
import { VerifyEmailFieldset } from "../verify-email-fieldset";
import { registerPersonAction } from "./actions";
import { PhoneField } from "@/components/form/number-fields";

export function RegisterPersonForm() {
  const { state, pending, error, field, formProps } = useActionForm(registerPersonAction, personRegistrationSchema);
  const [codeState, setCodeState] = useState<FormState<{ sentTo: string }> | null>(null);

  return (
    <form {...formProps} className="space-y-6">
      <FormMessage message={state.message} />
      <fieldset className="grid gap-4 sm:grid-cols-2">
        <legend className="mb-2 text-sm font-semibold text-brand-800">个人信息</legend>
        <TextField {...field("name")} required label="姓名" autoComplete="name" maxLength={30} />
        <TextField
          {...field("idNumber")}
          required
          label="身份证号"
          autoComplete="off"
          maxLength={18}
          hint="作为登录账号"
        />
        <PhoneField {...field("phone")} required label="手机" autoComplete="tel" />
        <EmailCodeField
          name="email"
          label="邮箱"
          defaultValue={state.values?.email}
          error={codeState?.errors?.email?.[0] ?? error("email")}
          hint="用于接收验证码、审核结果和找回密码"
          className="sm:col-span-2"
          sendCode={sendRegistrationCodeAction}
          onCodeResult={setCodeState}
        />
      </fieldset>
      <SendCodeNotice state={codeState} />
      <VerifyEmailFieldset error={error} pending={pending} />
    </form>
  );
}
