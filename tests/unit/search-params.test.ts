import { describe, expect, it } from "vitest";
import { searchText } from "@/lib/domain/search-params";

describe("searchText (typed search terms from the URL)", () => {
  it("drops control characters (a NUL reached PostgreSQL as a 500), trims and caps the length", () => {
    expect(searchText({ q: "  张\u0000三\u001f\u007f " }, "q")).toBe("张三");
    expect(searchText({ q: "x".repeat(80) }, "q")).toHaveLength(50);
    expect(searchText({ q: "x".repeat(80) }, "q", 100)).toHaveLength(80);
    expect(searchText(new URLSearchParams("q=%00%E6%B5%99%E4%BA%A4%E5%AE%89"), "q")).toBe("浙交安");
  });

  it("is undefined when absent, empty after cleaning, or given twice (an array)", () => {
    expect(searchText({}, "q")).toBeUndefined();
    expect(searchText({ q: " \u0000 " }, "q")).toBeUndefined();
    expect(searchText({ q: ["a", "b"] }, "q")).toBeUndefined();
  });
});
