// Staff second factor (issue 10 §5): an administrator creates a staff account; the new member logs in,
// replaces the temporary password, is made to bind a 动态口令 (QR and secret text; the test computes the
// code from the secret shown, as an authenticator app would), sees the recovery codes once; then logs in
// with password + 动态验证码, is refused a wrong code in Chinese, and signs in once with a recovery code.
// Finally the administrator 【重置动态口令】.
import { expect, type Page } from "@playwright/test";
import { test } from "./support/axe";
import { Secret, TOTP } from "otpauth";
import { accountMenu, clickUntilVisible, loginAs, mainMenu, screenshot, submitLogin } from "./support/fixtures";

const ADMIN = { account: "admin", password: "Admin@2026" } as const;
const DESKTOP = { width: 1366, height: 900 } as const;

const codeAt = (secret: string, timestamp: number) =>
  TOTP.generate({ secret: Secret.fromBase32(secret), timestamp, period: 30, digits: 6 });
/** What the authenticator shows now (enrolment). */
const currentCode = (secret: string) => codeAt(secret, Date.now());
/**
 * The next 30-second step's code (accepted: window ±1). Logins use it: the step used to enrol is
 * spent, and a code of a spent step is refused (replay protection).
 */
const nextCode = (secret: string) => codeAt(secret, Date.now() + 30_000);

async function desktopShot(page: Page, name: string) {
  await page.setViewportSize(DESKTOP);
  await page.screenshot({ path: `tests/e2e/.artifacts/screens/${name}-1366.png`, fullPage: true });
  await screenshot(page, name);
}

async function logout(page: Page) {
  await accountMenu(page).click();
  await page.getByRole("menuitem", { name: "退出登录" }).click();
  await expect(page).not.toHaveURL(/\/staff|\/account/);
}

test("新账号：修改临时密码 → 绑定动态口令 → 密码 + 动态验证码登录；错误验证码被拒；恢复码只能用一次", async ({
  page,
}) => {
  test.setTimeout(180_000);
  const username = `totp${Date.now().toString(36)}`;
  const newPassword = "Assessor#2026";
  let temporary = "";
  let secret = "";
  let recoveryCodes: string[] = [];

  await test.step("管理员【新增】考核部门账号，得到临时密码", async () => {
    await loginAs(page, "staff", ADMIN.account, ADMIN.password);
    const dialog = page.getByRole("dialog", { name: "新增账号" });
    await clickUntilVisible(page.getByRole("button", { name: "新增", exact: true }), dialog);
    await dialog.getByLabel("用户名").fill(username);
    await dialog.getByLabel("姓名").fill("钱动态");
    await dialog.getByLabel("角色").selectOption("考核部门");
    await dialog.getByLabel("所属部门").selectOption("浙江省交通运输厅考核处");
    await dialog.getByRole("button", { name: "保存" }).click();
    const shown = dialog.getByTestId("temporary-password");
    await expect(shown).toBeVisible();
    temporary = (await shown.innerText()).trim();
    await dialog.getByRole("button", { name: "完成" }).click();
    await logout(page);
  });

  await test.step("新账号用临时密码登录 → 修改密码", async () => {
    await loginAs(page, "staff", username, temporary);
    await expect(page).toHaveURL(/\/account\/password$/);
    await page.getByLabel("临时密码").fill(temporary);
    await page.getByRole("textbox", { name: "新密码", exact: true }).fill(newPassword);
    await page.getByLabel("确认新密码").fill(newPassword);
    await page.getByRole("button", { name: "提交" }).click();
    await expect(page.getByText("密码修改成功")).toBeVisible();
    await page.getByRole("link", { name: "返回首页" }).click();
  });

  await test.step("须先绑定动态口令：二维码和密钥；其他页面都回到绑定页", async () => {
    await expect(page).toHaveURL(/\/account\/second-factor$/);
    await expect(page.getByRole("heading", { name: "绑定动态口令" })).toBeVisible();
    await expect(page.getByRole("img", { name: "动态口令二维码" })).toBeVisible();
    secret = (await page.getByTestId("totp-secret").innerText()).replace(/\s/g, "");
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    await desktopShot(page, "staff-totp-enrol");
    await page.goto("/staff/assessment");
    await expect(page).toHaveURL(/\/account\/second-factor$/);
    // the same secret after a reload: a scanned QR stays valid
    expect((await page.getByTestId("totp-secret").innerText()).replace(/\s/g, "")).toBe(secret);
  });

  await test.step("输错验证码提示在字段旁；输入正确验证码 → 【完成绑定】 → 恢复码只显示一次", async () => {
    await page.getByLabel("动态验证码").fill("12345");
    await page.getByRole("button", { name: "完成绑定" }).click();
    await expect(page.getByLabel("动态验证码")).toHaveAccessibleDescription(/请输入手机验证器显示的6位动态验证码/);
    await page.getByLabel("动态验证码").fill(currentCode(secret));
    await page.getByRole("button", { name: "完成绑定" }).click();
    const codes = page.getByTestId("recovery-codes").getByRole("listitem");
    await expect(codes).toHaveCount(10);
    recoveryCodes = (await codes.allInnerTexts()).map((c) => c.trim());
    await desktopShot(page, "staff-totp-recovery-codes");
    await page.getByRole("link", { name: "我已保存恢复码，进入系统" }).click();
    await expect(mainMenu(page).getByRole("link", { name: "待考核" })).toBeVisible();
    await page.goto("/account/second-factor");
    await expect(page.getByText("您已绑定动态口令")).toBeVisible();
    await expect(page.getByTestId("recovery-codes")).toHaveCount(0);
    await logout(page);
  });

  await test.step("密码正确后要求动态验证码；错误的被拒（中文提示）；正确的登录", async () => {
    await submitLogin(page, "staff", username, newPassword);
    await expect(page).toHaveURL(/\/login\/second-factor$/);
    await expect(page.getByRole("heading", { name: "动态口令验证" })).toBeVisible();
    await page.goto("/staff/assessment");
    await expect(page).toHaveURL(/\/login\/staff$/); // no session until the second step
    await page.goBack();
    const code = nextCode(secret);
    await page.getByLabel("动态验证码").fill(String((Number(code) + 1) % 1_000_000).padStart(6, "0"));
    await page.getByRole("button", { name: "验证并登录" }).click();
    await expect(page.getByLabel("动态验证码")).toHaveAccessibleDescription("动态验证码或恢复码错误，请重新输入");
    await desktopShot(page, "staff-totp-login");
    await page.getByLabel("动态验证码").fill(code);
    await page.getByRole("button", { name: "验证并登录" }).click();
    await expect(page).toHaveURL(/\/staff\/todo$/); // the 考核部门's home: 待办
    await logout(page);
  });

  await test.step("手机丢失：恢复码可登录一次，再用被拒", async () => {
    await submitLogin(page, "staff", username, newPassword);
    await page.getByLabel("动态验证码").fill(recoveryCodes[0]);
    await page.getByRole("button", { name: "验证并登录" }).click();
    await expect(page).toHaveURL(/\/staff\/todo$/); // the 考核部门's home: 待办
    await logout(page);
    await submitLogin(page, "staff", username, newPassword);
    await page.getByLabel("动态验证码").fill(recoveryCodes[0]);
    await page.getByRole("button", { name: "验证并登录" }).click();
    await expect(page.getByText("动态验证码或恢复码错误，请重新输入").first()).toBeVisible();
    await expect(page).toHaveURL(/\/login\/second-factor$/);
  });

  await test.step("管理员【重置动态口令】：该账号下次登录须重新绑定", async () => {
    await page.context().clearCookies();
    await loginAs(page, "staff", ADMIN.account, ADMIN.password);
    await page.getByRole("search").getByLabel("搜索").fill(username);
    await page.getByRole("button", { name: "搜索" }).click();
    await page.getByRole("listitem").filter({ hasText: username }).getByRole("link", { name: "查看" }).click();
    await expect(page.getByText("已绑定动态口令")).toBeVisible();
    const dialog = page.getByRole("dialog", { name: "重置动态口令" });
    await clickUntilVisible(page.getByRole("button", { name: "重置动态口令" }), dialog);
    await dialog.getByRole("button", { name: "确认重置" }).click();
    await expect(dialog.getByText("操作成功")).toBeVisible();
    await dialog.getByRole("button", { name: "完成" }).click();
    await expect(page.getByText("未绑定动态口令")).toBeVisible();
    await desktopShot(page, "staff-totp-admin-account");
    await logout(page);
    await loginAs(page, "staff", username, newPassword);
    await expect(page).toHaveURL(/\/account\/second-factor$/);
  });
});
