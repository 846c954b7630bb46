import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  isStrongPassword,
  passwordClassCount,
  PASSWORD_MAX_LENGTH,
  PASSWORD_MIN_LENGTH,
  PASSWORD_POLICY_TEXT,
} from "@/lib/domain/password-policy";

const CLASSES = {
  upper: "ABCDEFGHIJKLMNOPQRSTUVWXYZ",
  lower: "abcdefghijklmnopqrstuvwxyz",
  digit: "0123456789",
  symbol: "!@#$%^&*()-_=+[]{};:'\",.<>/?`~|\\",
};

describe("密码强度 examples", () => {
  it.each(["Demo@2026", "Admin@2026", "Abcdefg1", "abc123!@#", "ABC123!@#", "Passw0rd"])("%s passes", (pw) => {
    expect(isStrongPassword(pw)).toBe(true);
  });
  it.each([
    ["password", "one class"],
    ["Password", "two classes"],
    ["12345678", "one class"],
    ["Ab1@", "too short"],
    ["Abc@123", "7 characters"],
    ["demo 2026", "two classes: a space is not a symbol"],
    ["Abc 123", "7 characters"],
    ["Aa1@" + "x".repeat(61), "65 characters"],
    ["😀😀😀Ab1", "6 characters, though 9 UTF-16 units"],
  ])("%s fails (%s)", (pw) => {
    expect(isStrongPassword(pw)).toBe(false);
  });
  it.each(["Abc 1234", "Demo 2026", " Abc1234", "correct Horse battery 9", "Aa1 " + "x".repeat(60)])(
    "%s passes: spaces are allowed (NIST SP 800-63B)",
    (pw) => {
      expect(isStrongPassword(pw)).toBe(true);
    },
  );
  it("says the minimum, the maximum and that spaces are allowed", () => {
    expect(PASSWORD_POLICY_TEXT).toContain(`至少${PASSWORD_MIN_LENGTH}位`);
    expect(PASSWORD_POLICY_TEXT).toContain(`最多${PASSWORD_MAX_LENGTH}位`);
    expect(PASSWORD_POLICY_TEXT).toContain("可以包含空格");
  });
  it("counts classes", () => {
    expect(passwordClassCount("Demo@2026")).toBe(4);
    expect(passwordClassCount("password")).toBe(1);
  });
});

describe("密码强度 properties", () => {
  it("any string shorter than 8 characters fails", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: PASSWORD_MIN_LENGTH - 1 }), (pw) => !isStrongPassword(pw)),
    );
  });

  it("any string drawn from at most two classes fails", () => {
    const twoClasses = fc
      .subarray(Object.values(CLASSES), { minLength: 1, maxLength: 2 })
      .chain((sets) => fc.string({ unit: fc.constantFrom(...sets.join("")), minLength: 8, maxLength: 64 }));
    fc.assert(fc.property(twoClasses, (pw) => passwordClassCount(pw) < 3 && !isStrongPassword(pw)));
  });

  it("a strong password has at least 8 characters and 3 classes", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 70 }), (pw) => {
        if (isStrongPassword(pw)) return Array.from(pw).length >= 8 && passwordClassCount(pw) >= 3;
        return true;
      }),
    );
  });

  it("8–64 characters from at least three classes pass", () => {
    const strong = fc.subarray(Object.values(CLASSES), { minLength: 3 }).chain((sets) =>
      fc
        .tuple(
          fc.tuple(...sets.map((set) => fc.constantFrom(...set))),
          fc.string({
            unit: fc.constantFrom(...sets.join("")),
            minLength: 8 - sets.length,
            maxLength: 64 - sets.length,
          }),
        )
        .map(([required, rest]) => required.join("") + rest),
    );
    fc.assert(fc.property(strong, (pw) => isStrongPassword(pw)));
  });
});
