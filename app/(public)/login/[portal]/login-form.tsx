"use client";

import Link from "next/link";
import { FormMessage, SubmitButton, TextField } from "@/components/form/fields";
import { useActionForm } from "@/components/form/use-action-form";
import { loginSchema } from "@/lib/schemas/password.schema";
import { loginAction } from "./actions";

export function LoginForm({
  portal,
  accountLabel,
  accountPlaceholder,
  registerHref,
  forgotHref,
}: {
  portal: string;
  accountLabel: string;
  accountPlaceholder: string;
  registerHref?: string;
  forgotHref?: string;
}) {
  const { state, pending, error, formProps } = useActionForm(loginAction, loginSchema);
  return (
    <form {...formProps} className="space-y-4">
      <input type="hidden" name="portal" value={portal} />
      <FormMessage message={state.message} />
      <TextField
        name="account"
        label={accountLabel}
        placeholder={accountPlaceholder}
        autoComplete="username"
        defaultValue={state.values?.account}
        error={error("account")}
        required
      />
      <TextField
        name="password"
        label="密码"
        type="password"
        autoComplete="current-password"
        error={error("password")}
        required
      />
      <SubmitButton pending={pending} className="w-full">
        登录
      </SubmitButton>
      {(registerHref || forgotHref) && (
        <div className="flex justify-between text-sm">
          {registerHref ? (
            <Link href={registerHref} className="font-medium text-brand-700 hover:underline">
              注册
            </Link>
          ) : (
            <span />
          )}
          {forgotHref && (
            <Link href={forgotHref} className="text-brand-700 hover:underline">
              忘记密码
            </Link>
          )}
        </div>
      )}
    </form>
  );
}
