"use client";

import { PASSWORD_POLICY_TEXT } from "@/lib/domain/password-policy";
import { TextField } from "./fields";

type Error = (name: string) => string | undefined;

/** A password the user already has (登录, 原密码/临时密码). */
export function CurrentPasswordField({ name, label, error }: { name: string; label: string; error: Error }) {
  return (
    <TextField name={name} label={label} type="password" autoComplete="current-password" error={error(name)} required />
  );
}

/** A new password and its confirmation (fields `password` and `confirmPassword`), with the policy as hint. */
export function NewPasswordFields({
  error,
  label = "新密码",
  confirmLabel = "确认新密码",
}: {
  error: Error;
  label?: string;
  confirmLabel?: string;
}) {
  const common = { type: "password", autoComplete: "new-password", required: true } as const;
  return (
    <>
      <TextField {...common} name="password" label={label} error={error("password")} hint={PASSWORD_POLICY_TEXT} />
      <TextField {...common} name="confirmPassword" label={confirmLabel} error={error("confirmPassword")} />
    </>
  );
}
