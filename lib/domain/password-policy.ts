export const PASSWORD_MIN_LENGTH = 8;
export const PASSWORD_MAX_LENGTH = 64;
export const PASSWORD_POLICY_TEXT =
  "密码至少8位、最多64位，且包含大写字母、小写字母、数字、符号中的至少3种（可以包含空格）";

/**
 * Character classes present: upper, lower, digit, symbol (anything else that is not a space).
 * Spaces are allowed (NIST SP 800-63B: pass phrases) but do not count as a symbol.
 */
export function passwordClassCount(password: string): number {
  return [/[A-Z]/, /[a-z]/, /\d/, /[^A-Za-z\d\s]/].filter((re) => re.test(password)).length;
}

export function isStrongPassword(password: string): boolean {
  // Count characters, not UTF-16 units: "😀😀😀Ab1" is 6 characters, not 9.
  const length = Array.from(password).length;
  return length >= PASSWORD_MIN_LENGTH && length <= PASSWORD_MAX_LENGTH && passwordClassCount(password) >= 3;
}
