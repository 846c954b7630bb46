import { describe, expect, it } from "vitest";
import { PROVINCES, regionName } from "@/lib/domain/regions";

describe("行政区划代码 (provinces and cities)", () => {
  it("holds the 31 provinces of the mainland, each city under its own province's code", () => {
    expect(PROVINCES).toHaveLength(31);
    for (const p of PROVINCES) {
      expect(p.code).toMatch(/^\d{2}$/);
      for (const c of p.cities) expect(c.code.slice(0, 2)).toBe(p.code);
    }
  });

  it("names the region, leaving out a municipality's 市辖区", () => {
    expect(regionName("33", "3301")).toBe("浙江省 杭州市");
    expect(regionName("11", "1101")).toBe("北京市");
  });
});
