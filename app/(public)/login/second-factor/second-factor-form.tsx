"use client";

import Link from "next/link";
import { FormMessage, SubmitButton } from "@/components/form/fields";
import { TotpCodeField } from "@/components/form/totp-code-field";
import { useActionForm } from "@/components/form/use-action-form";
import { secondFactorLoginSchema } from "@/lib/schemas/second-factor.schema";
import { secondFactorLoginAction } from "./actions";

export function SecondFactorForm() {
  const { state, pending, field, formProps } = useActionForm(secondFactorLoginAction, secondFactorLoginSchema);
  return (
    <form {...formProps} className="space-y-4">
      <FormMessage message={state.message} />
      <TotpCodeField {...field("code")} at="login" />
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
