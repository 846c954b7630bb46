"use client";

import { useState } from "react";
import { EmailCodeField, SendCodeNotice } from "@/components/form/email-code-fields";
import type { FormState } from "@/lib/form-state";
import { sendRegistrationCodeAction } from "./actions";

/**
 * Both registration forms' 邮箱 with 【发送验证码】 (purpose REGISTER, limited per IP) and what sending answered.
 * `field` is placed in the form's fieldset, `notice` below it; an error from sending wins over the form's.
 */
export function useRegistrationEmail(
  values: Record<string, string> | undefined,
  error: (name: string) => string | undefined,
) {
  const [codeState, setCodeState] = useState<FormState<{ sentTo: string }> | null>(null);
  const field = (hint: string, className?: string) => (
    <EmailCodeField
      name="email"
      label="邮箱"
      defaultValue={values?.email}
      error={codeState?.errors?.email?.[0] ?? error("email")}
      hint={hint}
      className={className}
      sendCode={sendRegistrationCodeAction}
      onCodeResult={setCodeState}
    />
  );
  return { field, notice: <SendCodeNotice state={codeState} /> };
}
