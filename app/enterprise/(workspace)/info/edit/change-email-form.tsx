"use client";

import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { FormMessage, SubmitButton, TextField } from "@/components/form/fields";
import { SendCodeButton } from "@/components/form/send-code-button";
import { useActionForm } from "@/components/form/use-action-form";
import type { FormState } from "@/lib/form-state";
import { changeEmailSchema } from "@/lib/schemas/enterprise.schema";
import { codeField } from "@/lib/schemas/password.schema";
import { confirmEmailChangeAction, requestEmailChangeAction } from "./actions";

const confirmSchema = changeEmailSchema.extend({ code: codeField });

/** 更换邮箱: a code goes to the new address; the email changes once the code is entered. */
export function ChangeEmailForm({ currentEmail }: { currentEmail: string }) {
  const { state, pending, error, formProps } = useActionForm(confirmEmailChangeAction, confirmSchema);
  const [codeState, setCodeState] = useState<FormState<{ sentTo: string }> | null>(null);
  return (
    <form {...formProps} className="space-y-4">
      <p className="text-sm text-slate-600">当前邮箱：{currentEmail}</p>
      <FormMessage message={state.message} />
      <TextField
        name="newEmail"
        label="新邮箱"
        type="email"
        autoComplete="email"
        defaultValue={state.values?.newEmail}
        error={codeState?.errors?.newEmail?.[0] ?? error("newEmail")}
        required
        addon={<SendCodeButton action={requestEmailChangeAction} fields={["newEmail"]} onResult={setCodeState} />}
      />
      {codeState?.ok && <Alert tone="success">验证码已发送至 {codeState.data?.sentTo}，10分钟内有效</Alert>}
      {codeState && !codeState.ok && !codeState.errors && codeState.message && (
        <Alert tone="error">{codeState.message}</Alert>
      )}
      <TextField
        name="code"
        label="邮箱验证码"
        inputMode="numeric"
        maxLength={6}
        autoComplete="one-time-code"
        error={error("code")}
        required
      />
      <SubmitButton pending={pending}>确认更换邮箱</SubmitButton>
    </form>
  );
}
