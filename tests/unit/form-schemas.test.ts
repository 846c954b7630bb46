import { describe, expect, it } from "vitest";
import { issuesToFieldErrors } from "@/lib/form-state";
import { registrationSchema } from "@/lib/schemas/registration.schema";
import { changePasswordSchema } from "@/lib/schemas/password.schema";

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
    expect(changePasswordSchema.safeParse({ oldPassword: "x", password: "Demo@2026", confirmPassword: "Demo@2026" }).success).toBe(true);
  });
});
