import { describe, expect, it } from "vitest";
import { isValidMobile } from "@/lib/domain/phone";
import fixtures from "@/tests/fixtures/identifiers.json";

describe("手机号", () => {
  it.each(fixtures.mobile.valid)("%s is valid", (value) => {
    expect(isValidMobile(value)).toBe(true);
  });
  it.each(fixtures.mobile.invalid)("%s is invalid", (value) => {
    expect(isValidMobile(value)).toBe(false);
  });
  it.each(["", " 13800138000", "13800138000 ", "+8613800138000", "138-0013-8000"])("%j is invalid", (value) => {
    expect(isValidMobile(value)).toBe(false);
  });
});
