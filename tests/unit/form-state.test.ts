import { describe, expect, it } from "vitest";
import { echoValues, formDataToObject } from "@/lib/form-state";

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

describe("formDataToObject", () => {
  it("a field named like an Object member is just a field; __proto__ is dropped", () => {
    const fd = new FormData();
    fd.append("toString", "a");
    fd.append("constructor", "b");
    fd.append("__proto__", "c");
    fd.append("__proto__", "d");
    fd.append("name", "x");
    fd.append("name", "y");
    const out = formDataToObject(fd);
    expect(out).toEqual({ toString: "a", constructor: "b", name: ["x", "y"] });
    expect(Object.getPrototypeOf(out)).toBe(Object.prototype);
  });
});
