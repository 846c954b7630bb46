import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays, daysBetween } from "@/lib/domain/calendar-date";
import {
  birthDateOf,
  idNumberCheckChar,
  isValidIdNumber,
  maskIdNumber,
  normalizeIdNumber,
} from "@/lib/domain/id-number";
import fixtures from "@/tests/fixtures/identifiers.json";

const TODAY = "2026-11-27";

const digits = (n: number) => fc.string({ unit: fc.constantFrom(..."0123456789"), minLength: n, maxLength: n });
const birthDate = fc.integer({ min: 0, max: daysBetween("1900-01-01", TODAY) }).map((n) => addDays("1900-01-01", n));
const validIdNumber = fc.tuple(digits(6), birthDate, digits(3)).map(([area, birth, seq]) => {
  const first17 = area + birth.replaceAll("-", "") + seq;
  return first17 + idNumberCheckChar(first17);
});

describe("身份证号 fixtures", () => {
  it.each(fixtures.idNumbers.valid)("%s is valid", (value) => {
    expect(isValidIdNumber(value, TODAY)).toBe(true);
    expect(normalizeIdNumber(value)).toBe(value);
  });
  it.each(fixtures.idNumbers.invalid)("$value is invalid ($why)", ({ value }) => {
    expect(isValidIdNumber(value, TODAY)).toBe(false);
  });
  it.each(fixtures.idNumbers.normalise)("$value normalises to $to, which is valid", ({ value, to }) => {
    expect(normalizeIdNumber(value)).toBe(to);
    expect(isValidIdNumber(normalizeIdNumber(value), TODAY)).toBe(true);
  });
});

describe("身份证号 rules", () => {
  it("trims surrounding spaces when normalising", () => {
    expect(normalizeIdNumber(" 11010519491231002x\t")).toBe("11010519491231002X");
  });
  it("validates only the canonical form", () => {
    expect(isValidIdNumber("11010519491231002x", TODAY)).toBe(false);
    expect(isValidIdNumber(" 11010519491231002X", TODAY)).toBe(false);
  });
  it("rejects a birth date in the future, accepts one today", () => {
    const first17 = "110105" + "20261127" + "002";
    const id = first17 + idNumberCheckChar(first17);
    expect(isValidIdNumber(id, "2026-11-27")).toBe(true);
    expect(isValidIdNumber(id, "2026-11-26")).toBe(false);
  });
  it("reads the birth date", () => {
    expect(birthDateOf("11010519491231002X")).toBe("1949-12-31");
    expect(birthDateOf("110105194902300020")).toBeNull();
    expect(birthDateOf("11010519491231002")).toBeNull();
  });
  it("masks all but the first 6 and last 4 characters", () => {
    expect(maskIdNumber("11010519491231002X")).toBe("110105********002X");
    expect(maskIdNumber("330102199007070024")).toBe("330102********0024");
    expect(maskIdNumber("123")).toBe("***");
  });
});

describe("身份证号 properties", () => {
  it("every generated number passes, and its birth date is read back", () => {
    fc.assert(
      fc.property(validIdNumber, (id) => {
        expect(isValidIdNumber(id, TODAY)).toBe(true);
        expect(birthDateOf(id)?.replaceAll("-", "")).toBe(id.slice(6, 14));
      }),
    );
  });

  it("every change of one character fails", () => {
    const replacement = fc.constantFrom(..."0123456789Xx");
    fc.assert(
      fc.property(validIdNumber, fc.nat(17), replacement, (id, i, c) => {
        fc.pre(id[i] !== c);
        return !isValidIdNumber(id.slice(0, i) + c + id.slice(i + 1), TODAY);
      }),
    );
  });

  it("masking keeps the length and hides the birth date", () => {
    fc.assert(
      fc.property(validIdNumber, (id) => {
        const masked = maskIdNumber(id);
        return masked.length === 18 && masked === id.slice(0, 6) + "********" + id.slice(14);
      }),
    );
  });
});
