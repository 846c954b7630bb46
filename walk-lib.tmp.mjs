import { chromium } from "@playwright/test";
export const base = "http://localhost:3100";
export const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox","--disable-gpu","--disable-quic","--no-first-run","--disable-background-networking","--disable-component-update","--disable-sync","--lang=zh-CN"] });
export const shot = (page, name) => page.screenshot({ path: `/tmp/shots3/${name}.png`, fullPage: true });
export async function newPage(width) {
  const ctx = await browser.newContext({ viewport: { width, height: width < 500 ? 812 : 900 }, locale: "zh-CN" });
  const page = await ctx.newPage();
  page.on("pageerror", (e) => console.log("pageerror", e.message));
  return page;
}
export async function login(page, portal, account, password) {
  await page.goto(`${base}/login/${portal}`, { waitUntil: "networkidle" });
  await page.getByRole("textbox").first().fill(account);
  await page.locator("input[name=password]").fill(password);
  await page.getByRole("button", { name: "登录" }).click();
  await page.waitForURL((u) => !u.pathname.startsWith("/login"));
  await page.waitForLoadState("networkidle");
}
