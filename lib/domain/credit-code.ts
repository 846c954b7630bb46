// 统一社会信用代码, GB 32100-2015: 18 characters from a 31-character alphabet (no I, O, S, V, Z);
// the 18th is a check character over the first 17 with weights 3^(i-1) mod 31.
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

export function isValidCreditCode(code: string): boolean {
  if (code.length !== 18) return false;
  const check = creditCodeCheckChar(code.slice(0, 17));
  return check !== null && check === code[17];
}
