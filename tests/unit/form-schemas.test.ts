import { describe, expect, it } from "vitest";
import { issuesToFieldErrors } from "@/lib/form-state";
import { registrationSchema } from "@/lib/schemas/registration.schema";
import { changePasswordSchema, loginSchema, newPasswordField } from "@/lib/schemas/password.schema";
import { creditCodeCheckChar } from "@/lib/domain/credit-code";
import { PASSWORD_POLICY_TEXT } from "@/lib/domain/password-policy";
import { creditCodeField } from "@/lib/schemas/enterprise.schema";
import { resetCodeSchema } from "@/lib/schemas/forgot-password.schema";
import { transferInSchema } from "@/lib/schemas/person.schema";

describe("password confirmation", () => {
  it("is reported with the first round of errors, not after every other field is fixed", () => {
    const result = registrationSchema.safeParse({ name: "", password: "Demo@2026", confirmPassword: "Demo@2027" });
    expect(result.success).toBe(false);
    const errors = issuesToFieldErrors(result.error!.issues);
    expect(errors.name).toBeDefined();
    expect(errors.confirmPassword).toEqual(["两次输入的密码不一致"]);
  });

  it("says nothing about a match while the confirmation is empty", () => {
    const result = changePasswordSchema.safeParse({ oldPassword: "x", password: "Demo@2026", confirmPassword: "" });
    const errors = issuesToFieldErrors(result.error!.issues);
    expect(errors.confirmPassword).toEqual(["请再次输入密码"]);
  });

  it("passes when the two agree", () => {
    expect(
      changePasswordSchema.safeParse({ oldPassword: "x", password: "Demo@2026", confirmPassword: "Demo@2026" }).success,
    ).toBe(true);
  });
});

describe("统一社会信用代码 in every form that takes one: upper-cased, so both sides agree", () => {
  const lower = "91330100ma2ab1cd2n";
  const upper = "91330100MA2AB1CD2N";

  it("registration accepts a lower-case code and keeps it upper-cased", () => {
    const result = creditCodeField.safeParse(lower);
    expect(result).toMatchObject({ success: true, data: upper });
  });

  it("registration says why a letter in the 行政区划码 is refused", () => {
    const first17 = "91A30100MA2AB1CD2";
    const result = creditCodeField.safeParse(first17 + creditCodeCheckChar(first17));
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((i) => i.message)).toEqual(["统一社会信用代码第3–8位（行政区划码）应为数字"]);
  });

  it("login upper-cases an enterprise's code, not an email or another portal's account", () => {
    const login = (portal: string, account: string) => loginSchema.parse({ portal, account, password: "x" }).account;
    expect(login("enterprise", lower)).toBe(upper);
    expect(login("enterprise", "Unit@Example.com")).toBe("Unit@Example.com");
    expect(login("staff", "reviewer")).toBe("reviewer");
  });

  it("forgot password upper-cases it", () => {
    const input = { portal: "enterprise", account: lower, email: "unit@example.com" };
    expect(resetCodeSchema.parse(input).account).toBe(upper);
  });

  it("the 调入 search upper-cases a code and leaves a unit name alone", () => {
    const search = (unit: string) => transferInSchema.pick({ unit: true }).parse({ unit }).unit;
    expect(search(lower)).toBe(upper);
    expect(search("杭州示范建设有限公司")).toBe("杭州示范建设有限公司");
  });
});

describe("new passwords", () => {
  it("accept spaces and give the policy, with its maximum, when refused", () => {
    expect(newPasswordField.safeParse("Abc 1234").success).toBe(true);
    const refused = newPasswordField.safeParse("abc 1234");
    expect(refused.error?.issues[0].message).toBe(PASSWORD_POLICY_TEXT);
    expect(PASSWORD_POLICY_TEXT).toMatch(/最多64位/);
  });
});
