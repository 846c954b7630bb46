"use client";

import Link from "next/link";
import { FormMessage, SubmitButton, TextField } from "@/components/form/fields";
import { CurrentPasswordField } from "@/components/form/password-fields";
import { useActionForm } from "@/components/form/use-action-form";
import { loginAction } from "./actions";

// Loaded at the first submit: the login pages are the first a user opens (bench/lighthouse.ts).
const loginSchema = () => import("@/lib/schemas/password.schema").then((m) => m.loginSchema);

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
  const { state, pending, error, field, formProps } = useActionForm(loginAction, loginSchema);
  return (
    <form {...formProps} className="space-y-4">
      <input type="hidden" name="portal" value={portal} />
      <FormMessage message={state.message} />
      <TextField
        {...field("account")}
        label={accountLabel}
        placeholder={accountPlaceholder}
        autoComplete="username"
        required
      />
      <CurrentPasswordField name="password" label="密码" error={error} />
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
