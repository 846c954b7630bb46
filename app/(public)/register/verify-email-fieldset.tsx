"use client";

import { SubmitButton } from "@/components/form/fields";
import { CodeField } from "@/components/form/email-code-fields";
import { NewPasswordFields } from "@/components/form/password-fields";

/** The end of both registration forms: 验证邮箱并设置密码, then 【提交】. */
export function VerifyEmailFieldset({
  error,
  pending,
}: {
  error: (name: string) => string | undefined;
  pending: boolean;
}) {
  return (
    <>
      <fieldset className="grid gap-4 sm:grid-cols-2">
        <legend className="mb-2 text-sm font-semibold text-brand-800">验证邮箱并设置密码</legend>
        <CodeField error={error("code")} />
        <div className="hidden sm:block" />
        <NewPasswordFields error={error} label="设置密码" confirmLabel="确认密码" />
      </fieldset>
      <div className="flex justify-end">
        <SubmitButton pending={pending} className="w-full sm:w-auto">
          提交
        </SubmitButton>
      </div>
    </>
  );
}
