"use client";

import { useState } from "react";
import { CodeField, EmailCodeField, SendCodeNotice } from "@/components/form/email-code-fields";
import { FormMessage, SubmitButton } from "@/components/form/fields";
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
      <EmailCodeField
        name="newEmail"
        label="新邮箱"
        defaultValue={state.values?.newEmail}
        error={codeState?.errors?.newEmail?.[0] ?? error("newEmail")}
        sendCode={requestEmailChangeAction}
        onCodeResult={setCodeState}
      />
      <SendCodeNotice state={codeState} />
      <CodeField error={error("code")} />
      <SubmitButton pending={pending}>确认更换邮箱</SubmitButton>
    </form>
  );
}
