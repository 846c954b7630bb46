"use client";

import Link from "next/link";
import { FormMessage, SubmitButton, TextField } from "@/components/form/fields";
import { useActionForm } from "@/components/form/use-action-form";
import { secondFactorLoginSchema } from "@/lib/schemas/second-factor.schema";
import { secondFactorLoginAction } from "./actions";

export function SecondFactorForm() {
  const { state, pending, field, formProps } = useActionForm(secondFactorLoginAction, secondFactorLoginSchema);
  return (
    <form {...formProps} className="space-y-4">
      <FormMessage message={state.message} />
      <TextField
        {...field("code")}
        label="动态验证码"
        hint="打开手机上的验证器应用，输入显示的6位数字；手机丢失时可输入一个恢复码（每个只能用一次）"
        inputMode="text"
        autoComplete="one-time-code"
        required
      />
      <SubmitButton pending={pending} className="w-full">
        验证并登录
      </SubmitButton>
      <div className="text-sm">
        <Link href="/login/staff" className="text-brand-700 hover:underline">
          返回重新登录
        </Link>
      </div>
    </form>
  );
}
