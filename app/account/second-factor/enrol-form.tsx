"use client";

import { Alert } from "@/components/ui/alert";
import { ButtonLink } from "@/components/ui/button";
import { FormMessage, SubmitButton, TextField } from "@/components/form/fields";
import { useActionForm } from "@/components/form/use-action-form";
import { enrolSecondFactorSchema } from "@/lib/schemas/second-factor.schema";
import { enrolSecondFactorAction } from "./actions";

/** The code that confirms the scan; then the recovery codes, shown this once. */
export function EnrolForm({ home }: { home: string }) {
  const { state, pending, field, formProps } = useActionForm(enrolSecondFactorAction, enrolSecondFactorSchema);
  if (state.ok && state.data) {
    return (
      <div className="space-y-4">
        <Alert tone="success" title="动态口令已绑定">
          以下10个恢复码只显示这一次。请抄写或打印后妥善保管：手机丢失时，每个恢复码可代替动态验证码登录一次。
        </Alert>
        <ol
          className="grid grid-cols-2 gap-2 rounded-md bg-slate-100 p-3 font-mono text-base tracking-wider"
          data-testid="recovery-codes"
        >
          {state.data.recoveryCodes.map((code) => (
            <li key={code}>{code}</li>
          ))}
        </ol>
        <ButtonLink href={home} className="w-full">
          我已保存恢复码，进入系统
        </ButtonLink>
      </div>
    );
  }
  return (
    <form {...formProps} className="space-y-4">
      <FormMessage message={state.message} />
      <TextField
        {...field("code")}
        label="动态验证码"
        hint="扫码后，输入验证器应用显示的6位数字"
        inputMode="numeric"
        autoComplete="one-time-code"
        required
      />
      <SubmitButton pending={pending} className="w-full">
        完成绑定
      </SubmitButton>
    </form>
  );
}
