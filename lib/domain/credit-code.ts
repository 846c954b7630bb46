// 统一社会信用代码, GB 32100-2015: 18 characters from a 31-character alphabet (no I, O, S, V, Z);
// positions 3–8 are the 登记管理机关行政区划码 (six digits); the 18th is a check character over the
// first 17 with weights 3^(i-1) mod 31. The validator is strict (upper case); forms upper-case what
// is typed before checking it (normalizeCreditCode).
export const CREDIT_CODE_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
const WEIGHTS = Array.from({ length: 17 }, (_, i) => 3 ** i % 31);

export function creditCodeCheckChar(first17: string): string | null {
  if (first17.length !== 17) return null;
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const value = CREDIT_CODE_ALPHABET.indexOf(first17[i]);
    if (value < 0) return null;
    sum += value * WEIGHTS[i];
  }
  return CREDIT_CODE_ALPHABET[(31 - (sum % 31)) % 31];
}

/** Positions 3–8 (行政区划码) are digits. */
export function hasDigitRegionCode(code: string): boolean {
  return /^.{2}\d{6}/u.test(code);
}

/** What people type: surrounding spaces dropped, letters in upper case. */
export function normalizeCreditCode(code: string): string {
  return code.trim().toUpperCase();
}

/** Looks like a credit code (18 letters and digits), e.g. in a field that also takes a name or an email. */
export function looksLikeCreditCode(text: string): boolean {
  return /^[0-9A-Za-z]{18}$/.test(text.trim());
}

export function isValidCreditCode(code: string): boolean {
  if (code.length !== 18 || !hasDigitRegionCode(code)) return false;
  const check = creditCodeCheckChar(code.slice(0, 17));
  return check !== null && check === code[17];
}
