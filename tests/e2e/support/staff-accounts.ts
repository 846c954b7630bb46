// The 系统管理员's 【新增】 of a staff account and that account's first login with the temporary
// password (forced change), shared by admin.spec.ts and staff-todo.spec.ts.
import { expect, type Page } from "@playwright/test";
import { Secret, TOTP } from "otpauth";
import { accountMenu, clickUntilVisible, loginAs } from "./fixtures";

export const ADMIN = { account: "admin", password: "Admin@2026" } as const;
export const DESKTOP = { width: 1366, height: 900 } as const;

export interface NewStaffAccount {
  username: string;
  displayName: string;
  role: "审核部门" | "考核部门";
  department: string;
}

/**
 * 账号管理 › 【新增】: fills the dialog, saves and returns the temporary password shown once, then
 * closes with 【完成】. `beforeSave` runs with the dialog filled (e.g. a screenshot).
 */
export async function createStaffAccount(
  page: Page,
  account: NewStaffAccount,
  hooks: { beforeSave?: () => Promise<void>; afterSave?: () => Promise<void> } = {},
): Promise<string> {
  const dialog = page.getByRole("dialog", { name: "新增账号" });
  if (!(await dialog.isVisible()))
    await clickUntilVisible(page.getByRole("button", { name: "新增", exact: true }), dialog);
  await dialog.getByLabel("用户名").fill(account.username);
  await dialog.getByLabel("姓名").fill(account.displayName);
  await dialog.getByLabel("角色").selectOption(account.role);
  await dialog.getByLabel("所属部门").selectOption(account.department);
  await hooks.beforeSave?.();
  await dialog.getByRole("button", { name: "保存" }).click();
  const shown = dialog.getByTestId("temporary-password");
  await expect(shown).toBeVisible();
  const temporary = (await shown.innerText()).trim();
  expect(temporary.length).toBeGreaterThanOrEqual(12);
  await hooks.afterSave?.();
  await dialog.getByRole("button", { name: "完成" }).click();
  await expect(dialog).toBeHidden();
  return temporary;
}

export async function logout(page: Page) {
  await accountMenu(page).click();
  await page.getByRole("menuitem", { name: "退出登录" }).click();
  await expect(page).not.toHaveURL(/\/staff/);
}

/** Logs in with the temporary password: the system insists on a new password first. */
export async function loginWithTemporaryPassword(page: Page, username: string, temporary: string) {
  await loginAs(page, "staff", username, temporary);
  await expect(page).toHaveURL(/\/account\/password$/);
  await expect(page.getByText("您正在使用系统管理员设置的临时密码，请先设置新密码。")).toBeVisible();
}

/** 修改密码 with the temporary one, then 【返回首页】. */
export async function replaceTemporaryPassword(page: Page, temporary: string, newPassword: string) {
  await page.getByLabel("临时密码").fill(temporary);
  await page.getByRole("textbox", { name: "新密码", exact: true }).fill(newPassword);
  await page.getByLabel("确认新密码").fill(newPassword);
  await page.getByRole("button", { name: "提交" }).click();
  await expect(page.getByText("密码修改成功")).toBeVisible();
  await page.getByRole("link", { name: "返回首页" }).click();
}

/** What an authenticator app shows for the secret at a moment (30-second steps, 6 digits). */
export const totpCodeAt = (secret: string, timestamp: number) =>
  TOTP.generate({ secret: Secret.fromBase32(secret), timestamp, period: 30, digits: 6 });

/**
 * The forced 绑定动态口令 of a new staff account: reads the secret shown beside the QR, confirms with the
 * current code, keeps the recovery codes and enters the system (【我已保存恢复码，进入系统】).
 */
export async function enrolSecondFactor(page: Page): Promise<{ secret: string; recoveryCodes: string[] }> {
  await expect(page).toHaveURL(/\/account\/second-factor$/);
  const secret = (await page.getByTestId("totp-secret").innerText()).replace(/\s/g, "");
  await page.getByLabel("动态验证码").fill(totpCodeAt(secret, Date.now()));
  await page.getByRole("button", { name: "完成绑定" }).click();
  const codes = page.getByTestId("recovery-codes").getByRole("listitem");
  await expect(codes).toHaveCount(10);
  const recoveryCodes = (await codes.allInnerTexts()).map((c) => c.trim());
  await page.getByRole("link", { name: "我已保存恢复码，进入系统" }).click();
  return { secret, recoveryCodes };
}
