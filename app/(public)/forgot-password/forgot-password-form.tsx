"use client";

import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { ButtonLink } from "@/components/ui/button-link";
import { FormMessage, SubmitButton, TextField } from "@/components/form/fields";
import { CodeField, EmailCodeField, SendCodeNotice } from "@/components/form/email-code-fields";
import { NewPasswordFields } from "@/components/form/password-fields";
import { useActionForm } from "@/components/form/use-action-form";
import type { FormState } from "@/lib/form-state";
import { resetPasswordAction, sendResetCodeAction } from "./actions";
import { resetSchema, type ResetPortal } from "@/lib/schemas/forgot-password.schema";

const PORTAL = {
  enterprise: {
    accountLabel: "统一社会信用代码",
    accountProps: { autoComplete: "username" },
    login: { href: "/login/enterprise", label: "企业登录" },
    help: "无法自行找回的，请携带加盖公章的企业营业执照复印件到审核部门，由审核人员重置密码。",
  },
  person: {
    accountLabel: "身份证号",
    accountProps: { autoComplete: "username", maxLength: 18 },
    login: { href: "/login/person", label: "个人登录" },
    help: "注册邮箱已无法使用的，请携带本人身份证到审核部门咨询办理。",
  },
} as const;

export function ForgotPasswordForm({ portal = "enterprise" }: { portal?: ResetPortal }) {
  const config = PORTAL[portal];
  const { state, pending, error, formProps } = useActionForm(resetPasswordAction, resetSchema);
  const [codeState, setCodeState] = useState<FormState<void> | null>(null);

  if (state.ok) {
    return (
      <div className="space-y-4 text-center">
        <Alert tone="success">密码已重置，请使用新密码登录。</Alert>
        <ButtonLink href={config.login.href}>{config.login.label}</ButtonLink>
      </div>
    );
  }
  return (
    <form {...formProps} className="space-y-4">
      <input type="hidden" name="portal" value={portal} />
      <FormMessage message={state.message} />
      <TextField
        name="account"
        label={config.accountLabel}
        {...config.accountProps}
        error={codeState?.errors?.account?.[0] ?? error("account")}
        required
      />
      <EmailCodeField
        name="email"
        label="注册邮箱"
        error={codeState?.errors?.email?.[0] ?? error("email")}
        sendCode={sendResetCodeAction}
        sendFields={["portal", "account", "email"]}
        onCodeResult={setCodeState}
      />
      <SendCodeNotice state={codeState} sentText="若账号与邮箱匹配，验证码已发送至该邮箱，10分钟内有效。" />
      <CodeField error={error("code")} />
      <NewPasswordFields error={error} />
      <SubmitButton pending={pending} className="w-full">
        提交
      </SubmitButton>
      <p className="text-xs text-slate-500">{config.help}</p>
    </form>
  );
}
