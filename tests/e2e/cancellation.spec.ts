// 注销申请 (issue 8 §2), the holder on a phone: 我的证书 →【注销申请】→ 注销原因 →【提交】; the 审核部门
// 【通过】, the 考核部门【确认注销】; the public 证书查验 page (/verify/<id>, the printed QR) and 我的证书
// say 已注销. Then the unit files for another of its holders and 【取消申请】 it.
//
// Holders of 杭州示例港航工程有限公司 (prisma/seed.ts: the 15th and 16th demo holders) that no other spec uses.
import { expect, type Page } from "@playwright/test";
import { test } from "./support/axe";
import { idNumberCheckChar } from "../../lib/domain/id-number";
import {
  ASSESSOR,
  HOLDER_PASSWORD,
  PHONE,
  REVIEWER,
  loginAs,
  mainMenu,
  screenshot,
  shownValue,
} from "./support/fixtures";

test.use({ viewport: PHONE });

const UNIT = { name: "杭州示例港航工程有限公司", creditCode: "91330100MA2EF3GH4F", password: "Demo@2026" } as const;
const HOLDER_FIRST17 = "33010619840315114";
const HOLDER = { name: "胡春梅", idNumber: HOLDER_FIRST17 + idNumberCheckChar(HOLDER_FIRST17) };
const UNIT_FILED = "郭子豪";
const OTHER_REASON = "已出国定居，不再从事安全生产管理工作";

function myCertificate(page: Page) {
  return page.getByRole("list", { name: "我的证书" }).getByRole("listitem").filter({ hasText: HOLDER.name }).first();
}

/** Staff: the kind's queue (审核部门) or its 待考核 tab (考核部门) → the holder's row → its link. */
async function openQueueRow(page: Page, link: "审核" | "考核") {
  if (link === "审核") {
    await mainMenu(page).getByRole("link", { name: "证书注销", exact: true }).click();
  } else {
    await mainMenu(page).getByRole("link", { name: "待考核", exact: true }).click();
    await page
      .getByRole("navigation", { name: "业务" })
      .getByRole("link", { name: /^证书注销/ })
      .click();
  }
  const row = page.getByRole("main").getByRole("listitem").filter({ hasText: HOLDER.name });
  await expect(row).toHaveCount(1);
  await row.getByRole("link", { name: link }).click();
  await expect(shownValue(page, "持证人")).toHaveText(HOLDER.name);
  await expect(shownValue(page, "注销原因")).toHaveText(`其他：${OTHER_REASON}`);
}

test("持证人在手机上【注销申请】，审核部门【通过】，考核部门【确认注销】，查验页显示已注销", async ({
  browser,
  page,
}) => {
  let certificateId = "";

  await test.step("持证人：我的证书 →【注销申请】→ 选择原因 →【提交】", async () => {
    await loginAs(page, "person", HOLDER.idNumber, HOLDER_PASSWORD);
    await page.goto("/person/certificates");
    await myCertificate(page).getByRole("link", { name: "注销申请" }).click();
    await expect(page.getByRole("heading", { name: "注销申请" })).toBeVisible();
    certificateId = page.url().split("/").pop()!;
    await page.getByRole("combobox", { name: "注销原因" }).selectOption("其他");
    // 其他 without a text: the message beside the field, nothing sent.
    await page.getByRole("button", { name: "提交", exact: true }).click();
    await expect(page.getByRole("textbox", { name: "请说明注销原因" })).toHaveAccessibleDescription(/请填写注销原因/);
    await page.getByRole("textbox", { name: "请说明注销原因" }).fill(OTHER_REASON);
    await screenshot(page, "cancellation-holder-form");
    await page.getByRole("button", { name: "提交", exact: true }).click();
    await expect(page.getByRole("heading", { name: "我的申请" })).toBeVisible();
    const card = page.getByRole("list", { name: "我的申请" }).getByRole("listitem").first();
    await expect(card).toContainText("证书注销");
    await expect(card).toContainText("待审核");
    await expect(card).toContainText(`其他：${OTHER_REASON}`);
    await expect(card.getByRole("button", { name: "取消申请" })).toBeVisible();
    await screenshot(page, "cancellation-holder-applications");
  });

  await test.step("审核部门：审核业务 › 证书注销 → 审核 →【通过】", async () => {
    const reviewer = await (await browser.newContext({ viewport: PHONE })).newPage();
    await loginAs(reviewer, "staff", REVIEWER.account, REVIEWER.password);
    await openQueueRow(reviewer, "审核");
    await screenshot(reviewer, "cancellation-reviewer-detail");
    await reviewer.getByRole("button", { name: "通过", exact: true }).click();
    await expect(reviewer.getByRole("list", { name: "办理进度" }).getByRole("listitem").last()).toContainText(
      "→ 待考核",
    );
    await reviewer.context().close();
  });

  await test.step("考核部门：待考核 › 证书注销 → 考核 →【确认注销】", async () => {
    const assessor = await (await browser.newContext({ viewport: PHONE })).newPage();
    await loginAs(assessor, "staff", ASSESSOR.account, ASSESSOR.password);
    await openQueueRow(assessor, "考核");
    await assessor.getByRole("button", { name: "确认注销", exact: true }).click();
    await expect(assessor.getByRole("list", { name: "办理进度" }).getByRole("listitem").last()).toContainText(
      "→ 审核通过",
    );
    await screenshot(assessor, "cancellation-assessor-done");
    await assessor.context().close();
  });

  await test.step("查验页 /verify/<id> 显示已注销；持证人的【我的证书】显示已注销", async () => {
    const visitor = await (await browser.newContext({ viewport: PHONE })).newPage();
    await visitor.goto(`/verify/${certificateId}`);
    await expect(visitor.getByRole("status")).toContainText("当前状态：已注销");
    await screenshot(visitor, "cancellation-verify");
    await visitor.context().close();

    await page.goto("/person/certificates");
    await expect(myCertificate(page)).toContainText("已注销");
    await expect(myCertificate(page).getByRole("link", { name: "注销申请" })).toHaveCount(0);
    await screenshot(page, "cancellation-holder-certificates");
  });
});

test("单位为持证人【注销申请】，待审核时【取消申请】", async ({ page }) => {
  await loginAs(page, "enterprise", UNIT.creditCode, UNIT.password);
  await mainMenu(page).getByRole("link", { name: "注销申请", exact: true }).click();
  await expect(page.getByRole("heading", { name: "注销申请", level: 1 })).toBeVisible();
  const row = page.getByRole("main").getByRole("listitem").filter({ hasText: UNIT_FILED });
  await row.getByRole("link", { name: "注销申请" }).click();
  await page.getByRole("combobox", { name: "注销原因" }).selectOption("离职且不再从事安全生产管理工作");
  await page.getByRole("button", { name: "提交", exact: true }).click();
  await expect(page.getByText("已提交，等待审核部门审核")).toBeVisible();
  const pending = page.getByRole("main").getByRole("listitem").filter({ hasText: UNIT_FILED });
  await expect(pending).toContainText("离职且不再从事安全生产管理工作");
  await screenshot(page, "cancellation-unit-pending");
  await page.setViewportSize({ width: 1366, height: 900 });
  await page.screenshot({ path: "tests/e2e/.artifacts/screens/cancellation-unit-pending-1366.png", fullPage: true });
  await page.setViewportSize(PHONE);
  await pending.getByRole("button", { name: "取消申请" }).click();
  await page.getByRole("dialog", { name: "取消申请" }).getByRole("button", { name: "确认取消" }).click();
  await expect(page.getByText("已取消申请")).toBeVisible();
  await expect(page.getByRole("main").getByRole("listitem").filter({ hasText: UNIT_FILED })).toHaveCount(0);
});
