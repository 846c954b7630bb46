export const PASSWORD_MIN_LENGTH = 8;
export const PASSWORD_MAX_LENGTH = 64;
export const PASSWORD_POLICY_TEXT = "密码至少8位，且包含大写字母、小写字母、数字、符号中的至少3种";

/** Character classes present: upper, lower, digit, symbol (anything else that is not a space). */
export function passwordClassCount(password: string): number {
  return [/[A-Z]/, /[a-z]/, /\d/, /[^A-Za-z\d\s]/].filter((re) => re.test(password)).length;
}

export function isStrongPassword(password: string): boolean {
  // Count characters, not UTF-16 units: "😀😀😀Ab1" is 6 characters, not 9.
  const length = Array.from(password).length;
  return (
    length >= PASSWORD_MIN_LENGTH &&
    length <= PASSWORD_MAX_LENGTH &&
    !/\s/.test(password) &&
    passwordClassCount(password) >= 3
  );
}
