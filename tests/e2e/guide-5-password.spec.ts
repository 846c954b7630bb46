// 修改密码操作指引-企业端（用户指南「修改密码、忘记密码、重置密码」）：
//   01【修改密码】登录系统后，点击右上角头像和用户名，点击修改密码，修改提交即可
//   02【忘记密码】在系统登录页点击忘记密码，按提示填写信息提交
//   03 无法自己重置的，携带加盖公章的营业执照复印件到审核部门，由审核人员重置密码
// Each test uses an enterprise of its own, registered and approved in beforeAll (the demo
// enterprises keep their passwords for the other specs).
import { expect, type Browser, type Page } from "@playwright/test";
import { test } from "./support/axe";
import {
  PHONE,
  REVIEWER,
  accountMenu,
  approveRegistration,
  loginAs,
  newEnterprise,
  registerEnterprise,
  screenshot,
  submitLogin,
  type EnterpriseData,
} from "./support/fixtures";
import { waitForCode } from "./support/mailbox";

test.use({ viewport: PHONE });

const changer = newEnterprise("改密");
const forgetter = newEnterprise("找回");
const resetee = newEnterprise("重置");

test.beforeAll(async ({ browser }, testInfo) => {
  testInfo.setTimeout(240_000);
  const page = await browser.newPage({ viewport: PHONE });
  for (const e of [changer, forgetter, resetee]) await registerEnterprise(page, e);
  await loginAs(page, "staff", REVIEWER.account, REVIEWER.password);
  for (const e of [changer, forgetter, resetee]) await approveRegistration(page, e.name);
  await page.close();
});

/** A separate browser (own cookies), e.g. the same enterprise on another computer. */
async function anotherBrowser(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ viewport: PHONE });
  return context.newPage();
}

async function expectWorkspace(page: Page) {
  await expect(page.getByRole("heading", { name: "企业信息", level: 1 })).toBeVisible();
}

async function expectLoginRefused(page: Page, e: EnterpriseData, password: string) {
  await submitLogin(page, "enterprise", e.creditCode, password);
  await expect(page.getByRole("alert").filter({ hasText: "账号或密码错误" })).toBeVisible();
  await expect(page).toHaveURL(/\/login\/enterprise/);
}

test("01【修改密码】右上角头像和用户名 → 修改密码 → 提交；新密码可登录，原密码不能，其他登录被退出", async ({
  page,
  browser,
}) => {
  const e = changer;
  const newPassword = "Changed#2026";
  const elsewhere = await anotherBrowser(browser);

  await test.step("同一账号在两个浏览器登录", async () => {
    await loginAs(page, "enterprise", e.creditCode, e.password);
    await expectWorkspace(page);
    await loginAs(elsewhere, "enterprise", e.creditCode, e.password);
    await expectWorkspace(elsewhere);
  });

  await test.step("点击右上角头像和用户名，点击修改密码", async () => {
    await expect(page.getByRole("banner").getByText(e.name)).toBeVisible();
    await accountMenu(page).click();
    await expect(page.getByRole("menuitem", { name: "修改密码" })).toBeVisible();
    await screenshot(page, "g5-01-account-menu");
    await page.getByRole("menuitem", { name: "修改密码" }).click();
    await expect(page.getByRole("heading", { name: "修改密码" })).toBeVisible();
    await screenshot(page, "g5-01-change-password");
  });

  await test.step("原密码填错时提示在原密码旁", async () => {
    await page.getByLabel("原密码").fill("Wrong#Pass1");
    await page.getByRole("textbox", { name: "新密码", exact: true }).fill(newPassword);
    await page.getByLabel("确认新密码").fill(newPassword);
    await page.getByRole("button", { name: "提交", exact: true }).click();
    await expect(page.getByLabel("原密码")).toHaveAccessibleDescription("原密码不正确");
  });

  await test.step("填写原密码、新密码、确认新密码，【提交】", async () => {
    await page.getByLabel("原密码").fill(e.password);
    await page.getByRole("button", { name: "提交", exact: true }).click();
    await expect(page.getByText("密码修改成功")).toBeVisible();
    await screenshot(page, "g5-01-change-password-done");
  });

  await test.step("本浏览器仍在登录状态；另一个浏览器的登录已退出", async () => {
    await page.getByRole("link", { name: "返回首页" }).click();
    await expectWorkspace(page);
    await elsewhere.reload();
    await expect(elsewhere).toHaveURL(/\/login\/enterprise/);
    await elsewhere.context().close();
  });

  await test.step("退出后用新密码可以登录，原密码不能", async () => {
    await accountMenu(page).click();
    await page.getByRole("menuitem", { name: "退出登录" }).click();
    await expect(page.getByRole("link", { name: /^企业登录/ })).toBeVisible();
    await expectLoginRefused(page, e, e.password);
    await loginAs(page, "enterprise", e.creditCode, newPassword);
    await expectWorkspace(page);
  });
});

test("02【忘记密码】登录页 → 忘记密码 → 统一社会信用代码、注册邮箱、验证码、新密码 → 提交 → 用新密码登录", async ({
  page,
}) => {
  const e = forgetter;
  const newPassword = "Forgot#2026x";

  await test.step("在系统登录页点击忘记密码", async () => {
    await page.goto("/");
    await page.getByRole("link", { name: /^企业登录/ }).click();
    await page.getByRole("link", { name: "忘记密码" }).click();
    await expect(page.getByRole("heading", { name: "忘记密码" })).toBeVisible();
    await screenshot(page, "g5-02-forgot-password");
  });

  await test.step("填写统一社会信用代码和注册邮箱，【发送验证码】", async () => {
    await page.getByLabel("统一社会信用代码").fill(e.creditCode);
    await page.getByLabel("注册邮箱").fill(e.email);
    const sentAt = Date.now();
    await page.getByRole("button", { name: "发送验证码" }).click();
    await expect(page.getByText("验证码已发送至该邮箱")).toBeVisible();
    await page.getByLabel("邮箱验证码").fill(await waitForCode(e.email, { after: sentAt }));
  });

  await test.step("填写新密码、确认新密码，【提交】", async () => {
    await page.getByRole("textbox", { name: "新密码", exact: true }).fill(newPassword);
    await page.getByLabel("确认新密码").fill(newPassword);
    await screenshot(page, "g5-02-forgot-password-filled");
    await page.getByRole("button", { name: "提交", exact: true }).click();
    await expect(page.getByText("密码已重置，请使用新密码登录。")).toBeVisible();
    await screenshot(page, "g5-02-forgot-password-done");
  });

  await test.step("点击【企业登录】，用新密码登录；原密码不能再登录", async () => {
    await page.getByRole("link", { name: "企业登录" }).click();
    await page.getByLabel("统一社会信用代码或邮箱").fill(e.creditCode);
    await page.getByRole("textbox", { name: "密码", exact: true }).fill(newPassword);
    await page.getByRole("button", { name: "登录", exact: true }).click();
    await expectWorkspace(page);
    await page.context().clearCookies();
    await expectLoginRefused(page, e, e.password);
  });
});

test("03 审核部门【重置密码】→ 企业用临时密码登录，须先设置新密码", async ({ page, browser }) => {
  const e = resetee;
  const newPassword = "AfterReset#26";
  const enterprise = await anotherBrowser(browser);
  let temporary = "";

  await test.step("企业已在另一台电脑登录", async () => {
    await loginAs(enterprise, "enterprise", e.creditCode, e.password);
    await expectWorkspace(enterprise);
  });

  await test.step("审核部门：管理登录 → 企业账号 → 搜索 → 查看", async () => {
    await loginAs(page, "staff", REVIEWER.account, REVIEWER.password);
    await page.getByRole("navigation", { name: "主菜单" }).getByRole("link", { name: "企业账号" }).click();
    await expect(page.getByRole("heading", { name: "企业账号", level: 1 })).toBeVisible();
    await page.getByRole("search").getByLabel("搜索").fill(e.creditCode);
    await page.getByRole("button", { name: "搜索" }).click();
    await screenshot(page, "g5-03-staff-enterprises");
    await page.getByRole("listitem").filter({ hasText: e.name }).getByRole("link", { name: "查看" }).click();
    await expect(page.getByRole("heading", { name: e.name })).toBeVisible();
    await screenshot(page, "g5-03-staff-enterprise");
  });

  await test.step("【重置密码】→ 确认重置 → 记下临时密码", async () => {
    await page.getByRole("button", { name: "重置密码" }).click();
    const dialog = page.getByRole("dialog", { name: "重置密码" });
    await expect(dialog).toContainText("营业执照复印件");
    await dialog.getByRole("button", { name: "确认重置" }).click();
    const shown = dialog.getByTestId("temporary-password");
    await expect(shown).toBeVisible();
    temporary = (await shown.innerText()).trim();
    expect(temporary.length).toBeGreaterThanOrEqual(8);
    await screenshot(page, "g5-03-temporary-password");
    await dialog.getByRole("button", { name: "完成" }).click();
    await expect(dialog).toBeHidden();
    // The page is not refreshed by the reset (reported to the app's authors): reload to see the mark.
    await page.reload();
    await expect(page.getByText("临时密码待修改")).toBeVisible();
  });

  await test.step("企业原来的登录已失效", async () => {
    await enterprise.reload();
    await expect(enterprise).toHaveURL(/\/login\/enterprise/);
  });

  await test.step("企业用临时密码登录，被带到修改密码，且在设置新密码前不能做别的", async () => {
    await loginAs(enterprise, "enterprise", e.creditCode, temporary);
    await expect(enterprise).toHaveURL(/\/account\/password$/);
    await expect(enterprise.getByRole("heading", { name: "修改密码" })).toBeVisible();
    await expect(enterprise.getByText("您正在使用审核部门重置的临时密码，请先设置新密码。")).toBeVisible();
    await screenshot(enterprise, "g5-03-forced-change");
    for (const path of [
      "/enterprise",
      "/enterprise/info",
      "/enterprise/applications/change",
      "/enterprise/certificates",
    ]) {
      await enterprise.goto(path);
      await expect(enterprise, `${path} 须先修改临时密码`).toHaveURL(/\/account\/password$/);
    }
  });

  await test.step("填写临时密码、新密码、确认新密码，【提交】后进入系统", async () => {
    await enterprise.getByLabel("临时密码").fill(temporary);
    await enterprise.getByRole("textbox", { name: "新密码", exact: true }).fill(newPassword);
    await enterprise.getByLabel("确认新密码").fill(newPassword);
    await enterprise.getByRole("button", { name: "提交", exact: true }).click();
    await expect(enterprise.getByText("密码修改成功")).toBeVisible();
    await enterprise.getByRole("link", { name: "返回首页" }).click();
    await expectWorkspace(enterprise);
  });

  await test.step("之后用新密码登录；临时密码不再有效", async () => {
    await enterprise.context().clearCookies();
    await expectLoginRefused(enterprise, e, temporary);
    await loginAs(enterprise, "enterprise", e.creditCode, newPassword);
    await expectWorkspace(enterprise);
    await enterprise.context().close();
  });
});
