import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  CREDIT_CODE_ALPHABET,
  creditCodeCheckChar,
  hasDigitRegionCode,
  isValidCreditCode,
  looksLikeCreditCode,
  normalizeCreditCode,
} from "@/lib/domain/credit-code";
import fixtures from "@/tests/fixtures/identifiers.json";

const alphabetChar = fc.constantFrom(...CREDIT_CODE_ALPHABET);
const digit = fc.constantFrom(..."0123456789");
const validCode = fc
  .tuple(
    fc.string({ unit: alphabetChar, minLength: 2, maxLength: 2 }),
    fc.string({ unit: digit, minLength: 6, maxLength: 6 }), // 行政区划码
    fc.string({ unit: alphabetChar, minLength: 9, maxLength: 9 }),
  )
  .map((parts) => parts.join(""))
  .map((first17) => first17 + creditCodeCheckChar(first17));
const LETTERS = [...CREDIT_CODE_ALPHABET].filter((c) => /[A-Z]/.test(c));
// Characters outside the alphabet: I O S V Z, lower case, full-width, anything.
const otherChar = fc.oneof(
  fc.constantFrom(..."IOSVZaxy０Ａ -"),
  fc.string({ unit: "binary", minLength: 1, maxLength: 1 }),
);

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

describe("行政区划码 (positions 3–8) must be digits", () => {
  it("every fixture's valid code has digits there", () => {
    for (const code of fixtures.creditCodes.valid) expect(hasDigitRegionCode(code), code).toBe(true);
  });

  it("a letter there fails even when the check character fits", () => {
    fc.assert(
      fc.property(validCode, fc.integer({ min: 2, max: 7 }), fc.constantFrom(...LETTERS), (code, i, letter) => {
        const first17 = replaceAt(code, i, letter).slice(0, 17);
        const refitted = first17 + creditCodeCheckChar(first17); // the check character fits again
        return !hasDigitRegionCode(refitted) && !isValidCreditCode(refitted);
      }),
    );
  });

  it("91A50200776049653? fails whatever its check character", () => {
    const first17 = "91A50200776049653";
    expect(isValidCreditCode(first17 + creditCodeCheckChar(first17))).toBe(false);
  });
});

describe("typed codes are upper-cased", () => {
  it("normalizeCreditCode trims and upper-cases; the validator itself stays strict", () => {
    expect(normalizeCreditCode(" 91330100ma2ab1cd2n ")).toBe("91330100MA2AB1CD2N");
    expect(isValidCreditCode("91330100MA2AB1CD2n")).toBe(false);
    expect(isValidCreditCode(normalizeCreditCode("91330100MA2AB1CD2n"))).toBe(true);
  });

  it("looksLikeCreditCode tells a code from a name or an email", () => {
    expect(looksLikeCreditCode("91330100ma2ab1cd2n")).toBe(true);
    expect(looksLikeCreditCode("杭州示范建设有限公司")).toBe(false);
    expect(looksLikeCreditCode("unit@example.com")).toBe(false);
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
