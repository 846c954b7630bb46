// 长时间未操作: two minutes before an idle session ends the header warns, and 【继续使用】 is a real
// request that keeps the session. The server side (the poll does not extend the session, the idle
// limit itself) is covered by tests/integration/session-idle.test.ts; here the poll's answer is made
// to say 2 minutes 5 seconds are left, so the warning comes without waiting 28 minutes.
import { expect } from "@playwright/test";
import { test } from "./support/axe";
import { PHONE, REVIEWER, loginAs, screenshot } from "./support/fixtures";

test.use({ viewport: PHONE });

test("长时间未操作：退出前 2 分钟提醒，【继续使用】继续使用", async ({ page }) => {
  await loginAs(page, "staff", REVIEWER.account, REVIEWER.password);
  await page.route("**/api/session", async (route) => {
    if (route.request().method() !== "GET") return route.continue();
    const response = await route.fetch();
    await route.fulfill({ response, json: { ...(await response.json()), remainingMs: 125_000 } });
  });
  await page.reload();

  const warning = page.getByRole("alert").filter({ hasText: "您已长时间未操作，将在 2 分钟后退出登录" });
  await expect(warning).toBeVisible({ timeout: 15_000 });
  await screenshot(page, "session-idle-warning");

  await page.unroute("**/api/session");
  const kept = page.waitForResponse((r) => r.url().endsWith("/api/session") && r.request().method() === "POST");
  await page.getByRole("button", { name: "继续使用" }).click();
  expect((await (await kept).json()).remainingMs).toBeGreaterThan(25 * 60_000);
  await expect(warning).toBeHidden();
  await expect(page).not.toHaveURL(/\/login\//);
});
