// Security headers from the running server (scripts/server.ts → next start): a CSP with a fresh nonce
// on every response and no inline script without it, frame-ancestors 'none', Permissions-Policy,
// nosniff, Referrer-Policy; and the pages still work under that CSP (no violation in the console
// while signing in). HSTS is only sent when APP_URL is https (lib/security-headers.ts; the unit test
// tests/unit/security-headers.test.ts covers that switch, as the e2e server runs on http).
import { expect, type Page } from "@playwright/test";
import { test } from "./support/axe";
import { PHONE, REVIEWER, loginAs, screenshot } from "./support/fixtures";

const PAGES = ["/", "/login/enterprise", "/login/staff", "/login/person", "/register", "/verify", "/forgot-password"];

function nonceOf(csp: string): string {
  const match = /'nonce-([^']+)'/.exec(csp);
  expect(match, `CSP without a nonce: ${csp}`).not.toBeNull();
  return match![1];
}

test("每个页面：CSP（每次不同的 nonce）、禁止被嵌入、Permissions-Policy 等安全响应头", async ({ request }) => {
  const seen = new Set<string>();
  for (const path of PAGES) {
    for (let i = 0; i < 2; i++) {
      const response = await request.get(path);
      expect(response.status(), path).toBe(200);
      const headers = response.headers();
      const csp = headers["content-security-policy"];
      expect(csp, path).toBeTruthy();
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).toContain("object-src 'none'");
      expect(csp).toContain("base-uri 'self'");
      const scriptSrc = csp.split(";").find((d) => d.trim().startsWith("script-src"))!;
      expect(scriptSrc).not.toContain("unsafe-inline");
      expect(scriptSrc).not.toContain("unsafe-eval");
      const nonce = nonceOf(csp);
      expect(seen.has(nonce), `nonce reused on ${path}`).toBe(false);
      seen.add(nonce);

      expect(headers["x-frame-options"]).toBe("DENY");
      expect(headers["x-content-type-options"]).toBe("nosniff");
      expect(headers["referrer-policy"]).toBe("same-origin");
      expect(headers["permissions-policy"]).toMatch(/camera=\(\)/);
      expect(headers["permissions-policy"]).toMatch(/microphone=\(\)/);
      expect(headers["permissions-policy"]).toMatch(/geolocation=\(\)/);
      expect(headers["x-powered-by"]).toBeUndefined();
      // The server runs on http here: no HSTS (a browser would ignore it over http anyway).
      expect(headers["strict-transport-security"]).toBeUndefined();

      // Every <script> in the HTML carries this response's nonce (Next's own inline and chunk scripts).
      const html = await response.text();
      const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
      expect(scripts.length, path).toBeGreaterThan(0);
      for (const tag of scripts) expect(tag, `${path}: ${tag}`).toContain(`nonce="${nonce}"`);
    }
  }
});

function recordCspViolations(page: Page): string[] {
  const violations: string[] = [];
  page.on("console", (message) => {
    const text = message.text();
    // A blocked script or style, or a header the browser could not read.
    if (/Content Security Policy|Content-Security-Policy|Permissions-Policy/i.test(text)) violations.push(text);
  });
  return violations;
}

test.describe(() => {
  test.use({ viewport: PHONE });

  test("CSP 下页面照常工作：登录、注册页无违规，可登录进入工作台", async ({ page }) => {
    const violations = recordCspViolations(page);
    for (const path of PAGES) {
      await page.goto(path);
      await page.waitForLoadState("networkidle");
    }
    // A client-side check runs (hydrated React): an empty login shows the field errors beside the fields.
    await page.goto("/login/staff");
    await page.getByRole("button", { name: "登录" }).click();
    await expect(page.getByText("请输入账号")).toBeVisible();
    await loginAs(page, "staff", REVIEWER.account, REVIEWER.password);
    await expect(page.getByRole("heading", { name: "待办", level: 1 })).toBeVisible();
    // The reviewer's queue rendered; its tabs are links the hydrated router follows (an RSC fetch).
    await page.goto("/staff/review/registration");
    await expect(page.getByRole("heading", { name: "企业注册审核" })).toBeVisible();
    await page.getByRole("link", { name: "审核通过", exact: true }).click();
    await expect(page.getByRole("link", { name: "审核通过", exact: true })).toHaveAttribute("aria-current", "page");
    await page.waitForLoadState("networkidle");
    await screenshot(page, "csp-staff-home");
    expect(violations).toEqual([]);
  });

  test("页面不能被其他网站嵌入（frame-ancestors 'none'）", async ({ page }) => {
    const violations = recordCspViolations(page);
    await page.goto("/login/enterprise");
    const origin = new URL(page.url()).origin;
    // A page of another origin (about:blank with a data: document is cross-origin) framing the login page.
    await page.setContent(
      `<html lang="zh-CN"><title>嵌入测试</title><iframe id="f" title="企业登录" src="${origin}/login/enterprise"` +
        ` width="300" height="300"></iframe></html>`,
    );
    await page.waitForTimeout(1500);
    const framed = page.frames().find((f) => f.url().includes("/login/enterprise"));
    const loaded = framed
      ? await framed
          .locator("body")
          .innerText()
          .catch(() => "")
      : "";
    expect(loaded).not.toContain("登录");
    expect(violations.join("\n")).toMatch(/frame-ancestors/);
  });
});

test("匿名的服务器操作请求体超过 64 KB：413，Next 不读取", async ({ request }) => {
  const headers = { "Next-Action": "7f00000000000000000000000000000000000000aa", "Content-Type": "text/plain" };
  const big = await request.post("/login/enterprise", { headers, data: "a".repeat(65 * 1024) });
  expect(big.status()).toBe(413);
  expect(await big.text()).toContain("请求内容过大");
  // A small one reaches Next (which answers for an unknown action itself, not with 413).
  const small = await request.post("/login/enterprise", { headers, data: "a".repeat(1024) });
  expect(small.status()).not.toBe(413);
});
