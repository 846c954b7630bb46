// 信息变更操作指引-企业端（用户指南第 2 节），逐步点击指南中的按钮：
//   单位名称变更、资质到期更换、资质变更需要提交申请审核，其他信息无需审核，可直接修改
//   单位名称变更
//     01 点击左侧菜单【企业信息】，在基础信息选项点击右上角【编辑】
//     02 修改单位名称，重新上传营业执照附件，点击右上角【提交】，等待审核
//     03 审核通过，单位信息修改成功；审核不通过，点击【前往修改】按驳回原因修改后重新提交。
//        前往申请业务菜单下的【变更申请】页面，点击【单位信息变更】
//     04 点击【变更申请】选项下表格中人员后的【变更申请】，下载申请表，签字盖章后上传，提交审核
//        （注：列表中的每个人都要申请）
//     05 提交审核后，可在【待审核】选项下查看审核进度、取消申请
//     06 审核通过，等待核发证书，可在【待考核】选项下查看；审核不通过，可在【审核不通过】选项下查看，
//        并按驳回原因修改后重新提交
//   资质到期更换/资质变更：01【编辑】 02 修改与资质相关的内容，提交审核 03 审核通过，资质信息更新成功
//   其他信息修改：单位注册地、联系地址、邮箱等信息，无需审核，直接在系统中修改即可
//
// The flow needs certificate holders, which only the demo data has: it uses the demo enterprise
// 杭州示例港航工程有限公司 (no other spec touches it; every `npm run test:e2e` starts from a fresh
// database). Three browsers stay signed in throughout: the enterprise, the 审核部门 and the 考核部门.
import { readFileSync } from "node:fs";
import { expect, type Browser, type Locator, type Page } from "@playwright/test";
import { test } from "./support/axe";
import { todayInShanghai } from "../../lib/domain/calendar-date";
import {
  ASSESSOR,
  PHONE,
  REVIEWER,
  accountMenu,
  clickUntilVisible,
  dateInYears,
  fileInput,
  loginAs,
  mainMenu,
  pdfFile,
  pngFile,
  rejectWithReason,
  screenshot,
  shownValue,
  uniqueEmail,
} from "./support/fixtures";
import { mailsTo, waitForCode, waitForMail } from "./support/mailbox";

test.use({ viewport: PHONE });

const DEMO = {
  name: "杭州示例港航工程有限公司",
  creditCode: "91330100MA2EF3GH4F",
  password: "Demo@2026",
  email: "ganghang@example.com",
  contactName: "周敏",
  qualificationLevel: "一级",
} as const;

const NEW_CONTACT = "周敏华";
const NEW_EMAIL = uniqueEmail("e2e-g2");
const FIRST_NAME = "杭州示例港航建设有限公司"; // rejected: not the full name on the licence
const NEW_NAME = "杭州示例港航建设集团有限公司";
const NAME_REASON = "新单位名称与营业执照不一致，请按营业执照填写单位全称并上传清晰的营业执照。";
const UNIT_REASON = "申请表未加盖单位公章，请盖章后重新上传。";
const NEW_LEVEL = "特级";
const NEW_QUALIFICATION_EXPIRY = dateInYears(5);

// Holders of the demo enterprise whose certificates are valid (see prisma/seed.ts).
const SINGLE = "吴振宇"; // 【变更申请】 on its own, 核发证书 on the detail page
const CANCELLED = "朱晓东"; // applied for, then 【取消申请】
const BATCH = ["徐静怡", "马俊杰"] as const; // 【批量申请】; 徐静怡 is rejected once, then 【修改】
const ISSUED = [SINGLE, ...BATCH];

const LICENCE_INPUT = "营业执照（变更单位名称时上传）";
const QUALIFICATION_INPUT = "资质证书（变更资质时上传）";

let enterprise: Page;
let reviewer: Page;
let assessor: Page;
/** The enterprise's unread messages before this spec's decisions. */
let unreadAtStart = 0;

async function signedIn(browser: Browser, portal: "enterprise" | "staff", account: string, password: string) {
  const page = await (await browser.newContext({ viewport: PHONE })).newPage();
  await loginAs(page, portal, account, password);
  return page;
}

test.beforeAll(async ({ browser }) => {
  [enterprise, reviewer, assessor] = await Promise.all([
    signedIn(browser, "enterprise", DEMO.creditCode, DEMO.password),
    signedIn(browser, "staff", REVIEWER.account, REVIEWER.password),
    signedIn(browser, "staff", ASSESSOR.account, ASSESSOR.password),
  ]);
});

test.afterEach(async ({}, testInfo) => {
  if (testInfo.status === testInfo.expectedStatus) return;
  for (const [who, page] of [
    ["enterprise", enterprise],
    ["reviewer", reviewer],
    ["assessor", assessor],
  ] as const) {
    if (page && !page.isClosed()) {
      await testInfo.attach(`${who}.png`, {
        body: await page.screenshot({ fullPage: true }),
        contentType: "image/png",
      });
    }
  }
});

test.afterAll(async () => {
  for (const page of [enterprise, reviewer, assessor]) await page?.context().close();
});

// ---------------------------------------------------------------------------------------------
// Helpers

/** 企业信息 → 基础信息 【编辑】. */
async function openEdit(page: Page, shot?: string) {
  await mainMenu(page).getByRole("link", { name: "企业信息", exact: true }).click();
  await expect(page.getByRole("heading", { name: "基础信息" })).toBeVisible();
  await page.getByRole("link", { name: "编辑", exact: true }).click();
  await expect(page.getByRole("heading", { name: "编辑基础信息" })).toBeVisible();
  if (shot) await screenshot(page, shot);
}

/** The 【提交】 at the top right of the edit form (there is another at the bottom). */
function submitTopRight(page: Page) {
  return page.getByRole("button", { name: "提交", exact: true }).first();
}

/** One application in the 变更申请记录 card of 企业信息. */
function changeRecord(page: Page, kind: string) {
  return page.getByRole("main").getByRole("listitem").filter({ hasText: kind });
}

/** 审核部门 menu → 审核业务 › `queue` → the row mentioning `text` → 审核. */
async function openForReview(page: Page, queue: string, text: string, shot?: string) {
  await mainMenu(page).getByRole("link", { name: queue, exact: true }).click();
  await expect(page.getByRole("heading", { name: `${queue}审核`, level: 1 })).toBeVisible();
  const row = page.getByRole("listitem").filter({ hasText: text });
  await expect(row).toHaveCount(1);
  if (shot) await screenshot(page, shot);
  await row.getByRole("link", { name: "审核" }).click();
}

/** After a decision the detail page shows the new status in 办理进度, without the decision buttons. */
async function expectDecided(page: Page, status: string, button = "通过") {
  await expect(page.getByRole("list", { name: "办理进度" }).getByRole("listitem").last()).toContainText(`→ ${status}`);
  await expect(page.getByRole("button", { name: button, exact: true })).toHaveCount(0);
}

/** A tab of 单位信息变更 (its name carries a count, e.g. 待审核(2)). */
function unitInfoTab(page: Page, label: string) {
  return page.getByRole("navigation", { name: "申请状态" }).getByRole("link", { name: new RegExp(`^${label}`) });
}

/** A holder's entry on the current 单位信息变更 tab. */
function holderItem(page: Page, name: string) {
  return page.getByRole("main").getByRole("listitem").filter({ hasText: name });
}

/** A file fetched with the page's cookies: status, type and the first bytes. */
async function fetchFile(page: Page, link: Locator) {
  const res = await page.request.get((await link.getAttribute("href"))!);
  return {
    status: res.status(),
    type: res.headers()["content-type"],
    head: (await res.body()).subarray(0, 5).toString("latin1"),
  };
}

// ---------------------------------------------------------------------------------------------

test.describe.serial("指南 2 信息变更", () => {
  test("其他信息修改：联系人提交后直接生效；更换邮箱须填写发到新邮箱的验证码", async () => {
    const page = enterprise;

    await test.step("点击左侧菜单【企业信息】，基础信息右上角【编辑】", async () => {
      await mainMenu(page).getByRole("link", { name: "企业信息", exact: true }).click();
      await expect(page.getByRole("heading", { name: "企业信息", level: 1 })).toBeVisible();
      await expect(shownValue(page, "单位名称")).toHaveText(DEMO.name);
      await expect(shownValue(page, "联系人")).toHaveText(DEMO.contactName);
      const bell = await page.getByRole("banner").getByRole("link", { name: /^消息/ }).getAttribute("aria-label");
      unreadAtStart = Number(/(\d+) 条未读/.exec(bell ?? "")?.[1] ?? 0);
      await screenshot(page, "g2-01-info");
      await page.getByRole("link", { name: "编辑", exact: true }).click();
      await expect(page.getByRole("heading", { name: "编辑基础信息" })).toBeVisible();
      await expect(page.getByRole("textbox", { name: "单位名称", exact: true })).toHaveValue(DEMO.name);
      await expect(page.getByLabel("联系人")).toHaveValue(DEMO.contactName);
      await screenshot(page, "g2-01-edit");
    });

    await test.step("修改联系人，【提交】：无需审核，基础信息立即显示新联系人", async () => {
      await page.getByLabel("联系人").fill(NEW_CONTACT);
      await submitTopRight(page).click();
      await expect(page.getByRole("status").filter({ hasText: "提交成功" })).toContainText("其他信息已保存并生效");
      await expect(shownValue(page, "联系人")).toHaveText(NEW_CONTACT);
      await expect(shownValue(page, "单位名称")).toHaveText(DEMO.name);
      await expect(page.getByRole("heading", { name: "变更申请记录" })).toHaveCount(0);
      await screenshot(page, "g2-01-contact-saved");
    });

    await test.step("更换邮箱：新邮箱 →【发送验证码】→ 填写新邮箱收到的验证码 →【确认更换邮箱】", async () => {
      await page.getByRole("link", { name: "编辑", exact: true }).click();
      await expect(page.getByRole("heading", { name: "更换邮箱" })).toBeVisible();
      await expect(page.getByText(`当前邮箱：${DEMO.email}`)).toBeVisible();
      await page.getByLabel("新邮箱").fill(NEW_EMAIL);
      const sentAt = Date.now();
      await clickUntilVisible(
        page.getByRole("button", { name: "发送验证码" }),
        page.getByText(`验证码已发送至 ${NEW_EMAIL}`),
      );
      const code = await waitForCode(NEW_EMAIL, { after: sentAt });
      // The code goes to the new address only.
      expect((await mailsTo(DEMO.email)).filter((m) => Date.parse(m.at) >= sentAt)).toHaveLength(0);
      await page.getByLabel("邮箱验证码").fill(code);
      await screenshot(page, "g2-01-email-code");
      await page.getByRole("button", { name: "确认更换邮箱" }).click();
      await expect(page.getByRole("status").filter({ hasText: "邮箱已更换" })).toBeVisible();
      await expect(shownValue(page, "邮箱")).toHaveText(NEW_EMAIL);
      await screenshot(page, "g2-01-email-changed");
    });
  });

  test("单位名称变更 01–03：【编辑】→ 修改单位名称、重新上传营业执照 →【提交】→ 不通过 →【前往修改】→ 重新提交 → 通过", async () => {
    await test.step("01–02 修改单位名称但未重新上传营业执照：提示在营业执照旁", async () => {
      await openEdit(enterprise);
      await expect(enterprise.getByRole("textbox", { name: "单位名称", exact: true })).toHaveAccessibleDescription(
        "修改单位名称须重新上传营业执照",
      );
      await enterprise.getByRole("textbox", { name: "单位名称", exact: true }).fill(FIRST_NAME);
      await submitTopRight(enterprise).click();
      await expect(fileInput(enterprise, LICENCE_INPUT)).toHaveAccessibleDescription("变更单位名称需重新上传营业执照");
      await expect(enterprise.getByRole("textbox", { name: "单位名称", exact: true })).toHaveValue(FIRST_NAME);
      await expect(enterprise).toHaveURL(/\/enterprise\/info\/edit$/);
      await screenshot(enterprise, "g2-02-name-without-licence");
    });

    await test.step("02 重新上传营业执照附件，点击右上角【提交】，等待审核；原名称在审核通过前仍有效", async () => {
      await fileInput(enterprise, LICENCE_INPUT).setInputFiles(
        pdfFile("营业执照-变更.pdf", "New business licence (E2E)"),
      );
      await submitTopRight(enterprise).click();
      await expect(enterprise.getByRole("status").filter({ hasText: "提交成功" })).toContainText(
        "单位名称变更已提交，等待审核；审核通过前仍以原信息为准。",
      );
      await expect(shownValue(enterprise, "单位名称")).toHaveText(DEMO.name);
      const record = changeRecord(enterprise, "单位名称变更");
      await expect(record).toContainText("待审核");
      await expect(record).toContainText(`单位名称：${DEMO.name} → ${FIRST_NAME}`);
      await screenshot(enterprise, "g2-02-name-submitted");
    });

    await test.step("审核完成前不能再提交一次单位名称变更", async () => {
      await enterprise.getByRole("link", { name: "编辑", exact: true }).click();
      const name = enterprise.getByRole("textbox", { name: "单位名称", exact: true });
      await expect(name).toHaveValue(DEMO.name);
      await expect(name).toHaveAttribute("readonly", "");
      await expect(name).toHaveAccessibleDescription("单位名称变更正在审核中");
      await screenshot(enterprise, "g2-02-name-locked");
      await enterprise.getByRole("link", { name: "取消", exact: true }).click();
      await expect(enterprise.getByRole("heading", { name: "基础信息" })).toBeVisible();
    });

    await test.step("审核部门：审核业务 › 单位名称变更 → 审核：原名称与新名称对照", async () => {
      await openForReview(reviewer, "单位名称变更", FIRST_NAME, "g2-02-reviewer-queue");
      await expect(reviewer.getByRole("heading", { name: `单位名称变更：${DEMO.name}` })).toBeVisible();
      const nameRow = reviewer.getByRole("row").filter({ hasText: "单位名称（已变更）" });
      await expect(nameRow.getByRole("cell")).toHaveText([/^单位名称/, DEMO.name, FIRST_NAME]);
      const licence = reviewer.getByRole("row").filter({ hasText: "营业执照（已变更）" });
      expect(await fetchFile(reviewer, licence.getByRole("link", { name: "新营业执照" }))).toEqual({
        status: 200,
        type: "application/pdf",
        head: "%PDF-",
      });
      await screenshot(reviewer, "g2-02-reviewer-compare");
    });

    await test.step("审核部门【不通过】并填写原因；企业收到邮件", async () => {
      const decidedAt = Date.now();
      await rejectWithReason(reviewer, NAME_REASON);
      await expectDecided(reviewer, "审核不通过");
      const mail = await waitForMail(NEW_EMAIL, "单位名称变更申请审核不通过", { after: decidedAt });
      expect(mail.text).toContain(NAME_REASON);
    });

    await test.step("03 审核不通过：企业信息显示驳回原因，点击【前往修改】，按原因修改后重新提交", async () => {
      await mainMenu(enterprise).getByRole("link", { name: "企业信息", exact: true }).click();
      const record = changeRecord(enterprise, "单位名称变更");
      await expect(record).toContainText("审核不通过");
      await expect(record.getByRole("alert")).toHaveText(`驳回原因：${NAME_REASON}`);
      await expect(shownValue(enterprise, "单位名称")).toHaveText(DEMO.name);
      await screenshot(enterprise, "g2-03-name-rejected");

      await record.getByRole("link", { name: "前往修改" }).click();
      await expect(enterprise).toHaveURL(/\/enterprise\/info\/changes\//);
      await expect(enterprise.getByRole("alert").filter({ hasText: "审核不通过" })).toContainText(NAME_REASON);
      await expect(enterprise.getByRole("heading", { name: "修改后重新提交" })).toBeVisible();
      await expect(enterprise.getByRole("textbox", { name: "单位名称", exact: true })).toHaveValue(FIRST_NAME);
      await expect(enterprise.getByRole("link", { name: "已上传的营业执照" })).toBeVisible();
      await screenshot(enterprise, "g2-03-name-edit-rejected");
      await enterprise.getByRole("textbox", { name: "单位名称", exact: true }).fill(NEW_NAME);
      await fileInput(enterprise, "营业执照").setInputFiles(
        pdfFile("营业执照-更正.pdf", "Corrected business licence (E2E)"),
      );
      await enterprise.getByRole("button", { name: "提交", exact: true }).click();
      await expect(enterprise.getByRole("heading", { name: "企业信息", level: 1 })).toBeVisible();
      await expect(changeRecord(enterprise, "单位名称变更")).toContainText("待审核");
      await expect(changeRecord(enterprise, "单位名称变更")).toContainText(`→ ${NEW_NAME}`);
      await expect(shownValue(enterprise, "单位名称")).toHaveText(DEMO.name);
      await screenshot(enterprise, "g2-03-name-resubmitted");
    });

    await test.step("审核部门核对修改后的名称，【通过】；企业收到邮件", async () => {
      await openForReview(reviewer, "单位名称变更", NEW_NAME);
      await expect(reviewer.getByRole("row").filter({ hasText: "单位名称（已变更）" }).getByRole("cell")).toHaveText([
        /^单位名称/,
        DEMO.name,
        NEW_NAME,
      ]);
      await expect(reviewer.getByRole("list", { name: "办理进度" })).toContainText(NAME_REASON);
      const decidedAt = Date.now();
      await reviewer.getByRole("button", { name: "通过", exact: true }).click();
      await expectDecided(reviewer, "审核通过");
      await screenshot(reviewer, "g2-03-reviewer-approved");
      await waitForMail(NEW_EMAIL, "单位名称变更申请审核通过", { after: decidedAt });
    });

    await test.step("03 审核通过，单位信息修改成功：基础信息显示新名称和新营业执照", async () => {
      await mainMenu(enterprise).getByRole("link", { name: "证书查询", exact: true }).click();
      await expect(enterprise.getByRole("heading", { name: "证书查询", level: 1 })).toBeVisible();
      await mainMenu(enterprise).getByRole("link", { name: "企业信息", exact: true }).click();
      await expect(shownValue(enterprise, "单位名称")).toHaveText(NEW_NAME);
      await expect(enterprise.getByRole("link", { name: "营业执照：营业执照-更正.pdf" })).toBeVisible();
      await expect(changeRecord(enterprise, "单位名称变更")).toContainText("审核通过");
      // The title bar refreshes itself on navigation: the new name shows without a reload.
      await expect(accountMenu(enterprise)).toHaveAccessibleName(new RegExp(`^${NEW_NAME}`));
      await screenshot(enterprise, "g2-03-name-approved");
    });
  });

  test("单位信息变更 03–06：【变更申请】→【单位信息变更】→ 逐人或批量申请 → 待审核/取消 → 不通过后修改 → 待考核 → 核发证书 → 证书查询显示新单位名称", async () => {
    const page = enterprise;
    const today = todayInShanghai();

    await test.step("03 申请业务 ›【变更申请】→【单位信息变更】：列表中的每个人都要申请", async () => {
      await mainMenu(page).getByRole("link", { name: "变更申请", exact: true }).click();
      await expect(page.getByRole("heading", { name: "变更申请", level: 1 })).toBeVisible();
      await expect(page.getByRole("link", { name: /^单位信息变更/ })).toContainText("人待申请");
      await screenshot(page, "g2-03-change-menu");
      await page.getByRole("link", { name: /^单位信息变更/ }).click();
      await expect(page.getByRole("heading", { name: "单位信息变更", level: 1 })).toBeVisible();
      await expect(unitInfoTab(page, "变更申请")).toHaveAttribute("aria-current", "page");
      await expect(page.getByRole("status").filter({ hasText: "注：列表中的每个人都要申请" })).toContainText(NEW_NAME);
      for (const name of [SINGLE, CANCELLED, ...BATCH]) {
        const item = holderItem(page, name);
        await expect(item).toContainText(`证书所载单位：${DEMO.name}`);
        await expect(item.getByRole("link", { name: "变更申请", exact: true })).toBeVisible();
      }
      await screenshot(page, "g2-04-unit-info-list");
    });

    await test.step(`04 ${SINGLE}：【变更申请】→ 核对信息 →【下载申请表】(PDF)`, async () => {
      await holderItem(page, SINGLE).getByRole("link", { name: "变更申请", exact: true }).click();
      await expect(page.getByRole("heading", { name: "变更申请：核对信息" })).toBeVisible();
      await expect(shownValue(page, "持证人")).toHaveText(SINGLE);
      await expect(shownValue(page, "证书所载单位名称")).toHaveText(DEMO.name);
      await expect(page.getByText(`证书单位名称将由「${DEMO.name}」变更为「${NEW_NAME}」`)).toBeVisible();
      const link = page.getByRole("link", { name: "下载申请表" });
      expect(await fetchFile(page, link)).toEqual({ status: 200, type: "application/pdf", head: "%PDF-" });
      const [download] = await Promise.all([page.waitForEvent("download"), link.click()]);
      expect(download.suggestedFilename()).toMatch(/\.pdf$/);
      expect(
        readFileSync((await download.path())!)
          .subarray(0, 5)
          .toString("latin1"),
      ).toBe("%PDF-");
      await screenshot(page, "g2-04-check");
    });

    await test.step("04 签字盖章后上传，【提交】；05 在【待审核】中查看", async () => {
      await page.getByRole("button", { name: "提交", exact: true }).click();
      await expect(fileInput(page, "签字盖章后的申请表")).toHaveAccessibleDescription("请上传签字盖章后的申请表");
      await fileInput(page, "签字盖章后的申请表").setInputFiles(
        pdfFile(`${SINGLE}-申请表.pdf`, "Signed and stamped form (E2E)"),
      );
      await screenshot(page, "g2-04-check-uploaded");
      await page.getByRole("button", { name: "提交", exact: true }).click();
      await expect(page.getByRole("status").filter({ hasText: "已提交，等待审核部门审核" })).toBeVisible();
      await expect(unitInfoTab(page, "待审核")).toHaveAttribute("aria-current", "page");
      await expect(holderItem(page, SINGLE)).toContainText("待审核");
      await expect(holderItem(page, SINGLE)).toContainText(`${DEMO.name} → ${NEW_NAME}`);
      await screenshot(page, "g2-05-pending");
    });

    await test.step("05 查看审核进度", async () => {
      await holderItem(page, SINGLE).getByRole("link", { name: "查看审核进度" }).click();
      await expect(page.getByRole("heading", { name: `单位信息变更：${SINGLE}` })).toBeVisible();
      await expect(page.getByRole("list", { name: "办理进度" }).getByRole("listitem")).toHaveText([
        /提交申请.*→ 待审核/,
      ]);
      await screenshot(page, "g2-05-progress");
      await page.getByRole("link", { name: "← 返回单位信息变更" }).click();
    });

    await test.step(`05 ${CANCELLED}：申请后在【待审核】中【取消申请】，可重新申请`, async () => {
      await unitInfoTab(page, "变更申请").click();
      await holderItem(page, CANCELLED).getByRole("link", { name: "变更申请", exact: true }).click();
      await fileInput(page, "签字盖章后的申请表").setInputFiles(pdfFile(`${CANCELLED}-申请表.pdf`));
      await page.getByRole("button", { name: "提交", exact: true }).click();
      await expect(holderItem(page, CANCELLED)).toContainText("待审核");
      const dialog = page.getByRole("dialog", { name: "取消申请" });
      await clickUntilVisible(holderItem(page, CANCELLED).getByRole("button", { name: "取消申请" }), dialog);
      await expect(dialog).toContainText(`确定取消 ${CANCELLED} 的单位信息变更申请吗`);
      await screenshot(page, "g2-05-cancel-dialog");
      await dialog.getByRole("button", { name: "确认取消" }).click();
      await expect(dialog).toBeHidden();
      await expect(holderItem(page, CANCELLED)).toHaveCount(0);
      // The row leaves the list with a word, where the user is looking.
      await expect(page.getByRole("status").filter({ hasText: "已取消申请" })).toBeInViewport();
      await expect(holderItem(page, SINGLE)).toBeVisible();
      await unitInfoTab(page, "变更申请").click();
      await expect(holderItem(page, CANCELLED).getByRole("link", { name: "变更申请", exact: true })).toBeVisible();
    });

    await test.step(`04 勾选 ${BATCH.join("、")} →【批量申请】→ 每人上传各自的申请表 →【提交】`, async () => {
      await expect(holderItem(page, SINGLE).getByRole("checkbox")).toHaveCount(0);
      for (const name of BATCH) await page.getByRole("checkbox", { name: `勾选 ${name}` }).check();
      await screenshot(page, "g2-04-batch-ticked");
      await page.getByRole("button", { name: "批量申请" }).click();
      await expect(page.getByRole("heading", { name: "批量申请" })).toBeVisible();
      await expect(page.getByRole("link", { name: "下载申请表" })).toHaveCount(BATCH.length);
      for (const name of BATCH) {
        await expect(page.getByRole("listitem").filter({ hasText: name })).toContainText(`${DEMO.name} → ${NEW_NAME}`);
        await fileInput(page, `${name} 签字盖章后的申请表`).setInputFiles(pdfFile(`${name}-申请表.pdf`));
      }
      await screenshot(page, "g2-04-batch-form");
      await page.getByRole("button", { name: "提交", exact: true }).click();
      await expect(page.getByRole("status").filter({ hasText: `已提交 ${BATCH.length} 人` })).toBeVisible();
      await screenshot(page, "g2-04-batch-done");
      await page.getByRole("link", { name: "← 返回单位信息变更" }).click();
      await unitInfoTab(page, "待审核").click();
      await expect(unitInfoTab(page, "待审核")).toHaveAttribute("aria-current", "page");
      for (const name of ISSUED) await expect(holderItem(page, name)).toContainText("待审核");
      await expect(unitInfoTab(page, "待审核")).toContainText(String(ISSUED.length));
    });

    await test.step(`审核部门：审核业务 › 单位信息变更 → ${BATCH[0]} 审核【不通过】`, async () => {
      await openForReview(reviewer, "单位信息变更", BATCH[0], "g2-06-reviewer-queue");
      await expect(reviewer.getByRole("heading", { name: `单位信息变更：${NEW_NAME}` })).toBeVisible();
      await expect(shownValue(reviewer, "持证人")).toHaveText(BATCH[0]);
      await expect(shownValue(reviewer, "原单位名称")).toHaveText(DEMO.name);
      await expect(shownValue(reviewer, "新单位名称")).toHaveText(NEW_NAME);
      expect(await fetchFile(reviewer, reviewer.getByRole("link", { name: "签字盖章的申请表" }))).toEqual({
        status: 200,
        type: "application/pdf",
        head: "%PDF-",
      });
      await screenshot(reviewer, "g2-06-reviewer-detail");
      const decidedAt = Date.now();
      await rejectWithReason(reviewer, UNIT_REASON);
      await expectDecided(reviewer, "审核不通过");
      const mail = await waitForMail(NEW_EMAIL, "单位信息变更申请审核不通过", { after: decidedAt });
      expect(mail.text).toContain(BATCH[0]);
      expect(mail.text).toContain(UNIT_REASON);
    });

    await test.step("06 审核不通过：在【审核不通过】中查看原因，【修改】后重新提交", async () => {
      await unitInfoTab(page, "审核不通过").click();
      const item = holderItem(page, BATCH[0]);
      await expect(item.getByRole("alert")).toHaveText(`驳回原因：${UNIT_REASON}`);
      await screenshot(page, "g2-06-rejected");
      await item.getByRole("link", { name: "修改", exact: true }).click();
      await expect(page.getByRole("heading", { name: `单位信息变更：${BATCH[0]}` })).toBeVisible();
      await expect(page.getByRole("alert").filter({ hasText: "审核不通过" })).toContainText(UNIT_REASON);
      await expect(page.getByRole("link", { name: "已上传的申请表" })).toBeVisible();
      await fileInput(page, "签字盖章后的申请表").setInputFiles(pdfFile(`${BATCH[0]}-申请表-已盖章.pdf`));
      await screenshot(page, "g2-06-resubmit");
      await page.getByRole("button", { name: "提交", exact: true }).click();
      await expect(unitInfoTab(page, "待审核")).toHaveAttribute("aria-current", "page");
      await expect(holderItem(page, BATCH[0])).toContainText("待审核");
      await expect(unitInfoTab(page, "审核不通过")).toContainText("0");
    });

    await test.step("审核部门在待审核中勾选三人，【批量通过】→ 待考核", async () => {
      await mainMenu(reviewer).getByRole("link", { name: "单位信息变更", exact: true }).click();
      for (const name of ISSUED)
        await reviewer.getByRole("listitem").filter({ hasText: name }).getByRole("checkbox").check();
      await screenshot(reviewer, "g2-06-reviewer-batch");
      const decidedAt = Date.now();
      await reviewer.getByRole("button", { name: "批量通过" }).click();
      await expect(reviewer.getByRole("status").filter({ hasText: `已处理 ${ISSUED.length} 条` })).toBeVisible();
      for (const name of ISSUED) await expect(reviewer.getByRole("listitem").filter({ hasText: name })).toHaveCount(0);
      await screenshot(reviewer, "g2-06-reviewer-batch-done");
      await expect
        .poll(
          async () =>
            (await mailsTo(NEW_EMAIL)).filter(
              (m) => m.subject.includes("单位信息变更申请待考核") && Date.parse(m.at) >= decidedAt,
            ).length,
          {
            message: "每人一封「待考核」邮件",
            timeout: 30_000,
          },
        )
        .toBe(ISSUED.length);
    });

    await test.step("06 审核通过，等待核发证书：在【待考核】中查看", async () => {
      await unitInfoTab(page, "待考核").click();
      for (const name of ISSUED) await expect(holderItem(page, name)).toContainText("待考核");
      await screenshot(page, "g2-06-assessment");
    });

    await test.step(`考核部门：待考核 → ${SINGLE} 考核 →【核发证书】`, async () => {
      await mainMenu(assessor).getByRole("link", { name: "待考核", exact: true }).click();
      await expect(assessor.getByRole("heading", { name: "待考核", level: 1 })).toBeVisible();
      for (const name of ISSUED) await expect(assessor.getByRole("listitem").filter({ hasText: name })).toHaveCount(1);
      await screenshot(assessor, "g2-06-assessor-queue");
      await assessor.getByRole("listitem").filter({ hasText: SINGLE }).getByRole("link", { name: "考核" }).click();
      await expect(shownValue(assessor, "持证人")).toHaveText(SINGLE);
      await expect(shownValue(assessor, "新单位名称")).toHaveText(NEW_NAME);
      await screenshot(assessor, "g2-06-assessor-detail");
      const decidedAt = Date.now();
      await assessor.getByRole("button", { name: "核发证书" }).click();
      await expectDecided(assessor, "审核通过", "核发证书");
      const mail = await waitForMail(NEW_EMAIL, "单位信息变更申请审核通过", { after: decidedAt });
      expect(mail.text).toContain(SINGLE);
    });

    await test.step(`考核部门勾选 ${BATCH.join("、")}，【批量核发（单位信息变更）】`, async () => {
      await mainMenu(assessor).getByRole("link", { name: "待考核", exact: true }).click();
      await expect(assessor.getByRole("listitem").filter({ hasText: SINGLE })).toHaveCount(0);
      for (const name of BATCH) await assessor.getByRole("checkbox", { name: `勾选 ${name}` }).check();
      await assessor.getByRole("button", { name: "批量核发" }).click();
      await expect(assessor.getByRole("status").filter({ hasText: `已处理 ${BATCH.length} 条` })).toBeVisible();
      for (const name of BATCH) await expect(assessor.getByRole("listitem").filter({ hasText: name })).toHaveCount(0);
      await screenshot(assessor, "g2-06-assessor-batch-done");
    });

    await test.step("企业：【审核通过】中可见三人；已核发的人员不再出现在变更申请列表", async () => {
      await unitInfoTab(page, "审核通过").click();
      for (const name of ISSUED) await expect(holderItem(page, name)).toContainText("审核通过");
      await screenshot(page, "g2-06-approved");
      await unitInfoTab(page, "变更申请").click();
      for (const name of ISSUED) await expect(holderItem(page, name)).toHaveCount(0);
      await expect(holderItem(page, CANCELLED).getByRole("link", { name: "变更申请", exact: true })).toBeVisible();
    });

    await test.step("【证书查询】：已核发的证书显示新单位名称和今天的发证日期，其他证书仍为原名称", async () => {
      await mainMenu(page).getByRole("link", { name: "证书查询", exact: true }).click();
      await expect(page.getByRole("heading", { name: "证书查询", level: 1 })).toBeVisible();
      await expect(page.getByRole("heading", { name: "证书查询", level: 1 })).toBeVisible();
      const cards = page.getByRole("list", { name: "证书列表" }).getByRole("listitem");
      for (const name of ISSUED) {
        const card = cards.filter({ hasText: name });
        await expect(card).toContainText(`单位名称：${NEW_NAME}`);
        await expect(card).toContainText(`发证日期 ${today}`);
      }
      await expect(cards.filter({ hasText: CANCELLED })).toContainText(`单位名称：${DEMO.name}`);
      await screenshot(page, "g2-06-certificates");
    });
  });

  test("资质到期更换/资质变更：【编辑】→ 修改资质等级、有效期并上传新资质证书 →【提交】→ 审核通过 → 基础信息显示新资质", async () => {
    await test.step("01–02 修改资质等级和有效期，未上传新资质证书：提示在资质证书旁", async () => {
      await openEdit(enterprise);
      await expect(enterprise.getByRole("textbox", { name: "单位名称", exact: true })).toHaveValue(NEW_NAME);
      await enterprise.getByLabel("资质等级").selectOption(NEW_LEVEL);
      await enterprise.getByLabel("资质有效期至").fill(NEW_QUALIFICATION_EXPIRY);
      await submitTopRight(enterprise).click();
      await expect(fileInput(enterprise, QUALIFICATION_INPUT)).toHaveAccessibleDescription(
        "资质变更需上传新的资质证书",
      );
      await expect(enterprise.getByLabel("资质等级")).toHaveValue(NEW_LEVEL);
    });

    await test.step("02 上传新资质证书，【提交】审核；审核通过前仍为原资质等级", async () => {
      await fileInput(enterprise, QUALIFICATION_INPUT).setInputFiles(pngFile("资质证书-特级.png"));
      await screenshot(enterprise, "g2-07-qualification-edit");
      await submitTopRight(enterprise).click();
      await expect(enterprise.getByRole("status").filter({ hasText: "提交成功" })).toContainText(
        "资质变更已提交，等待审核",
      );
      await expect(shownValue(enterprise, "资质等级")).toHaveText(DEMO.qualificationLevel);
      await expect(changeRecord(enterprise, "资质变更")).toContainText("待审核");
      // The record names what changed (not the first qualification field, changed or not).
      const changed = changeRecord(enterprise, "资质变更")
        .getByRole("list", { name: "变更内容" })
        .getByRole("listitem");
      await expect(changed).toHaveText([
        `资质等级：${DEMO.qualificationLevel} → ${NEW_LEVEL}`,
        new RegExp(`^资质有效期至：\\d{4}-\\d{2}-\\d{2} → ${NEW_QUALIFICATION_EXPIRY}$`),
        "资质证书：已重新上传",
      ]);
      await screenshot(enterprise, "g2-07-qualification-submitted");
    });

    await test.step("审核部门：审核业务 › 资质变更 → 审核：资质等级新旧对照 →【通过】", async () => {
      await openForReview(reviewer, "资质变更", NEW_LEVEL, "g2-07-reviewer-queue");
      await expect(reviewer.getByRole("row").filter({ hasText: "资质等级（已变更）" }).getByRole("cell")).toHaveText([
        /^资质等级/,
        DEMO.qualificationLevel,
        NEW_LEVEL,
      ]);
      await expect(reviewer.getByRole("row").filter({ hasText: "资质有效期至（已变更）" })).toContainText(
        NEW_QUALIFICATION_EXPIRY,
      );
      await expect(reviewer.getByRole("row").filter({ hasText: "资质类别" })).not.toContainText("已变更");
      await expect(reviewer.getByText("本次变更：")).toHaveText("本次变更：资质等级、资质有效期至、资质证书");
      await screenshot(reviewer, "g2-07-reviewer-compare");
      const decidedAt = Date.now();
      await reviewer.getByRole("button", { name: "通过", exact: true }).click();
      await expectDecided(reviewer, "审核通过");
      await waitForMail(NEW_EMAIL, "资质变更申请审核通过", { after: decidedAt });
    });

    await test.step("03 审核通过，资质信息更新成功", async () => {
      await mainMenu(enterprise).getByRole("link", { name: "企业信息", exact: true }).click();
      await expect(shownValue(enterprise, "资质等级")).toHaveText(NEW_LEVEL);
      await expect(shownValue(enterprise, "资质有效期至")).toHaveText(NEW_QUALIFICATION_EXPIRY);
      await expect(enterprise.getByRole("link", { name: "资质证书：资质证书-特级.png" })).toBeVisible();
      await expect(changeRecord(enterprise, "资质变更")).toContainText("审核通过");
      await screenshot(enterprise, "g2-07-qualification-approved");
    });
  });

  test("每个审核结果都通知企业：右上角消息（铃铛）显示未读数，消息列表和邮件中都有", async () => {
    const decisions: [string, number][] = [
      ["单位名称变更申请审核不通过", 1],
      ["单位名称变更申请审核通过", 1],
      ["单位信息变更申请审核不通过", 1],
      ["单位信息变更申请待考核", ISSUED.length],
      ["单位信息变更申请审核通过", ISSUED.length],
      ["资质变更申请审核通过", 1],
    ];
    // The demo enterprise starts with its unread 企业注册申请审核通过 (see the first test).
    const total = unreadAtStart + decisions.reduce((n, [, count]) => n + count, 0);
    const page = enterprise;

    await test.step("铃铛显示未读消息数，点击打开消息列表", async () => {
      await mainMenu(page).getByRole("link", { name: "证书查询", exact: true }).click();
      await expect(page.getByRole("heading", { name: "证书查询", level: 1 })).toBeVisible();
      await mainMenu(page).getByRole("link", { name: "企业信息", exact: true }).click();
      // The bell refreshes on navigation, without a reload.
      const bell = page.getByRole("banner").getByRole("link", { name: /^消息/ });
      await expect(bell).toHaveAccessibleName(`消息，${total} 条未读`);
      await expect(bell).toHaveText(String(total));
      await bell.click();
      await expect(page).toHaveURL(/\/notifications$/);
      await expect(page.getByText(`${total} 条未读`)).toBeVisible();
      const messages = page.getByRole("main").getByRole("listitem");
      await expect(messages).toHaveCount(total);
      const titles = (await messages.locator("css=p:first-child").allInnerTexts()).map((t) =>
        t.replace(/^未读\s*/, "").trim(),
      );
      expect(titles.filter((t) => t.includes("变更")).sort()).toEqual(
        decisions.flatMap(([title, count]) => Array<string>(count).fill(title)).sort(),
      );
      await expect(messages.filter({ hasText: "单位名称变更申请审核不通过" })).toContainText(NAME_REASON);
      await expect(messages.filter({ hasText: "单位信息变更申请审核不通过" })).toContainText(UNIT_REASON);
      await screenshot(page, "g2-08-notifications");
    });

    await test.step("【全部标为已读】后铃铛不再显示数字", async () => {
      await page.getByRole("button", { name: "全部标为已读" }).click();
      await expect(page.getByText("没有未读消息")).toBeVisible();
      await expect(page.getByRole("banner").getByRole("link", { name: "消息", exact: true })).toBeVisible();
    });

    await test.step("同样的通知都发到了企业的（新）邮箱", async () => {
      for (const [title, count] of decisions) {
        await expect
          .poll(async () => (await mailsTo(NEW_EMAIL)).filter((m) => m.subject.includes(title)).length, {
            message: title,
            timeout: 30_000,
          })
          .toBe(count);
      }
      expect((await mailsTo(DEMO.email)).filter((m) => m.subject.includes("变更"))).toHaveLength(0);
    });
  });
});
