"use client";

import { FormMessage, TextField } from "@/components/form/fields";
import { useActionForm } from "@/components/form/use-action-form";
import { personRegistrationSchema } from "@/lib/schemas/person.schema";
// The same 【发送验证码】 as the enterprise registration: purpose REGISTER, limited per IP.
import { useRegistrationEmail } from "../registration-email";
import { VerifyEmailFieldset } from "../verify-email-fieldset";
import { registerPersonAction } from "./actions";
import { PhoneField } from "@/components/form/number-fields";

export function RegisterPersonForm() {
  const { state, pending, error, field, formProps } = useActionForm(registerPersonAction, personRegistrationSchema);
  const email = useRegistrationEmail(state.values, error);

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
        {email.field("用于接收验证码、审核结果和找回密码", "sm:col-span-2")}
      </fieldset>
      {email.notice}
      <VerifyEmailFieldset error={error} pending={pending} />
    </form>
  );
}
