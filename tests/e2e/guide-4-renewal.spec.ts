// 证书延续操作指引-企业端（用户指南第 4 节），逐步点击指南中的按钮：
//   证书有效期前3个月至过期2个月内可以申请延续，过期2个月没申请延续的证书将失效，需要重新报名考试
//     01 点击左侧菜单申请业务下的【延续申请】，右侧【延续申请】选项下会列出单位下可以申请延期的证书名单
//     02 点击对应人员后的【延续申请】按钮，按提示操作
//     03 核对信息-下载申请表签字盖章-上传相关资料提交审核
//     04 提交审核后，在【待审核】选项下，可以查看审核进度、取消申请
//     05 审核通过，证书有效期增加3年，可在【审核通过】选项下查看
//     06 审核不通过，可在【审核不通过】选项下查看，并按驳回原因修改后重新提交
//   and what a renewed certificate shows to anyone: 【证书查询】 on the home page (no login) by number
//   and name, and the 电子证书 whose QR code opens the live 证书查验 page (/verify/<id>).
//
// The flow needs certificates inside the renewal window, which only the demo data has: it uses
// 浙江示例路桥工程有限公司 and three of its holders (prisma/seed.ts EXPIRY_PLAN; guide §3 uses the
// unit's 王建华, 李明轩, 张国强 and 郑晓明, so those are left alone). Every `npm run test:e2e` starts
// from a fresh database and the daily jobs are off, so the seeded dates hold for the whole run.
// Two browsers stay signed in throughout: the unit and the 审核部门; the public pages are visited in
// a browser without a login.
import { readFileSync } from "node:fs";
import { expect, type Browser, type Locator, type Page } from "@playwright/test";
import { test } from "./support/axe";
import { todayInShanghai } from "../../lib/domain/calendar-date";
import {
  PHONE,
  REVIEWER,
  clickUntilVisible,
  fileInput,
  holderEmail,
  loginAs,
  mainMenu,
  pdfFile,
  pngFile,
  rejectWithReason,
  screenshot,
  shownValue,
} from "./support/fixtures";
import { mailsTo, waitForMail } from "./support/mailbox";
import { readPdf } from "./support/pdf";

test.use({ viewport: PHONE });

const UNIT = {
  name: "浙江示例路桥工程有限公司",
  creditCode: "91330100MA2AB1CD2N",
  password: "Demo@2026",
  email: "luqiao@example.com",
} as const;

type Holder = { name: string; email: string; maskedId: RegExp; category: string; status: string };
/** A demo holder by the first 17 characters of the 身份证号 (prisma/seed.ts), with the status the seed gives. */
const holder = (name: string, first17: string, category: string, status: string): Holder => ({
  name,
  email: holderEmail(first17),
  maskedId: new RegExp(`^${first17.slice(0, 6)}\\*{8}${first17.slice(14)}[\\dX]$`),
  category,
  status,
});

// The unit's certificates inside the renewal window (the 6th to 8th holders of prisma/seed.ts).
const YANG = holder("杨丽娟", "33010619750606105", "C类 专职安全生产管理人员", "即将到期"); // expires in 2 months and 10 days: applied for, approved
const ZHAO = holder("赵海涛", "33010619760707106", "B类 项目负责人", "已过期"); // expired a month ago: applied for, then 【取消申请】
const HUANG = holder("黄文斌", "33010619770808107", "C类 专职安全生产管理人员", "已过期"); // expired 20 days ago: rejected, 【修改】, approved
// ...and outside it: valid for years, and expired more than 2 months ago (失效: a new exam is needed).
const NOT_LISTED = ["刘晓燕", "陈志刚", "周雪梅"];

const REASON = "申请表未加盖单位公章，且缺少安全生产教育培训证明，请补充后重新提交。";
const NOTE = "持证人联系电话已变更为 13900000107。";
const BASE = "/enterprise/applications/renewal";

let unit: Page;
let reviewer: Page;
let visitor: Page;
let today = "";
/** 有效期至 of each holder's certificate before the renewal, as the 【延续申请】 tab shows it. */
const oldExpiry = new Map<string, string>();

async function signedIn(browser: Browser, portal: "enterprise" | "staff", account: string, password: string) {
  const page = await (await browser.newContext({ viewport: PHONE })).newPage();
  await loginAs(page, portal, account, password);
  return page;
}

test.beforeAll(async ({ browser }) => {
  today = todayInShanghai();
  [unit, reviewer, visitor] = await Promise.all([
    signedIn(browser, "enterprise", UNIT.creditCode, UNIT.password),
    signedIn(browser, "staff", REVIEWER.account, REVIEWER.password),
    browser.newContext({ viewport: PHONE }).then((context) => context.newPage()),
  ]);
});

test.afterEach(async ({}, testInfo) => {
  if (testInfo.status === testInfo.expectedStatus) return;
  for (const [who, page] of [
    ["unit", unit],
    ["reviewer", reviewer],
    ["visitor", visitor],
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
  for (const page of [unit, reviewer, visitor]) await page?.context().close();
});

// ---------------------------------------------------------------------------------------------
// Dates, counted here rather than with the app's own helpers

const pad = (n: number) => String(n).padStart(2, "0");

/** "YYYY-MM-DD" plus `n` months, the day clamped to the month's end (01-31 + 1 month = 02-28/29). */
function plusMonths(date: string, n: number): string {
  const [y, m, d] = date.split("-").map(Number);
  const total = y * 12 + (m - 1) + n;
  const year = Math.floor(total / 12);
  const month = total - year * 12 + 1;
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${pad(month)}-${pad(Math.min(d, lastDay))}`;
}

const plusDays = (date: string, n: number) => new Date(Date.parse(date) + n * 86_400_000).toISOString().slice(0, 10);
const daysFrom = (a: string, b: string) => Math.round((Date.parse(b) - Date.parse(a)) / 86_400_000);
/** 2029-05-03 → 2029年5月3日 (the public pages' format). */
const chinese = (date: string) =>
  date.replace(/^(\d{4})-(\d{2})-(\d{2})$/, (_, y, m, d) => `${y}年${Number(m)}月${Number(d)}日`);

/** The expiry after an approved renewal: 3 years after the old expiry (not after the approval). */
const renewed = (date: string) => plusMonths(date, 36);

// ---------------------------------------------------------------------------------------------
// Helpers

/** 申请业务 ›【延续申请】, then a tab (the status tabs carry a count: 待审核 (2)). */
async function openRenewals(page: Page, tab = "延续申请") {
  await mainMenu(page).getByRole("link", { name: "延续申请", exact: true }).click();
  await expect(page.getByRole("heading", { name: "延续申请", level: 1 })).toBeVisible();
  await renewalTab(page, tab).click();
  await expect(renewalTab(page, tab)).toHaveAttribute("aria-current", "page");
}

function renewalTab(page: Page, label: string) {
  return page
    .getByRole("navigation", { name: "申请状态" })
    .getByRole("link", { name: new RegExp(`^${label}(\\s*\\(\\d+\\))?$`) });
}

/** A holder's entry on the current tab. */
function holderRow(page: Page, name: string) {
  return page.getByRole("main").getByRole("listitem").filter({ hasText: name });
}

/** The steps of an application's 办理进度 (审核进度). */
function progress(page: Page) {
  return page.getByRole("list", { name: "办理进度" }).getByRole("listitem");
}

/** A file fetched with the page's cookies: status, type and the bytes. */
async function fetchFile(page: Page, link: Locator) {
  const res = await page.request.get((await link.getAttribute("href"))!);
  const body = await res.body();
  return {
    status: res.status(),
    type: res.headers()["content-type"],
    head: body.subarray(0, 5).toString("latin1"),
    body,
  };
}

/** On the 【延续申请】 tab: a row's 【延续申请】 → 核对信息 → the signed form →【提交】→【待审核】. */
async function applyFor(page: Page, h: Holder) {
  await holderRow(page, h.name).getByRole("link", { name: "延续申请", exact: true }).click();
  await expect(page.getByRole("heading", { name: "延续申请：核对信息" })).toBeVisible();
  await expect(shownValue(page, "持证人")).toHaveText(h.name);
  await fileInput(page, "签字盖章后的申请表").setInputFiles(
    pdfFile(`${h.name}-延续申请表.pdf`, "Signed and stamped renewal form (E2E)"),
  );
  await page.getByRole("button", { name: "提交", exact: true }).click();
  await expect(renewalTab(page, "待审核")).toHaveAttribute("aria-current", "page");
  await expect(holderRow(page, h.name)).toContainText("待审核");
}

/** 审核部门 menu → 审核业务 ›【证书延续】(/staff/review/renewal) → 待审核. */
async function openQueue(page: Page) {
  await mainMenu(page).getByRole("link", { name: "证书延续", exact: true }).click();
  await expect(page).toHaveURL(/\/staff\/review\/renewal/);
  await expect(page.getByRole("heading", { name: "证书延续审核", level: 1 })).toBeVisible();
}

/** The unit's 【证书查询】 card of a holder. */
async function certificateCard(page: Page, name: string) {
  await mainMenu(page).getByRole("link", { name: "证书查询", exact: true }).click();
  await expect(page.getByRole("heading", { name: "证书查询", level: 1 })).toBeVisible();
  return page.getByRole("list", { name: "证书列表" }).getByRole("listitem").filter({ hasText: name });
}

/** After a decision the detail page shows the new status in 办理进度, without the decision buttons. */
async function expectDecided(page: Page, status: string) {
  await expect(progress(page).last()).toContainText(`→ ${status}`);
  await expect(page.getByRole("button", { name: "通过", exact: true })).toHaveCount(0);
}

// ---------------------------------------------------------------------------------------------

test.describe.serial("指南 4 证书延续", () => {
  test("01–04 【延续申请】列出可延续的证书 → 核对信息 → 下载申请表 → 上传 →【提交】→【待审核】查看进度、取消申请", async () => {
    const page = unit;

    await test.step("01 申请业务 ›【延续申请】：【延续申请】选项列出单位下可以申请延续的证书及剩余天数", async () => {
      await openRenewals(page);
      await expect(
        page.getByRole("status").filter({ hasText: "有效期届满前3个月至届满后2个月内可申请延续" }),
      ).toBeVisible();
      for (const h of [YANG, ZHAO, HUANG]) {
        const row = holderRow(page, h.name);
        await expect(row).toHaveCount(1);
        await expect(row).toContainText(h.status);
        const expiry = /有效期至 (\d{4}-\d{2}-\d{2})/.exec(await row.innerText())?.[1];
        expect(expiry, `${h.name} 的有效期至`).toBeTruthy();
        oldExpiry.set(h.name, expiry!);
        // The window closes 2 months after the expiry; the row says how many days are left.
        await expect(row).toContainText(`剩余 ${daysFrom(today, plusMonths(expiry!, 2))} 天`);
        await expect(row.getByRole("link", { name: "延续申请", exact: true })).toBeVisible();
      }
      // The seeded dates (prisma/seed.ts): in the window before the expiry, and after it.
      expect(oldExpiry.get(YANG.name)).toBe(plusDays(plusMonths(today, 2), 10));
      expect(oldExpiry.get(ZHAO.name)).toBe(plusMonths(today, -1));
      expect(oldExpiry.get(HUANG.name)).toBe(plusDays(today, -20));
      for (const name of NOT_LISTED) await expect(holderRow(page, name)).toHaveCount(0);
      await screenshot(page, "g4-01-renewable");
    });

    await test.step(`02–03 ${YANG.name}【延续申请】→ 核对信息 →【下载申请表】(PDF)`, async () => {
      await holderRow(page, YANG.name).getByRole("link", { name: "延续申请", exact: true }).click();
      await expect(page.getByRole("heading", { name: "延续申请：核对信息" })).toBeVisible();
      await expect(shownValue(page, "持证人")).toHaveText(YANG.name);
      await expect(shownValue(page, "身份证号")).toHaveText(YANG.maskedId);
      await expect(shownValue(page, "证书所载单位名称")).toHaveText(UNIT.name);
      const expiry = oldExpiry.get(YANG.name)!;
      await expect(shownValue(page, "有效期至")).toHaveText(expiry);
      await expect(page.getByText(`有效期至 ${expiry} → 延续后有效期至 ${renewed(expiry)}`)).toBeVisible();
      const closes = plusMonths(expiry, 2);
      await expect(page.getByText(`申请截止 ${closes}（剩余 ${daysFrom(today, closes)} 天）`)).toBeVisible();
      const link = page.getByRole("link", { name: "下载申请表" });
      const file = await fetchFile(page, link);
      expect({ status: file.status, type: file.type, head: file.head }).toEqual({
        status: 200,
        type: "application/pdf",
        head: "%PDF-",
      });
      const [download] = await Promise.all([page.waitForEvent("download"), link.click()]);
      expect(download.suggestedFilename()).toMatch(/\.pdf$/);
      expect(
        readFileSync((await download.path())!)
          .subarray(0, 5)
          .toString("latin1"),
      ).toBe("%PDF-");
      await screenshot(page, "g4-03-check");
    });

    await test.step("03 未上传签字盖章后的申请表就【提交】：提示在申请表旁", async () => {
      await page.getByRole("button", { name: "提交", exact: true }).click();
      await expect(fileInput(page, "签字盖章后的申请表")).toHaveAccessibleDescription("请上传签字盖章后的申请表");
      await expect(page).toHaveURL(new RegExp(`${BASE}/new/`));
      await screenshot(page, "g4-03-without-form");
    });

    await test.step("03 上传签字盖章的申请表和证明材料 →【提交】→ 转到【待审核】", async () => {
      await fileInput(page, "签字盖章后的申请表").setInputFiles(
        pdfFile(`${YANG.name}-延续申请表.pdf`, "Signed and stamped renewal form (E2E)"),
      );
      await fileInput(page, "证明材料").setInputFiles([
        pdfFile("安全生产教育培训证明.pdf", "Safety training certificate (E2E)"),
        pngFile("继续教育学时证明.png"),
      ]);
      await expect(page.getByRole("list", { name: "已选择的证明材料" }).getByRole("listitem")).toHaveCount(2);
      await page.getByLabel("备注").fill(NOTE);
      await screenshot(page, "g4-03-uploaded");
      await page.getByRole("button", { name: "提交", exact: true }).click();
      await expect(page.getByRole("status").filter({ hasText: "已提交，等待审核部门审核" })).toBeVisible();
      await expect(renewalTab(page, "待审核")).toHaveAttribute("aria-current", "page");
      const row = holderRow(page, YANG.name);
      await expect(row).toContainText("待审核");
      await expect(row).toContainText(
        `有效期至 ${oldExpiry.get(YANG.name)} → 延续后 ${renewed(oldExpiry.get(YANG.name)!)}`,
      );
      await screenshot(page, "g4-04-pending");
    });

    await test.step("04 【待审核】→ 查看审核进度", async () => {
      await holderRow(page, YANG.name).getByRole("link", { name: "查看审核进度" }).click();
      await expect(page.getByRole("heading", { name: `证书延续：${YANG.name}` })).toBeVisible();
      await expect(page.getByRole("link", { name: /^证明材料 \d$/ })).toHaveCount(2);
      await expect(progress(page)).toHaveText([/提交申请.*→ 待审核/]);
      await expect(page.getByRole("button", { name: "取消申请" })).toBeVisible();
      await screenshot(page, "g4-04-progress");
    });

    await test.step(`04 ${ZHAO.name}：提交后在【待审核】中【取消申请】，回到可申请`, async () => {
      await openRenewals(page);
      await applyFor(page, ZHAO);
      const dialog = page.getByRole("dialog", { name: "取消申请" });
      await clickUntilVisible(holderRow(page, ZHAO.name).getByRole("button", { name: "取消申请" }), dialog);
      await expect(dialog).toContainText(`确定取消 ${ZHAO.name} 的证书延续申请吗`);
      await screenshot(page, "g4-04-cancel-dialog");
      await dialog.getByRole("button", { name: "确认取消" }).click();
      await expect(dialog).toBeHidden();
      await expect(holderRow(page, ZHAO.name)).toHaveCount(0);
      // The row leaves the list with a word, where the user is looking.
      await expect(page.getByRole("status").filter({ hasText: "已取消申请" })).toBeInViewport();
      await expect(holderRow(page, YANG.name)).toContainText("待审核");
      await renewalTab(page, "延续申请").click();
      await expect(holderRow(page, ZHAO.name).getByRole("link", { name: "延续申请", exact: true })).toBeVisible();
      // 杨丽娟's row points to the open application instead of offering another one.
      await expect(holderRow(page, YANG.name).getByRole("link", { name: "延续申请", exact: true })).toHaveCount(0);
      await expect(holderRow(page, YANG.name).getByRole("link", { name: `${YANG.name}的申请进度` })).toContainText(
        "待审核",
      );
    });

    await test.step(`03 ${HUANG.name}（已过期 20 天，仍在延续期限内）：只上传申请表 →【提交】`, async () => {
      await applyFor(page, HUANG);
      await expect(renewalTab(page, "待审核")).toContainText("(2)");
    });
  });

  test("06 审核不通过 →【审核不通过】查看原因 →【修改】重新提交；05 审核部门【批量通过】→ 有效期增加3年", async () => {
    const page = unit;

    await test.step(`审核部门：审核业务 ›【证书延续】列出两份待审核；${HUANG.name} 审核：原有效期与延续后有效期、申请表`, async () => {
      await openQueue(reviewer);
      for (const h of [YANG, HUANG]) {
        await expect(holderRow(reviewer, h.name)).toContainText(
          `有效期至 ${oldExpiry.get(h.name)} → ${renewed(oldExpiry.get(h.name)!)}`,
        );
      }
      await expect(holderRow(reviewer, ZHAO.name)).toHaveCount(0);
      await screenshot(reviewer, "g4-reviewer-queue");
      await holderRow(reviewer, HUANG.name).getByRole("link", { name: "审核" }).click();
      await expect(reviewer.getByRole("heading", { name: `证书延续：${UNIT.name}` })).toBeVisible();
      await expect(shownValue(reviewer, "持证人")).toHaveText(HUANG.name);
      await expect(shownValue(reviewer, "原有效期至")).toHaveText(oldExpiry.get(HUANG.name)!);
      await expect(shownValue(reviewer, "延续后有效期至")).toHaveText(renewed(oldExpiry.get(HUANG.name)!));
      const form = await fetchFile(reviewer, reviewer.getByRole("link", { name: "签字盖章的申请表" }));
      expect({ status: form.status, type: form.type, head: form.head }).toEqual({
        status: 200,
        type: "application/pdf",
        head: "%PDF-",
      });
      await screenshot(reviewer, "g4-reviewer-detail");
    });

    await test.step("审核部门【不通过】并填写原因；单位和持证人收到邮件", async () => {
      const decidedAt = Date.now();
      await rejectWithReason(reviewer, REASON);
      await expectDecided(reviewer, "审核不通过");
      for (const to of [UNIT.email, HUANG.email]) {
        const mail = await waitForMail(to, "证书延续申请审核不通过", { after: decidedAt });
        expect(mail.text).toContain(REASON);
      }
    });

    await test.step("06 【审核不通过】选项下查看驳回原因", async () => {
      await openRenewals(page, "审核不通过");
      const row = holderRow(page, HUANG.name);
      await expect(row).toContainText("审核不通过");
      await expect(row.getByRole("alert")).toHaveText(`驳回原因：${REASON}`);
      await expect(renewalTab(page, "待审核")).toContainText("(1)");
      await screenshot(page, "g4-06-rejected");
    });

    await test.step("06 【修改】：按驳回原因补充盖章的申请表和证明材料，重新提交 →【待审核】", async () => {
      await holderRow(page, HUANG.name).getByRole("link", { name: "修改", exact: true }).click();
      await expect(page.getByRole("heading", { name: `证书延续：${HUANG.name}` })).toBeVisible();
      await expect(page.getByRole("alert").filter({ hasText: "审核不通过" })).toContainText(`驳回原因：${REASON}`);
      await expect(page.getByRole("heading", { name: "按驳回原因修改后重新提交" })).toBeVisible();
      // The form on record is kept unless a new one is chosen; it opens as the PDF that was uploaded.
      const uploaded = await fetchFile(page, page.getByRole("link", { name: "签字盖章的申请表" }).first());
      expect({ status: uploaded.status, type: uploaded.type, head: uploaded.head }).toEqual({
        status: 200,
        type: "application/pdf",
        head: "%PDF-",
      });
      await fileInput(page, "签字盖章后的申请表").setInputFiles(
        pdfFile(`${HUANG.name}-延续申请表-已盖章.pdf`, "Stamped renewal form (E2E)"),
      );
      await fileInput(page, "证明材料").setInputFiles(
        pdfFile("安全生产教育培训证明.pdf", "Safety training certificate (E2E)"),
      );
      await screenshot(page, "g4-06-resubmit");
      await page.getByRole("button", { name: "提交", exact: true }).click();
      await expect(renewalTab(page, "待审核")).toHaveAttribute("aria-current", "page");
      await expect(holderRow(page, HUANG.name)).toContainText("待审核");
      await expect(renewalTab(page, "待审核")).toContainText("(2)");
      await expect(renewalTab(page, "审核不通过")).toContainText("(0)");
    });

    await test.step(`04 ${HUANG.name}的审核进度：提交、不通过（原因）、重新提交`, async () => {
      await holderRow(page, HUANG.name).getByRole("link", { name: "查看审核进度" }).click();
      await expect(progress(page)).toHaveText([
        /提交申请.*→ 待审核/,
        new RegExp(`审核不通过.*→ 审核不通过.*意见：${REASON}`),
        /修改后重新提交.*→ 待审核/,
      ]);
      await screenshot(page, "g4-06-progress");
    });

    await test.step(`审核部门在待审核中勾选 ${YANG.name}、${HUANG.name}，【批量通过】`, async () => {
      await openQueue(reviewer);
      await expect(holderRow(reviewer, HUANG.name)).toContainText("待审核");
      for (const h of [YANG, HUANG]) await reviewer.getByRole("checkbox", { name: `勾选 ${h.name}` }).check();
      await screenshot(reviewer, "g4-reviewer-batch");
      const decidedAt = Date.now();
      await reviewer.getByRole("button", { name: "批量通过" }).click();
      await expect(reviewer.getByRole("status").filter({ hasText: "已处理 2 条" })).toBeVisible();
      for (const h of [YANG, HUANG]) await expect(holderRow(reviewer, h.name)).toHaveCount(0);
      await screenshot(reviewer, "g4-reviewer-batch-done");
      await expect
        .poll(
          async () =>
            (await mailsTo(UNIT.email)).filter(
              (m) => m.subject.includes("证书延续申请审核通过") && Date.parse(m.at) >= decidedAt,
            ).length,
          {
            message: "单位每人一封「审核通过」邮件",
            timeout: 30_000,
          },
        )
        .toBe(2);
      for (const h of [YANG, HUANG]) await waitForMail(h.email, "证书延续申请审核通过", { after: decidedAt });
    });

    await test.step("05 【审核通过】选项下查看：有效期增加3年（自原有效期届满之日起算）", async () => {
      await openRenewals(page, "审核通过");
      for (const h of [YANG, HUANG]) {
        const row = holderRow(page, h.name);
        await expect(row).toContainText("审核通过");
        await expect(row).toContainText(`有效期至 ${oldExpiry.get(h.name)} → ${renewed(oldExpiry.get(h.name)!)}`);
      }
      await screenshot(page, "g4-05-approved");
      // Renewed certificates leave the 【延续申请】 list; 赵海涛 (cancelled) is still offered.
      await renewalTab(page, "延续申请").click();
      for (const h of [YANG, HUANG]) await expect(holderRow(page, h.name)).toHaveCount(0);
      await expect(holderRow(page, ZHAO.name).getByRole("link", { name: "延续申请", exact: true })).toBeVisible();
    });

    await test.step("05 【证书查询】：新的有效期至，状态有效", async () => {
      for (const h of [YANG, HUANG]) {
        const card = await certificateCard(page, h.name);
        await expect(card).toContainText(`有效期至 ${renewed(oldExpiry.get(h.name)!)}`);
        await expect(card.getByText("有效", { exact: true })).toBeVisible();
      }
      await expect(await certificateCard(page, ZHAO.name)).toContainText(`有效期至 ${oldExpiry.get(ZHAO.name)}`);
      await screenshot(page, "g4-05-certificates");
    });
  });

  test("【证书查询】（无需登录）：证书编号 + 姓名 → 状态、类别、单位、有效期至、打码的身份证号；不匹配只提示未查询到", async () => {
    let number = "";

    await test.step(`单位【证书查询】中读出 ${YANG.name} 的证书编号`, async () => {
      const card = await certificateCard(unit, YANG.name);
      number = /浙交安[ABC]\(\d{2}\)[GS]\d{5}/.exec(await card.innerText())?.[0] ?? "";
      expect(number, "证书编号").not.toBe("");
    });

    await test.step("首页【证书查询】→ 输入证书编号和持证人姓名 →【查询】：显示查询结果", async () => {
      await visitor.goto("/");
      await visitor.getByRole("link", { name: /^证书查询/ }).click();
      await expect(visitor.getByRole("heading", { name: "证书查询", level: 1 })).toBeVisible();
      const form = visitor.getByRole("search", { name: "证书查询" });
      await form.getByLabel("证书编号").fill(number);
      await form.getByLabel("持证人姓名").fill(YANG.name);
      await form.getByRole("button", { name: "查询" }).click();
      const result = visitor.getByRole("region", { name: "查询结果" });
      await expect(result).toBeVisible();
      await expect(result.getByText("有效", { exact: true })).toBeVisible();
      await expect(shownValue(visitor, "证书编号")).toHaveText(number);
      await expect(shownValue(visitor, "持证人")).toHaveText(YANG.name);
      await expect(shownValue(visitor, "身份证号")).toHaveText(YANG.maskedId);
      await expect(shownValue(visitor, "类别")).toHaveText(YANG.category);
      await expect(shownValue(visitor, "单位名称")).toHaveText(UNIT.name);
      await expect(shownValue(visitor, "有效期至")).toHaveText(chinese(renewed(oldExpiry.get(YANG.name)!)));
      await screenshot(visitor, "g4-public-verify");
    });

    await test.step("姓名不匹配：只提示未查询到，不显示任何证书信息", async () => {
      const form = visitor.getByRole("search", { name: "证书查询" });
      await form.getByLabel("持证人姓名").fill(HUANG.name);
      await form.getByRole("button", { name: "查询" }).click();
      await expect(visitor.getByRole("status").filter({ hasText: "未查询到" })).toBeVisible();
      await expect(visitor.getByRole("region", { name: "查询结果" })).toHaveCount(0);
      const main = visitor.getByRole("main");
      for (const shown of [UNIT.name, YANG.name, "330106", chinese(renewed(oldExpiry.get(YANG.name)!))])
        await expect(main).not.toContainText(shown);
      await screenshot(visitor, "g4-public-not-found");
    });
  });

  test("电子证书：【证书查询】下载有效证书的 PDF，二维码打开的证书查验页（无需登录）显示当前状态", async () => {
    let id = "";

    await test.step(`单位【证书查询】→ ${HUANG.name}【电子证书】(PDF)：二维码指向 /verify/<证书 id>`, async () => {
      const card = await certificateCard(unit, HUANG.name);
      const number = /浙交安[ABC]\(\d{2}\)[GS]\d{5}/.exec(await card.innerText())?.[0] ?? "";
      const link = card.getByRole("link", { name: /^电子证书/ });
      const href = (await link.getAttribute("href")) ?? "";
      id = /\/enterprise\/certificates\/([0-9a-f-]{36})\/pdf$/.exec(href)?.[1] ?? "";
      expect(id, `电子证书链接 ${href}`).not.toBe("");
      const file = await fetchFile(unit, link);
      expect({ status: file.status, type: file.type, head: file.head }).toEqual({
        status: 200,
        type: "application/pdf",
        head: "%PDF-",
      });
      // The QR code on the certificate encodes the live page (the PDF's subject names it as well).
      const verifyUrl = new URL(`/verify/${id}`, test.info().project.use.baseURL).toString();
      const pdf = await readPdf(file.body, verifyUrl);
      expect(pdf.hasQrCode, `电子证书上的二维码指向 ${verifyUrl}`).toBe(true);
      expect(pdf.subject).toBe(verifyUrl);
      expect(pdf.title).toContain(number);
      const [download] = await Promise.all([unit.waitForEvent("download"), link.click()]);
      expect(download.suggestedFilename()).toMatch(/\.pdf$/);
      // A certificate no longer in force (周雪梅, 失效) offers no 电子证书.
      await expect((await certificateCard(unit, "周雪梅")).getByRole("link", { name: /^电子证书/ })).toHaveCount(0);
    });

    await test.step("扫码打开 /verify/<证书 id>（无需登录）：当前状态有效、延续后的有效期至、打码的姓名和身份证号", async () => {
      await visitor.goto(`/verify/${id}`);
      await expect(visitor.getByRole("heading", { name: "证书查验", level: 1 })).toBeVisible();
      await expect(visitor.getByRole("status").filter({ hasText: "当前状态" })).toContainText("当前状态：有效");
      await expect(shownValue(visitor, "持证人")).toHaveText("黄*斌");
      await expect(shownValue(visitor, "身份证号")).toHaveText(HUANG.maskedId);
      await expect(shownValue(visitor, "单位名称")).toHaveText(UNIT.name);
      await expect(shownValue(visitor, "有效期至")).toHaveText(chinese(renewed(oldExpiry.get(HUANG.name)!)));
      await expect(visitor.getByRole("main")).not.toContainText(HUANG.name);
      await screenshot(visitor, "g4-public-live");
    });
  });
});
