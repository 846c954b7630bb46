import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, newNonce, requestSecurityHeaders } from "@/lib/security-headers";

describe("security headers", () => {
  it("a nonce is fresh and long enough", () => {
    const nonces = new Set(Array.from({ length: 100 }, newNonce));
    expect(nonces.size).toBe(100);
    for (const n of nonces) expect(Buffer.from(n, "base64")).toHaveLength(16);
  });

  it("scripts need the nonce: no unsafe-inline, no unsafe-eval outside next dev", () => {
    const csp = contentSecurityPolicy("abc");
    const scriptSrc = csp.split("; ").find((d) => d.startsWith("script-src"))!;
    expect(scriptSrc).toBe("script-src 'self' 'nonce-abc' 'strict-dynamic'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(contentSecurityPolicy("abc", { dev: true })).toContain("'unsafe-eval'");
  });

  it("HSTS only when the public address is https", () => {
    expect(requestSecurityHeaders("n", { appUrl: "https://aq.example.cn" })["Strict-Transport-Security"]).toBe(
      "max-age=31536000; includeSubDomains",
    );
    expect(requestSecurityHeaders("n", { appUrl: "http://localhost:3000" })).not.toHaveProperty(
      "Strict-Transport-Security",
    );
    expect(requestSecurityHeaders("n", {})).not.toHaveProperty("Strict-Transport-Security");
  });
});
