"use client";

import { TextField } from "./fields";

const HINT = {
  login: "打开手机上的验证器应用，输入显示的6位数字；手机丢失时可输入一个恢复码（每个只能用一次）",
  enrol: "扫码后，输入验证器应用显示的6位数字",
};

/**
 * 动态验证码 (`code`): the authenticator app's 6 digits. At login it also takes a recovery code (letters, so the
 * keyboard is not numeric); at enrolment it confirms the scan.
 */
export function TotpCodeField({
  at,
  ...field
}: {
  at: keyof typeof HINT;
  name: string;
  defaultValue?: string;
  error?: string;
}) {
  return (
    <TextField
      {...field}
      label="动态验证码"
      hint={HINT[at]}
      inputMode={at === "login" ? "text" : "numeric"}
      autoComplete="one-time-code"
      required
    />
  );
}
