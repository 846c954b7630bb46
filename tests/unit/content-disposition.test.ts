import { describe, expect, it } from "vitest";
import { contentDisposition } from "@/lib/content-disposition";

describe("contentDisposition", () => {
  it("encodes Chinese names and the characters RFC 5987 does not allow", () => {
    expect(contentDisposition("attachment", "电子证书-浙交安C(24)G00123.pdf")).toBe(
      "attachment; filename*=UTF-8''%E7%94%B5%E5%AD%90%E8%AF%81%E4%B9%A6-%E6%B5%99%E4%BA%A4%E5%AE%89C%2824%29G00123.pdf",
    );
    expect(contentDisposition("inline", "it's.pdf")).toBe("inline; filename*=UTF-8''it%27s.pdf");
  });
});
