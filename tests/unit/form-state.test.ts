import { describe, expect, it } from "vitest";
import { echoValues } from "@/lib/form-state";

describe("echoValues", () => {
  it("echoes what was typed, but never a password or a code", () => {
    const fd = new FormData();
    fd.set("name", "某某公司");
    fd.set("password", "Secret@2026");
    fd.set("confirmPassword", "Secret@2026");
    fd.set("code", "123456");
    fd.set("oldPassword", "x");
    fd.set("licenseFile", new File(["%PDF-"], "a.pdf"));
    expect(echoValues(fd)).toEqual({ name: "某某公司" });
  });
});
