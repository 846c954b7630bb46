// Issue 10 §2: a holder's record is claimed with proof. A demo holder with a certificate at
// 浙江示例路桥工程有限公司 and no 个人端 account yet (钱思远, prisma/seed.ts) registers; the account sees
// nothing of the record and is told the binding awaits the unit's confirmation; the unit confirms in
// its 待办 (个人账号绑定确认); the holder sees the certificate in 我的证书. Then the 审核部门 undoes the
// binding (账号绑定确认 › 已绑定 ›【解除绑定】) and the record is out of the account's reach again.
import path from "node:path";
import { expect, type Page } from "@playwright/test";
import { test } from "./support/axe";
import { HOLDER_PASSWORD, PHONE, REVIEWER, loginAs, mainMenu, screenshot, uniqueEmail } from "./support/fixtures";
import { waitForCode, waitForMail } from "./support/mailbox";

const UNIT = { name: "浙江示例路桥工程有限公司", creditCode: "91330100MA2AB1CD2N", password: "Demo@2026" };
const HOLDER = { name: "钱思远", idNumber: "330106199005051239", phone: "13900000999", email: uniqueEmail("qian") };
const DESKTOP = { width: 1366, height: 900 } as const;

/** A full-page PNG at 1366 px (the 375 px one is `screenshot`). */
async function desktopShot(page: Page, name: string) {
  const viewport = page.viewportSize();
  await page.setViewportSize(DESKTOP);
  const file = path.join(test.info().project.testDir, ".artifacts", "screens", `${name}-1366.png`);
  await page.screenshot({ path: file, fullPage: true, animations: "disabled" });
  if (viewport) await page.setViewportSize(viewport);
}

test.use({ viewport: PHONE });

test("个人账号绑定：注册 → 待单位确认 → 单位【确认绑定】→ 我的证书；审核部门【解除绑定】", async ({ browser }) => {
  test.setTimeout(240_000);
  const holder = await (await browser.newContext({ viewport: PHONE })).newPage();
  const unit = await (await browser.newContext({ viewport: DESKTOP })).newPage();
  const reviewer = await (await browser.newContext({ viewport: DESKTOP })).newPage();

  await test.step("持证人员【个人注册】：姓名、身份证号与证书记录一致", async () => {
    await holder.goto("/login/person");
    await holder.getByRole("link", { name: "注册", exact: true }).click();
    await expect(holder.getByRole("heading", { name: "个人注册" })).toBeVisible();
    await expect(holder.getByText("经证书所在单位")).toBeVisible();
    await holder.getByLabel("姓名").fill(HOLDER.name);
    await holder.getByLabel("身份证号").fill(HOLDER.idNumber);
    await holder.getByLabel("手机").fill(HOLDER.phone);
    await holder.getByRole("textbox", { name: "邮箱", exact: true }).fill(HOLDER.email);
    const sentAt = Date.now();
    await holder.getByRole("button", { name: "发送验证码" }).click();
    await holder.getByLabel("邮箱验证码").fill(await waitForCode(HOLDER.email, { after: sentAt }));
    await holder.getByLabel("设置密码").fill(HOLDER_PASSWORD);
    await holder.getByLabel("确认密码").fill(HOLDER_PASSWORD);
    await holder.getByRole("button", { name: "提交", exact: true }).click();
    await expect(holder.getByRole("heading", { name: "注册成功" })).toBeVisible({ timeout: 20_000 });
    await expect(holder.getByText("须经证书所在单位确认是本人")).toBeVisible();
  });

  await test.step("个人登录：我的证书不显示证书记录，提示绑定等待单位确认", async () => {
    await loginAs(holder, "person", HOLDER.idNumber, HOLDER_PASSWORD);
    await expect(holder).toHaveURL(/\/person\/certificates$/);
    const notice = holder.getByRole("status").filter({ hasText: "账号绑定待确认" });
    await expect(notice).toContainText("正等待证书所在单位确认");
    await expect(holder.getByRole("list", { name: "我的证书" })).toHaveCount(0);
    await expect(holder.getByRole("button", { name: "申请绑定" })).toHaveCount(0);
    await screenshot(holder, "binding-holder-pending");
    await desktopShot(holder, "binding-holder-pending");
    // 我的申请 shows nothing either.
    await mainMenu(holder).getByRole("link", { name: "我的申请" }).click();
    await expect(holder.getByText("暂无申请")).toBeVisible();
  });

  await test.step("单位登录：首页【待办】›【个人账号绑定确认】→ 核对 →【确认绑定】", async () => {
    await loginAs(unit, "enterprise", UNIT.creditCode, UNIT.password);
    await expect(unit).toHaveURL(/\/enterprise\/info$/);
    const todo = unit.getByRole("navigation", { name: "待办" });
    await expect(todo.getByRole("link", { name: "个人账号绑定确认：1" })).toBeVisible();
    await desktopShot(unit, "binding-unit-home");
    await screenshot(unit, "binding-unit-home");
    await todo.getByRole("link", { name: /^个人账号绑定确认/ }).click();
    await expect(unit.getByRole("heading", { name: "个人账号绑定确认" })).toBeVisible();
    const row = unit.getByRole("list", { name: "个人账号绑定" }).getByRole("listitem").filter({ hasText: HOLDER.name });
    await expect(row).toContainText(HOLDER.email);
    await expect(row).toContainText(HOLDER.phone);
    await expect(row).not.toContainText(HOLDER.idNumber); // masked for a unit
    await desktopShot(unit, "binding-unit-list");
    await screenshot(unit, "binding-unit-list");
    await row.getByRole("button", { name: "确认绑定" }).click();
    const dialog = unit.getByRole("dialog");
    await expect(dialog).toContainText(`持证人员${HOLDER.name}本人`);
    await dialog.getByRole("button", { name: "确定" }).click();
    await expect(unit.getByText("暂无待确认的个人账号绑定")).toBeVisible();
  });

  await test.step("持证人员：收到确认通知；我的证书显示本单位的证书", async () => {
    await waitForMail(HOLDER.email, "账号绑定已确认");
    await holder.goto("/person/certificates");
    const certificates = holder.getByRole("list", { name: "我的证书" });
    await expect(certificates.getByRole("listitem")).toHaveCount(1);
    await expect(certificates).toContainText(UNIT.name);
    await expect(holder.getByRole("navigation", { name: "待办" })).toBeVisible();
    await screenshot(holder, "binding-holder-confirmed");
    await desktopShot(holder, "binding-holder-confirmed");
  });

  await test.step("审核部门：账号绑定确认 › 已绑定 › 搜索 →【解除绑定】；持证人员不再看到证书", async () => {
    await loginAs(reviewer, "staff", REVIEWER.account, REVIEWER.password);
    await mainMenu(reviewer).getByRole("link", { name: "账号绑定确认" }).click();
    await expect(reviewer.getByRole("heading", { name: "账号绑定确认" })).toBeVisible();
    await reviewer.getByRole("link", { name: /^已绑定/ }).click();
    await reviewer.getByRole("search").getByLabel("搜索").fill(HOLDER.idNumber);
    await reviewer.getByRole("button", { name: "搜索" }).click();
    const row = reviewer.getByRole("list", { name: "个人账号绑定" }).getByRole("listitem");
    await expect(row).toHaveCount(1);
    await expect(row).toContainText(HOLDER.idNumber);
    await desktopShot(reviewer, "binding-staff-confirmed");
    await screenshot(reviewer, "binding-staff-confirmed");
    await row.getByRole("button", { name: "解除绑定" }).click();
    await reviewer.getByRole("dialog").getByRole("button", { name: "确定" }).click();
    await expect(reviewer.getByText("没有符合条件的已绑定账号")).toBeVisible();

    await holder.goto("/person/certificates");
    await expect(holder.getByRole("alert").filter({ hasText: "账号绑定已解除" })).toBeVisible();
    await expect(holder.getByRole("list", { name: "我的证书" })).toHaveCount(0);
  });

  for (const page of [holder, unit, reviewer]) await page.context().close();
});
