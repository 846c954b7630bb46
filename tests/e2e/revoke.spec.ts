// 撤销 by the 考核部门, and what 已注销 then looks like to everyone:
//   the 考核部门 opens a certificate in 【证书登记簿】, 【撤销证书】 → 撤销原因 → 【确认撤销】, and the page
//   shows 已注销 with the history row 撤销 and its reason; the public 证书查验 page (/verify/<id>, what
//   the printed 电子证书's QR code opens) says 已注销; the unit sees the certificate only under the
//   状态 filter 已注销; the holder is told by mail and sees 已注销 in 我的证书, with no 电子证书 link.
//
// It revokes 孙立新's certificate of 杭州示例港航工程有限公司 (prisma/seed.ts: the 12th demo holder, 即将到期),
// which no guide spec uses; guide §2 counts only that unit's 变更 messages, so one more does not matter.
import { mkdirSync } from "node:fs";
import path from "node:path";
import { expect, type Page } from "@playwright/test";
import { test } from "./support/axe";
import { idNumberCheckChar } from "../../lib/domain/id-number";
import {
  ASSESSOR,
  HOLDER_PASSWORD,
  clickUntilVisible,
  holderEmail,
  loginAs,
  mainMenu,
  screenshot,
  shownValue,
} from "./support/fixtures";
import { waitForMail } from "./support/mailbox";

const DESKTOP = { width: 1366, height: 900 } as const;
test.use({ viewport: DESKTOP });

const UNIT = { creditCode: "91330100MA2EF3GH4F", password: "Demo@2026" } as const;
const HOLDER_FIRST17 = "33010619811212111";
const HOLDER = {
  name: "孙立新",
  idNumber: HOLDER_FIRST17 + idNumberCheckChar(HOLDER_FIRST17),
  email: holderEmail(HOLDER_FIRST17),
};
const REASON = "经核查，该证书系以提供虚假材料的欺骗手段取得，依法予以撤销。";

/** A full-page PNG at 1366 px beside the 375 px ones (tests/e2e/.artifacts/screens/). */
async function desktopScreenshot(page: Page, name: string) {
  const screens = path.join(test.info().project.testDir, ".artifacts", "screens");
  mkdirSync(screens, { recursive: true });
  await page.screenshot({ path: path.join(screens, `${name}-1366.png`), fullPage: true, animations: "disabled" });
}

test("考核部门【撤销证书】：证书变为已注销，查验页、单位证书查询和持证人均显示已注销", async ({ browser, page }) => {
  let certificateUrl = "";
  const startedAt = Date.now();

  await test.step("考核部门在【证书登记簿】打开证书，【撤销证书】→ 填写撤销原因 →【确认撤销】", async () => {
    await loginAs(page, "staff", ASSESSOR.account, ASSESSOR.password);
    await mainMenu(page).getByRole("link", { name: "证书登记簿" }).click();
    await page.getByRole("search").getByLabel("搜索").fill(HOLDER.name);
    await page.getByRole("button", { name: "搜索" }).click();
    const list = page.getByRole("region", { name: "证书列表" });
    await expect(list.getByRole("row").filter({ hasText: HOLDER.name })).toHaveCount(1);
    await list.getByRole("row").filter({ hasText: HOLDER.name }).getByRole("link", { name: /^查看/ }).click();
    await expect(page.getByRole("heading", { name: `${HOLDER.name} 的证书` })).toBeVisible();
    certificateUrl = page.url();

    const dialog = page.getByRole("dialog", { name: "撤销证书" });
    await clickUntilVisible(page.getByRole("button", { name: "撤销证书" }), dialog);
    // No reason: a message beside the field, nothing sent.
    await dialog.getByRole("button", { name: "确认撤销" }).click();
    await expect(dialog.getByLabel("撤销原因")).toHaveAccessibleDescription(/请填写撤销原因/);
    await dialog.getByLabel("撤销原因").fill(REASON);
    await desktopScreenshot(page, "revoke-dialog");
    await screenshot(page, "revoke-dialog");
    await dialog.getByRole("button", { name: "确认撤销" }).click();
    await expect(dialog).toBeHidden();

    await expect(shownValue(page, "状态")).toHaveText("已注销");
    // The newest history row (each row lists its changes in a nested list).
    const latest = page.getByRole("list", { name: "证书记录" }).locator(":scope > li").last();
    await expect(latest.getByText("撤销", { exact: true })).toBeVisible();
    await expect(latest).toContainText(`原因：${REASON}`);
    await expect(latest).toContainText("考核部门");
    await expect(latest).toContainText("证书状态：存续 → 改为已注销");
    await expect(page.getByRole("button", { name: "撤销证书" })).toHaveCount(0);
    await desktopScreenshot(page, "revoke-done");
    await screenshot(page, "revoke-done");
  });

  await test.step("扫码查验页面 /verify/<id> 显示已注销（无需登录）", async () => {
    const id = certificateUrl.split("/").pop()!;
    const visitor = await (await browser.newContext({ viewport: DESKTOP })).newPage();
    await visitor.goto(`/verify/${id}`);
    await expect(visitor.getByRole("heading", { name: "证书查验" })).toBeVisible();
    await expect(visitor.getByRole("status")).toContainText("当前状态：已注销");
    await desktopScreenshot(visitor, "revoke-verify");
    await screenshot(visitor, "revoke-verify");
    await visitor.context().close();
  });

  await test.step("单位的【证书查询】默认不再列出该证书，状态选【已注销】时列出", async () => {
    const unit = await (await browser.newContext({ viewport: DESKTOP })).newPage();
    await loginAs(unit, "enterprise", UNIT.creditCode, UNIT.password);
    await mainMenu(unit).getByRole("link", { name: "证书查询", exact: true }).click();
    await expect(unit.getByRole("heading", { name: "证书查询", level: 1 })).toBeVisible();
    const list = unit.getByRole("region", { name: "证书列表" });
    await expect(list.getByRole("row").nth(1)).toBeVisible();
    await expect(list.getByRole("row").filter({ hasText: HOLDER.name })).toHaveCount(0);

    await unit.getByLabel("状态").selectOption("已注销");
    await unit.getByRole("button", { name: "查询" }).click();
    await expect(unit).toHaveURL(/status=/);
    const row = list.getByRole("row").filter({ hasText: HOLDER.name });
    await expect(row).toHaveCount(1);
    await expect(row).toContainText("已注销");
    await expect(row.getByRole("link", { name: /电子证书/ })).toHaveCount(0);
    await screenshot(unit, "revoke-unit-filter");
    await unit.context().close();
  });

  await test.step("持证人收到通知邮件，【我的证书】显示已注销，不能下载电子证书或办理调动", async () => {
    const mail = await waitForMail(HOLDER.email, "证书已撤销", { after: startedAt });
    expect(mail.text).toContain(REASON);
    const holder = await (await browser.newContext({ viewport: DESKTOP })).newPage();
    await loginAs(holder, "person", HOLDER.idNumber, HOLDER_PASSWORD);
    await holder.goto("/person/certificates");
    const card = holder.getByRole("list", { name: "我的证书" }).getByRole("listitem").filter({ hasText: HOLDER.name });
    await expect(card).toContainText("已注销");
    await expect(card).toContainText("证书已注销，不能办理调动");
    await expect(card.getByRole("link", { name: /电子证书|调出申请|调入申请/ })).toHaveCount(0);
    await screenshot(holder, "revoke-holder");
    await holder.context().close();
  });
});
