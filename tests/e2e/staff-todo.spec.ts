// 办理时限 and 待办 (issue 9 §4): the administrator creates a 审核部门 account; the new reviewer changes
// the temporary password and lands on 待办 — every queue with its count, near-limit and overdue counts —
// and follows the overdue count to the queue, where each row says its time left in words. The
// administrator enters the next year's 节假日安排 (a wrong line is named beside the field).
import { expect, type Page } from "@playwright/test";
import { test } from "./support/axe";
import { loginAs, mainMenu, screenshot } from "./support/fixtures";
import {
  ADMIN,
  createStaffAccount,
  DESKTOP,
  enrolSecondFactor,
  loginWithTemporaryPassword,
  logout,
  replaceTemporaryPassword,
} from "./support/staff-accounts";

/** The demo's pending registration, filed five weeks ago by the seed: overdue. */
const OVERDUE_UNIT = "宁波示例交通建设有限公司";

async function shoot(page: Page, name: string) {
  await page.setViewportSize(DESKTOP);
  await page.screenshot({ path: `tests/e2e/.artifacts/screens/${name}-1366.png`, fullPage: true });
  await screenshot(page, name);
}

test("新建审核部门账号 → 首次登录修改密码 → 待办：各队列的数量、临近超期与已超期", async ({ page }) => {
  const username = `todo${Date.now().toString(36)}`;
  let temporary = "";

  await test.step("管理员【新增】审核部门账号，记下临时密码，退出", async () => {
    await page.setViewportSize(DESKTOP);
    await loginAs(page, "staff", ADMIN.account, ADMIN.password);
    temporary = await createStaffAccount(page, {
      username,
      displayName: "钱待办",
      role: "审核部门",
      department: "浙江省交通运输厅审核处",
    });
    await logout(page);
  });

  await test.step("新账号用临时密码登录，须先修改密码、绑定动态口令，然后来到待办", async () => {
    await loginWithTemporaryPassword(page, username, temporary);
    await replaceTemporaryPassword(page, temporary, "Todo#Review2026");
    await enrolSecondFactor(page);
    await expect(page).toHaveURL(/\/staff\/todo$/);
    await expect(page.getByRole("heading", { name: "待办", level: 1 })).toBeVisible();
    await expect(mainMenu(page).getByRole("link").first()).toHaveText("待办");
  });

  await test.step("每个审核队列一行：数量、临近超期、已超期（文字）", async () => {
    const queues = page.getByRole("list", { name: "待办队列" }).getByRole("listitem");
    for (const name of [
      "企业注册",
      "单位名称变更",
      "资质变更",
      "单位信息变更",
      "人员调出",
      "人员调入",
      "证书延续",
      "证书注销",
    ]) {
      const row = queues.filter({ hasText: `${name} · 待审核` });
      await expect(row, name).toHaveCount(1);
      await expect(row).toContainText(/\d+ 件/);
      await expect(row).toContainText(/临近超期 \d+ 件/);
      await expect(row).toContainText(/已超期 \d+ 件/);
    }
    await expect(page.getByText("浙江省交通运输厅审核处：共")).toBeVisible();
    await shoot(page, "staff-todo");
  });

  await test.step("点“已超期”：队列只列超期的申请，并写明超期的工作日数", async () => {
    await page.getByRole("link", { name: /^企业注册 · 待审核：已超期 [1-9]\d* 件$/ }).click();
    await expect(page.getByRole("heading", { name: "企业注册审核", level: 1 })).toBeVisible();
    await expect(page.getByText("仅显示已超期的申请")).toBeVisible();
    const row = page.getByRole("main").getByRole("listitem").filter({ hasText: OVERDUE_UNIT });
    await expect(row).toContainText(/已超期 \d+ 个工作日/);
    await shoot(page, "staff-todo-overdue-queue");
    await page.getByRole("link", { name: "显示全部" }).click();
    await expect(page.getByText("仅显示已超期的申请")).toHaveCount(0);
    await expect(page.getByRole("main").getByRole("listitem").filter({ hasText: OVERDUE_UNIT })).toHaveCount(1);
  });
});

test("管理员录入下一年度节假日安排：错行提示在字段旁，录入后列出该年", async ({ page }) => {
  await loginAs(page, "staff", ADMIN.account, ADMIN.password);
  await mainMenu(page).getByRole("link", { name: "节假日与办理时限" }).click();
  await expect(page.getByRole("heading", { name: "节假日与办理时限", level: 1 })).toBeVisible();
  const year = Number(await page.getByRole("textbox", { name: "年份", exact: true }).inputValue());
  expect(year).toBeGreaterThan(2026);

  await page.getByLabel("放假安排").fill(`${year}-01-01 元旦\n${year}-02-30 至 ${year}-03-02 春节`);
  await page.getByLabel("调休上班日").fill(`${year}-02-20 春节`);
  await page.getByRole("button", { name: "录入" }).click();
  await expect(page.getByLabel("放假安排")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByText(`第2行：${year}-02-30 不是有效日期（YYYY-MM-DD）`)).toBeVisible();
  await shoot(page, "admin-holidays-error");

  // A 调休 day must be a weekend day: find the first Saturday of February.
  let saturday = 1;
  while (new Date(Date.UTC(year, 1, saturday)).getUTCDay() !== 6) saturday += 1;
  const workday = `${year}-02-${String(saturday).padStart(2, "0")}`;
  await page.getByLabel("放假安排").fill(`${year}-01-01 元旦\n${year}-02-10 至 ${year}-02-16 春节`);
  await page.getByLabel("调休上班日").fill(`${workday} 春节`);
  await page.getByRole("button", { name: "录入" }).click();
  await expect(page.getByText(`已录入${year}年节假日安排`)).toBeVisible();
  const years = page.getByRole("list", { name: "已录入年份" });
  await expect(years.getByRole("listitem").first()).toContainText(`${year} 年`);
  await expect(years.getByRole("listitem").first()).toContainText("放假 8 天 · 调休上班 1 天 · 由 admin 录入");
  await shoot(page, "admin-holidays");
});
