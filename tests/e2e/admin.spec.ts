// 系统管理员 (issue 9 §2): the administrator creates a 审核部门 account; the temporary password is shown
// once; the new reviewer must replace it at first login, then lands on the staff home (待办) with the
// reviewer menu.
import { expect } from "@playwright/test";
import { test } from "./support/axe";
import { clickUntilVisible, loginAs, mainMenu, PHONE, screenshot } from "./support/fixtures";
import {
  ADMIN,
  createStaffAccount,
  DESKTOP,
  loginWithTemporaryPassword,
  logout,
  replaceTemporaryPassword,
} from "./support/staff-accounts";

test("管理员【新增】审核部门账号 → 临时密码只显示一次 → 新账号首次登录须修改密码 → 须先绑定动态口令", async ({
  page,
}) => {
  const username = `rev${Date.now().toString(36)}`;
  const newPassword = "Reviewer#2026";
  let temporary = "";

  await test.step("管理登录 → 账号管理", async () => {
    await page.setViewportSize(DESKTOP);
    await loginAs(page, "staff", ADMIN.account, ADMIN.password);
    await expect(page.getByRole("heading", { name: "账号管理", level: 1 })).toBeVisible();
    await expect(mainMenu(page).getByRole("link", { name: "部门管理" })).toBeVisible();
    await expect(mainMenu(page).getByRole("link", { name: "审计日志" })).toBeVisible();
    await page.screenshot({ path: "tests/e2e/.artifacts/screens/admin-accounts-1366.png", fullPage: true });
    await screenshot(page, "admin-accounts");
  });

  await test.step("【新增】：漏填时提示在字段旁", async () => {
    const dialog = page.getByRole("dialog", { name: "新增账号" });
    await clickUntilVisible(page.getByRole("button", { name: "新增", exact: true }), dialog);
    await dialog.getByRole("button", { name: "保存" }).click();
    await expect(dialog.getByLabel("用户名")).toHaveAttribute("aria-invalid", "true");
    await expect(dialog.getByText("请填写姓名")).toBeVisible();
  });

  await test.step("填写用户名、姓名、角色 审核部门、所属部门 → 保存 → 临时密码", async () => {
    temporary = await createStaffAccount(
      page,
      { username, displayName: "赵新审", role: "审核部门", department: "浙江省交通运输厅审核处" },
      {
        beforeSave: async () => {
          await page.setViewportSize(PHONE);
          await screenshot(page, "admin-new-account");
        },
        afterSave: () => screenshot(page, "admin-temporary-password"),
      },
    );
  });

  await test.step("列表中可搜索到新账号，临时密码待修改；再次【新增】不再显示该密码", async () => {
    await page.getByRole("search").getByLabel("搜索").fill(username);
    await page.getByRole("button", { name: "搜索" }).click();
    const row = page.getByRole("listitem").filter({ hasText: username });
    await expect(row).toContainText("审核部门 · 浙江省交通运输厅审核处");
    await expect(row).toContainText("临时密码待修改");
    const dialog = page.getByRole("dialog", { name: "新增账号" });
    await clickUntilVisible(page.getByRole("button", { name: "新增", exact: true }), dialog);
    await expect(dialog.getByTestId("temporary-password")).toHaveCount(0);
    await expect(dialog.getByLabel("用户名")).toHaveValue("");
    await page.keyboard.press("Escape");
  });

  await test.step("退出登录", () => logout(page));

  await test.step("新账号用临时密码登录，被带到修改密码", async () => {
    await loginWithTemporaryPassword(page, username, temporary);
    await page.goto("/staff/review/registration");
    await expect(page).toHaveURL(/\/account\/password$/);
    await screenshot(page, "admin-new-reviewer-forced-change");
  });

  // Then the new account must bind a 动态口令 before anything else (tests/e2e/staff-totp.spec.ts goes on).
  await test.step("设置新密码 → 返回首页 → 须先绑定动态口令", async () => {
    await replaceTemporaryPassword(page, temporary, newPassword);
    await expect(page).toHaveURL(/\/account\/second-factor$/);
    await expect(page.getByRole("heading", { name: "绑定动态口令" })).toBeVisible();
    await page.goto("/staff/review/registration");
    await expect(page).toHaveURL(/\/account\/second-factor$/);
    await screenshot(page, "admin-new-reviewer-enrol");
  });
});

test("部门管理、账号详情与审计日志（截图 375 与 1366 px）", async ({ page }) => {
  await loginAs(page, "staff", ADMIN.account, ADMIN.password);
  for (const [path, name] of [
    ["/staff/admin/departments", "admin-departments"],
    ["/staff/audit", "admin-audit"],
  ] as const) {
    await page.goto(path);
    await page.setViewportSize(DESKTOP);
    await page.screenshot({ path: `tests/e2e/.artifacts/screens/${name}-1366.png`, fullPage: true });
    await screenshot(page, name);
  }
  await test.step("审计日志：无法识别的日期提示在字段旁，且不生效", async () => {
    await page.goto("/staff/audit?from=2026-13-01");
    await expect(page.getByLabel("起始日期（YYYY-MM-DD）")).toHaveAttribute("aria-invalid", "true");
    await expect(page.getByText("日期格式应为 YYYY-MM-DD，此条件未生效")).toBeVisible();
  });
  await test.step("部门管理 → 修改：带出原省份和城市", async () => {
    await page.goto("/staff/admin/departments");
    await page
      .getByRole("listitem")
      .filter({ hasText: "浙江省交通运输厅审核处" })
      .getByRole("link", { name: "修改" })
      .click();
    await expect(page.getByRole("heading", { name: "修改部门：浙江省交通运输厅审核处" })).toBeVisible();
    await expect(page.getByLabel("省份")).toHaveValue("浙江省");
    await expect(page.getByLabel("部门类型")).toHaveValue("审核部门");
    await page.setViewportSize(DESKTOP);
    await page.screenshot({ path: "tests/e2e/.artifacts/screens/admin-department-edit-1366.png", fullPage: true });
    await screenshot(page, "admin-department-edit");
  });
  await page.goto("/staff/admin/accounts");
  await page.getByRole("listitem").filter({ hasText: "reviewer" }).getByRole("link", { name: "查看" }).click();
  await expect(page.getByRole("heading", { name: /reviewer/ })).toBeVisible();
  await page.setViewportSize(DESKTOP);
  await page.screenshot({ path: "tests/e2e/.artifacts/screens/admin-account-1366.png", fullPage: true });
  await screenshot(page, "admin-account");
  const dialog = page.getByRole("dialog", { name: "停用" });
  await clickUntilVisible(page.getByRole("button", { name: "停用", exact: true }), dialog);
  await expect(dialog).toContainText("立即退出登录");
  await screenshot(page, "admin-account-disable-dialog");
  await dialog.getByRole("button", { name: "取消" }).click();
});
