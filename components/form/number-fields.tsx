"use client";

import { TextField } from "./fields";

type Props = Omit<React.ComponentProps<typeof TextField>, "type" | "inputMode" | "maxLength">;

/** A mobile number: 11 digits, the numeric keyboard. */
export function PhoneField(props: Props) {
  return <TextField type="tel" inputMode="numeric" maxLength={11} {...props} />;
}

/** 统一社会信用代码: 18 characters, typed in capitals. */
export function CreditCodeField({ label = "统一社会信用代码", ...props }: Omit<Props, "label"> & { label?: string }) {
  return <TextField label={label} maxLength={18} autoCapitalize="characters" {...props} />;
}
