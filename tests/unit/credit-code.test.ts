import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CREDIT_CODE_ALPHABET, creditCodeCheckChar, isValidCreditCode } from "@/lib/domain/credit-code";
import fixtures from "@/tests/fixtures/identifiers.json";

const alphabetChar = fc.constantFrom(...CREDIT_CODE_ALPHABET);
const validCode = fc
  .string({ unit: alphabetChar, minLength: 17, maxLength: 17 })
  .map((first17) => first17 + creditCodeCheckChar(first17));
// Characters outside the alphabet: I O S V Z, lower case, full-width, anything.
const otherChar = fc.oneof(fc.constantFrom(..."IOSVZaxy０Ａ -"), fc.string({ unit: "binary", minLength: 1, maxLength: 1 }));

function replaceAt(s: string, i: number, c: string): string {
  return s.slice(0, i) + c + s.slice(i + 1);
}

describe("统一社会信用代码 fixtures", () => {
  it.each(fixtures.creditCodes.valid)("%s is valid", (code) => {
    expect(isValidCreditCode(code)).toBe(true);
  });
  it.each(fixtures.creditCodes.invalid)("$value is invalid ($why)", ({ value }) => {
    expect(isValidCreditCode(value)).toBe(false);
  });
  it("91350200776049653A is valid", () => {
    expect(isValidCreditCode("91350200776049653A")).toBe(true);
    expect(creditCodeCheckChar("91350200776049653")).toBe("A");
  });
  it("has no check character for malformed input", () => {
    expect(creditCodeCheckChar("9135020077604965")).toBeNull();
    expect(creditCodeCheckChar("9135020077604965I")).toBeNull();
  });
});

describe("统一社会信用代码 properties", () => {
  it("every generated code passes", () => {
    fc.assert(fc.property(validCode, (code) => isValidCreditCode(code)));
  });

  it("every change of one character to another alphabet character fails", () => {
    fc.assert(
      fc.property(validCode, fc.nat(17), alphabetChar, (code, i, c) => {
        fc.pre(code[i] !== c);
        return !isValidCreditCode(replaceAt(code, i, c));
      }),
    );
  });

  it("every change of one character to a character outside the alphabet fails", () => {
    fc.assert(
      fc.property(validCode, fc.nat(17), otherChar, (code, i, c) => {
        fc.pre(!CREDIT_CODE_ALPHABET.includes(c));
        return !isValidCreditCode(replaceAt(code, i, c));
      }),
    );
  });

  it("every single-character change of 91350200776049653A fails (exhaustive)", () => {
    const code = "91350200776049653A";
    for (let i = 0; i < code.length; i++) {
      for (const c of CREDIT_CODE_ALPHABET + "IOSVZa") {
        if (c !== code[i]) expect(isValidCreditCode(replaceAt(code, i, c)), `${i}→${c}`).toBe(false);
      }
    }
  });
});
