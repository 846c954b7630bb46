"use client";

import { Alert } from "@/components/ui/alert";
import type { FormState } from "@/lib/form-state";
import { TextField } from "./fields";
import { SendCodeButton } from "./send-code-button";

/** An email field with 【发送验证码】, which sends `sendFields` (default: this field) to `sendCode`. */
export function EmailCodeField<T>({
  sendCode,
  sendFields,
  onCodeResult,
  ...field
}: Omit<React.ComponentProps<typeof TextField>, "addon" | "type"> & {
  sendCode: (prev: FormState<T>, formData: FormData) => Promise<FormState<T>>;
  sendFields?: string[];
  onCodeResult: (state: FormState<T>) => void;
}) {
  return (
    <TextField
      type="email"
      autoComplete="email"
      required
      {...field}
      addon={<SendCodeButton action={sendCode} fields={sendFields ?? [field.name]} onResult={onCodeResult} />}
    />
  );
}

/**
 * What 【发送验证码】 answered: sent (by default "sent to <sentTo>"), or a refusal that is not about a
 * field (a field's error is shown beside the field).
 */
export function SendCodeNotice({
  state,
  sentText,
}: {
  state: FormState<{ sentTo: string } | void> | null;
  sentText?: string;
}) {
  if (!state) return null;
  if (state.ok) {
    const sentTo = state.data ? state.data.sentTo : undefined;
    return <Alert tone="success">{sentText ?? `验证码已发送至 ${sentTo}，10分钟内有效`}</Alert>;
  }
  if (!state.errors && state.message) return <Alert tone="error">{state.message}</Alert>;
  return null;
}

/** The 6-digit 邮箱验证码 field (`code`). */
export function CodeField({ error }: { error?: string }) {
  return (
    <TextField
      name="code"
      label="邮箱验证码"
      inputMode="numeric"
      maxLength={6}
      autoComplete="one-time-code"
      error={error}
      required
    />
  );
}
