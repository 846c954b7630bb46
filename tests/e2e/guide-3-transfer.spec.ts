// 人员调动操作指引-企业端（用户指南第 3 节），逐步点击指南中的按钮：
//   人员离职证书调出申请、人员入职证书调入申请
//   人员调出：人员离职，提出调出申请，企业审核是否同意调出
//     01 点击左侧菜单申请业务下的【变更申请】，在右侧区域点击【人员调出申请】
//     02 在【待审核】选项下查看调出申请，点击表格中人员后的【审核】按钮，填写意见；
//        也可勾选人员，点击表格左上角【同意调出】，批量进行操作
//     03 单位同意调出后，待审核部门、考核部门审核通过后，证书从本单位下移除
//   人员调入：人员入职，提出调入申请，企业审核是否同意调入
//     01 点击左侧菜单申请业务下的【变更申请】，在右侧区域点击【人员调入申请】
//     02 在【待审核】选项下查看调入申请，点击表格中人员后的【审核】按钮，填写意见；
//        也可勾选人员，点击表格左上角【同意调入】，批量进行操作
//     03 单位同意调入后，等待审核部门审核，考核部门核发证书；
//        考核部门核发证书后，可在左侧【证书查询】菜单下查询到调入的证书
//
// The holders apply in the 个人端 (【个人登录】 with 身份证号), on a phone. The flow needs holders, which
// only the demo data has: it uses 浙江示例路桥工程有限公司 and four of its holders (see prisma/seed.ts;
// guide §2 uses 杭州示例港航工程有限公司, and every `npm run test:e2e` starts from a fresh database).
// Three browsers stay signed in throughout: the unit, the 审核部门 and the 考核部门; each holder signs
// in in a browser of their own when the guide has them act.
import { expect, type Browser, type Locator, type Page } from "@playwright/test";
import { test } from "./support/axe";
import { todayInShanghai } from "../../lib/domain/calendar-date";
import {
  ASSESSOR,
  HOLDER_PASSWORD,
  PHONE,
  REVIEWER,
  clickUntilVisible,
  holderEmail,
  loginAs,
  mainMenu,
  screenshot,
  shownValue,
  submitLogin,
  uniqueCreditCode,
} from "./support/fixtures";
import { mailsTo, waitForMail } from "./support/mailbox";

test.use({ viewport: PHONE });

const UNIT = {
  name: "浙江示例路桥工程有限公司",
  creditCode: "91330100MA2AB1CD2N",
  password: "Demo@2026",
  email: "luqiao@example.com",
} as const;
/** A demo enterprise whose registration is still 待审核: no one can transfer to it. */
const PENDING_UNIT = "宁波示例交通建设有限公司";

type Holder = { name: string; idNumber: string; email: string };
const holder = (name: string, idNumber: string): Holder => ({ name, idNumber, email: holderEmail(idNumber) });

// Holders of the demo unit (valid certificates), and one whose certificate is attached to no unit.
const WANG = holder("王建华", "330106197001011003"); // 调出 on its own (【审核】), later 调入 refused by the unit
const LI = holder("李明轩", "330106197102021016"); // 调出, agreed with 【同意调出】
const ZHANG = holder("张国强", "330106197203031029"); // 调出, then 【撤回】 before the unit decides
const ZHENG = holder("郑晓明", "330106198808081234"); // 调入 by 统一社会信用代码

const OUT_REASON = "已与单位解除劳动合同，申请证书调出。";
const IN_REASON = "已与浙江示例路桥工程有限公司签订劳动合同。";
const REFUSAL = "本单位暂无岗位，不同意调入。";
const SUBJECT_PREFIX = "【安管人员考核系统】";

let unit: Page;
let reviewer: Page;
let assessor: Page;
const holders = new Map<string, Page>();
let today = "";

async function signedIn(browser: Browser, portal: "enterprise" | "staff", account: string, password: string) {
  const page = await (await browser.newContext({ viewport: PHONE })).newPage();
  await loginAs(page, portal, account, password);
  return page;
}

test.beforeAll(async ({ browser }) => {
  today = todayInShanghai();
  [unit, reviewer, assessor] = await Promise.all([
    signedIn(browser, "enterprise", UNIT.creditCode, UNIT.password),
    signedIn(browser, "staff", REVIEWER.account, REVIEWER.password),
    signedIn(browser, "staff", ASSESSOR.account, ASSESSOR.password),
  ]);
});

test.afterEach(async ({}, testInfo) => {
  if (testInfo.status === testInfo.expectedStatus) return;
  const pages: [string, Page][] = [
    ["unit", unit],
    ["reviewer", reviewer],
    ["assessor", assessor],
    ...holders.entries(),
  ];
  for (const [who, page] of pages) {
    if (page && !page.isClosed()) {
      await testInfo.attach(`${who}.png`, {
        body: await page.screenshot({ fullPage: true }),
        contentType: "image/png",
      });
    }
  }
});

test.afterAll(async () => {
  for (const page of [unit, reviewer, assessor, ...holders.values()]) await page?.context().close();
});

// ---------------------------------------------------------------------------------------------
// Helpers

/** Home →【个人登录】→ 身份证号 and password →【登录】→ 我的证书 (in the holder's own browser, kept). */
async function holderSignsIn(browser: Browser, h: Holder, shot?: string) {
  const page = await (await browser.newContext({ viewport: PHONE })).newPage();
  holders.set(h.name, page);
  await submitLogin(page, "person", h.idNumber, HOLDER_PASSWORD);
  await expect(page).toHaveURL(/\/person\/certificates$/, { timeout: 20_000 });
  await expect(page.getByRole("heading", { name: "我的证书", level: 1 })).toBeVisible();
  if (shot) await screenshot(page, shot);
  return page;
}

/** The holder's one certificate on 我的证书. */
function myCertificate(page: Page) {
  return page.getByRole("list", { name: "我的证书" }).getByRole("listitem");
}

/** The holder's application of this kind on 我的申请 (the newest first). */
function myApplication(page: Page, kind: "人员调出" | "人员调入") {
  return page
    .getByRole("list", { name: "我的申请" })
    .getByRole("listitem")
    .filter({ has: page.getByRole("heading", { name: kind, exact: true }) })
    .first();
}

/** The steps of an application's 办理进度. */
function progress(item: Locator) {
  return item.getByRole("list", { name: "办理进度" }).getByRole("listitem");
}

/** On 我的申请 the 办理进度 of a closed application is folded: 【办理进度（n）】 unfolds it. */
async function unfoldProgress(item: Locator) {
  await expect(item.getByText(/^办理进度（\d+）$/)).toBeVisible();
  if (!(await item.getByRole("list", { name: "办理进度" }).isVisible()))
    await item.getByText(/^办理进度（\d+）$/).click();
}

/** 申请业务 ›【变更申请】→【人员调出申请】/【人员调入申请】→ a tab (its name carries a count). */
async function openTransfers(page: Page, title: "人员调出申请" | "人员调入申请", tab = "待审核") {
  await mainMenu(page).getByRole("link", { name: "变更申请", exact: true }).click();
  await expect(page.getByRole("heading", { name: "变更申请", level: 1 })).toBeVisible();
  await page.getByRole("link", { name: new RegExp(`^${title}`) }).click();
  await expect(page.getByRole("heading", { name: title, level: 1 })).toBeVisible();
  await transferTab(page, tab).click();
  await expect(transferTab(page, tab)).toHaveAttribute("aria-current", "page");
}

function transferTab(page: Page, label: string) {
  return page.getByRole("navigation", { name: "申请状态" }).getByRole("link", { name: new RegExp(`^${label}\\s*\\(`) });
}

/** A holder's entry on the current transfer tab. */
function holderRow(page: Page, name: string) {
  return page.getByRole("main").getByRole("listitem").filter({ hasText: name });
}

/** 审核部门 menu → 审核业务 ›【人员调出】/【人员调入】→ the holder's row → 审核. */
async function openForReview(page: Page, queue: "人员调出" | "人员调入", name: string, shot?: string) {
  await mainMenu(page).getByRole("link", { name: queue, exact: true }).click();
  await expect(page.getByRole("heading", { name: `${queue}审核`, level: 1 })).toBeVisible();
  const row = page.getByRole("main").getByRole("listitem").filter({ hasText: name });
  await expect(row).toHaveCount(1);
  if (shot) await screenshot(page, shot);
  await row.getByRole("link", { name: "审核" }).click();
  await expect(page.getByRole("heading", { name: `${queue}：${UNIT.name}` })).toBeVisible();
  await expect(shownValue(page, "持证人")).toHaveText(name);
}

/** 考核部门: 待考核 → the kind's tab → the holder's row → 考核 →【确认调出】(调出) /【核发证书】(调入). */
async function issue(page: Page, kind: "人员调出" | "人员调入", name: string, shot?: string) {
  await mainMenu(page).getByRole("link", { name: "待考核", exact: true }).click();
  await expect(page.getByRole("heading", { name: "待考核", level: 1 })).toBeVisible();
  // 待考核 opens on the first tab that holds work; each tab keeps its count. (The menu shows the page
  // afresh even when the assessor was already on it.)
  const tabs = page.getByRole("navigation", { name: "业务" }).getByRole("link");
  await expect(async () => {
    const counts = (await tabs.allInnerTexts()).map((text) => Number(/\((\d+)\)\s*$/.exec(text)?.[1] ?? Number.NaN));
    expect(counts.every((n) => Number.isInteger(n))).toBe(true);
    expect(counts.some((n) => n > 0)).toBe(true);
    await expect(tabs.nth(counts.findIndex((n) => n > 0))).toHaveAttribute("aria-current", "page", { timeout: 500 });
  }).toPass({ timeout: 10_000 });
  await page
    .getByRole("navigation", { name: "业务" })
    .getByRole("link", { name: new RegExp(`^${kind}`) })
    .click();
  await expect(
    page.getByRole("navigation", { name: "业务" }).getByRole("link", { name: new RegExp(`^${kind}`) }),
  ).toHaveAttribute("aria-current", "page");
  const row = page.getByRole("listitem").filter({ hasText: name });
  await expect(row).toHaveCount(1);
  if (shot) await screenshot(page, `${shot}-queue`);
  await row.getByRole("link", { name: "考核" }).click();
  await expect(shownValue(page, "持证人")).toHaveText(name);
  if (shot) await screenshot(page, `${shot}-detail`);
  // The decision is worded for what it does: a 调出 issues nothing, the certificate leaves the unit.
  const decision = kind === "人员调出" ? "确认调出" : "核发证书";
  if (kind === "人员调出") await expect(page.getByRole("button", { name: "核发证书" })).toHaveCount(0);
  await page.getByRole("button", { name: decision, exact: true }).click();
  await expectDecided(page, "审核通过", decision);
}

/** After a decision the detail page shows the new status in 办理记录, without the decision buttons. */
async function expectDecided(page: Page, status: string, button = "通过") {
  await expect(page.getByRole("list", { name: "办理进度" }).getByRole("listitem").last()).toContainText(`→ ${status}`);
  await expect(page.getByRole("button", { name: button, exact: true })).toHaveCount(0);
}

/** The unit's 【证书查询】 cards. */
async function unitCertificates(page: Page) {
  await mainMenu(page).getByRole("link", { name: "证书查询", exact: true }).click();
  await expect(page.getByRole("heading", { name: "证书查询", level: 1 })).toBeVisible();
  return page.getByRole("list", { name: "证书列表" }).getByRole("listitem");
}

/** The titles of the mails to `to` (subject without the system's prefix). */
async function mailTitles(to: string, after = 0) {
  return (await mailsTo(to)).filter((m) => Date.parse(m.at) >= after).map((m) => m.subject.replace(SUBJECT_PREFIX, ""));
}

const count = (titles: string[], title: string) => titles.filter((t) => t === title).length;

// ---------------------------------------------------------------------------------------------

test.describe.serial("指南 3 人员调动", () => {
  test("人员调出：持证人【调出申请】→ 单位【审核】同意 → 审核部门通过 → 考核部门核发 → 证书从本单位移除", async ({
    browser,
  }) => {
    let holderPage!: Page;

    await test.step(`个人端：${WANG.name}【个人登录】，我的证书显示证书状态、所在单位、有效期`, async () => {
      holderPage = await holderSignsIn(browser, WANG);
      const card = myCertificate(holderPage);
      await expect(card).toHaveCount(1);
      await expect(card).toContainText(WANG.name);
      await expect(card).toContainText("有效");
      await expect(card).toContainText(`单位名称：${UNIT.name}`);
      await expect(card).toContainText(/有效期至 \d{4}-\d{2}-\d{2}/);
      await screenshot(holderPage, "g3-holder-certificates");
    });

    await test.step("个人端【调出申请】：不填原因提示在原因旁；填写原因 →【提交】", async () => {
      await myCertificate(holderPage).getByRole("link", { name: "调出申请" }).click();
      await expect(holderPage.getByRole("heading", { name: "调出申请" })).toBeVisible();
      await expect(holderPage.getByText(`从「${UNIT.name}」调出`)).toBeVisible();
      const reason = holderPage.getByRole("textbox", { name: "申请原因" });
      await holderPage.getByRole("button", { name: "提交", exact: true }).click();
      await expect(reason).toHaveAccessibleDescription("请填写申请原因");
      await reason.fill(OUT_REASON);
      await screenshot(holderPage, "g3-holder-transfer-out-form");
      await holderPage.getByRole("button", { name: "提交", exact: true }).click();
      await expect(holderPage).toHaveURL(/\/person\/applications/);
    });

    await test.step("个人端【我的申请】：待单位审核，办理进度一目了然", async () => {
      await expect(holderPage.getByRole("status").filter({ hasText: "申请已提交" })).toBeVisible();
      const item = myApplication(holderPage, "人员调出");
      await expect(item).toContainText("待单位审核");
      await expect(shownValue(holderPage, "调出单位")).toHaveText(UNIT.name);
      await expect(shownValue(holderPage, "申请原因")).toHaveText(OUT_REASON);
      await expect(item).toContainText(`等待「${UNIT.name}」审核`);
      await expect(progress(item)).toHaveText([/提交申请.*→ 待单位审核/]);
      await expect(item.getByRole("button", { name: "撤回" })).toBeVisible();
      await screenshot(holderPage, "g3-holder-progress");
      // 我的证书 points to the open application instead of offering another one.
      await mainMenu(holderPage).getByRole("link", { name: "我的证书", exact: true }).click();
      await expect(myCertificate(holderPage)).toContainText("待单位审核");
      await expect(myCertificate(holderPage).getByRole("link", { name: "调出申请" })).toHaveCount(0);
    });

    await test.step("01 单位：申请业务 ›【变更申请】→【人员调出申请】", async () => {
      await waitForMail(UNIT.email, "新的人员调出申请待审核");
      await mainMenu(unit).getByRole("link", { name: "变更申请", exact: true }).click();
      await expect(unit.getByRole("link", { name: /^人员调出申请/ })).toContainText("1 人待审核");
      await screenshot(unit, "g3-01-change");
      await openTransfers(unit, "人员调出申请");
    });

    await test.step(`02 【待审核】中 ${WANG.name} →【审核】：选不同意而不填意见，提示在意见旁`, async () => {
      const row = holderRow(unit, WANG.name);
      await expect(row).toContainText(`申请原因：${OUT_REASON}`);
      await expect(row).toContainText("待单位审核");
      await expect(transferTab(unit, "待审核")).toContainText("(1)");
      await screenshot(unit, "g3-02-out-pending");
      const dialog = unit.getByRole("dialog", { name: "审核调出申请" });
      await clickUntilVisible(row.getByRole("button", { name: `审核 ${WANG.name} 的调出申请` }), dialog);
      await expect(shownValue(unit, "持证人")).toHaveText(WANG.name);
      await expect(shownValue(unit, "申请原因")).toHaveText(OUT_REASON);
      await dialog.getByRole("radio", { name: "不同意调出" }).check();
      await dialog.getByRole("button", { name: "提交", exact: true }).click();
      await expect(dialog.getByRole("textbox", { name: "意见" })).toHaveAccessibleDescription("请填写不同意的意见");
      await screenshot(unit, "g3-02-out-review-dialog");
      await expect(dialog).toBeVisible();
    });

    await test.step("02 改选【同意调出】→【提交】：转入【待审核部门审核】", async () => {
      const dialog = unit.getByRole("dialog", { name: "审核调出申请" });
      await dialog.getByRole("radio", { name: "同意调出", exact: true }).check();
      await dialog.getByRole("button", { name: "提交", exact: true }).click();
      await expect(dialog).toBeHidden();
      await expect(unit.getByRole("status").filter({ hasText: "已同意调出" })).toBeVisible();
      await expect(holderRow(unit, WANG.name)).toHaveCount(0);
      await transferTab(unit, "待审核部门审核").click();
      const row = holderRow(unit, WANG.name);
      await expect(row).toContainText("待审核");
      await row.getByText("查看进度").click();
      await expect(progress(row)).toHaveText([/提交申请.*→ 待单位审核/, /单位同意.*→ 待审核/]);
      await screenshot(unit, "g3-02-out-agreed");
    });

    await test.step("个人端：单位同意后，我的申请显示等待审核部门审核，不能再撤回", async () => {
      await mainMenu(holderPage).getByRole("link", { name: "我的申请", exact: true }).click();
      const item = myApplication(holderPage, "人员调出");
      await expect(item).toContainText("单位已同意，等待审核部门审核");
      await expect(progress(item)).toHaveText([/提交申请.*→ 待单位审核/, /单位同意.*→ 待审核/]);
      await expect(item.getByRole("button", { name: "撤回" })).toHaveCount(0);
    });

    await test.step(`审核部门：审核业务 › 人员调出 → ${WANG.name} 审核 →【通过】→ 待考核`, async () => {
      await openForReview(reviewer, "人员调出", WANG.name, "g3-03-reviewer-out-queue");
      await expect(shownValue(reviewer, "调出单位")).toHaveText(UNIT.name);
      await expect(shownValue(reviewer, "申请原因")).toHaveText(OUT_REASON);
      await expect(shownValue(reviewer, "证书所载单位名称")).toHaveText(UNIT.name);
      await screenshot(reviewer, "g3-03-reviewer-out-detail");
      await reviewer.getByRole("button", { name: "通过", exact: true }).click();
      await expectDecided(reviewer, "待考核");
    });

    await test.step(`考核部门：待考核 → ${WANG.name} 考核 →【确认调出】`, async () => {
      await issue(assessor, "人员调出", WANG.name, "g3-03-assessor-out");
    });

    await test.step("03 证书从本单位下移除：单位【证书查询】不再列出，调出申请在【审核通过】中", async () => {
      const cards = await unitCertificates(unit);
      await expect(cards.filter({ hasText: LI.name })).toHaveCount(1);
      await expect(cards.filter({ hasText: WANG.name })).toHaveCount(0);
      await screenshot(unit, "g3-03-certificates-after-out");
      await openTransfers(unit, "人员调出申请", "审核通过");
      await expect(holderRow(unit, WANG.name)).toContainText("审核通过");
      await screenshot(unit, "g3-03-out-approved");
    });

    await test.step("个人端：我的申请显示审核通过；我的证书显示无所在单位，可申请调入", async () => {
      await mainMenu(holderPage).getByRole("link", { name: "我的申请", exact: true }).click();
      const item = myApplication(holderPage, "人员调出");
      await expect(item).toContainText("审核通过");
      await expect(item).toContainText(`证书已从「${UNIT.name}」移出`);
      await unfoldProgress(item);
      await expect(progress(item)).toHaveText([
        /提交申请/,
        /单位同意.*→ 待审核/,
        /审核通过.*→ 待考核/,
        /核发证书.*→ 审核通过/,
      ]);
      await screenshot(holderPage, "g3-holder-out-approved");
      await mainMenu(holderPage).getByRole("link", { name: "我的证书", exact: true }).click();
      const card = myCertificate(holderPage);
      await expect(card).toContainText("单位名称：无所在单位");
      await expect(card).not.toContainText(UNIT.name);
      await expect(card.getByRole("link", { name: "调入申请" })).toBeVisible();
      await screenshot(holderPage, "g3-holder-certificates-no-unit");
    });
  });

  test(`02 批量【同意调出】：${ZHANG.name}在单位审核前【撤回】，单位勾选后逐行给出结果`, async ({ browser }) => {
    const apply = async (h: Holder) => {
      const page = await holderSignsIn(browser, h);
      await myCertificate(page).getByRole("link", { name: "调出申请" }).click();
      await page.getByRole("textbox", { name: "申请原因" }).fill(OUT_REASON);
      await page.getByRole("button", { name: "提交", exact: true }).click();
      await expect(myApplication(page, "人员调出")).toContainText("待单位审核");
      return page;
    };
    let zhang!: Page;

    await test.step(`个人端：${LI.name}、${ZHANG.name}各自【调出申请】`, async () => {
      await apply(LI);
      zhang = await apply(ZHANG);
    });

    await test.step(`单位【人员调出申请】›【待审核】列出两人，勾选两人`, async () => {
      await openTransfers(unit, "人员调出申请");
      for (const h of [LI, ZHANG]) await expect(holderRow(unit, h.name)).toContainText("待单位审核");
      await expect(transferTab(unit, "待审核")).toContainText("(2)");
      for (const h of [LI, ZHANG]) await unit.getByRole("checkbox", { name: `勾选 ${h.name}` }).check();
      await screenshot(unit, "g3-02-out-batch-ticked");
    });

    await test.step(`个人端：单位决定前 ${ZHANG.name}【撤回】`, async () => {
      const item = myApplication(zhang, "人员调出");
      const dialog = zhang.getByRole("dialog", { name: "撤回申请" });
      await clickUntilVisible(item.getByRole("button", { name: "撤回" }), dialog);
      await expect(dialog).toContainText("确定撤回「人员调出」申请吗");
      await screenshot(zhang, "g3-holder-withdraw-dialog");
      await dialog.getByRole("button", { name: "确认撤回" }).click();
      await expect(dialog).toBeHidden();
      await expect(item).toContainText("已取消");
      await expect(item).toContainText("申请已撤回");
      await unfoldProgress(item);
      await expect(progress(item)).toHaveText([/提交申请/, /撤回申请.*→ 已取消/]);
      await expect(item.getByRole("link", { name: "重新申请" })).toBeVisible();
      await screenshot(zhang, "g3-holder-withdrawn");
    });

    await test.step("02 单位点击表格左上角【同意调出】：一人办结，已撤回的一人逐行说明未处理", async () => {
      await unit.getByRole("button", { name: "同意调出", exact: true }).click();
      const result = unit.getByRole("alert").filter({ hasText: "已处理 1 条，1 条未处理" });
      await expect(result).toBeVisible();
      await expect(result).toContainText(`${ZHANG.name}：该申请已撤回或取消`);
      await expect(holderRow(unit, LI.name)).toHaveCount(0);
      await expect(holderRow(unit, ZHANG.name)).toHaveCount(0);
      await expect(transferTab(unit, "待审核")).toContainText("(0)");
      await screenshot(unit, "g3-02-out-batch-done");
      await transferTab(unit, "待审核部门审核").click();
      await expect(holderRow(unit, LI.name)).toContainText("待审核");
      await expect(holderRow(unit, ZHANG.name)).toHaveCount(0);
    });

    await test.step(`审核部门的人员调出队列中只有 ${LI.name}`, async () => {
      await mainMenu(reviewer).getByRole("link", { name: "人员调出", exact: true }).click();
      await expect(reviewer.getByRole("main").getByRole("listitem").filter({ hasText: LI.name })).toHaveCount(1);
      await expect(reviewer.getByRole("main").getByRole("listitem").filter({ hasText: ZHANG.name })).toHaveCount(0);
    });
  });

  test("人员调入：持证人按统一社会信用代码【调入申请】→ 单位【同意调入】→ 审核部门通过 → 考核部门核发 →【证书查询】可见", async ({
    browser,
  }) => {
    let holderPage!: Page;

    await test.step(`个人端：${ZHENG.name}的证书无所在单位 →【调入申请】`, async () => {
      holderPage = await holderSignsIn(browser, ZHENG);
      const card = myCertificate(holderPage);
      await expect(card).toContainText("单位名称：无所在单位");
      await expect(card.getByRole("link", { name: "调出申请" })).toHaveCount(0);
      await card.getByRole("link", { name: "调入申请" }).click();
      await expect(holderPage.getByRole("heading", { name: "调入申请" })).toBeVisible();
    });

    await test.step("个人端：未审核通过的单位、不存在的单位都提示在调入单位旁", async () => {
      const field = holderPage.getByRole("textbox", { name: "调入单位" });
      const notFound = "未找到该单位，请输入已审核通过单位的全称或统一社会信用代码";
      await field.fill(PENDING_UNIT);
      await clickUntilVisible(holderPage.getByRole("button", { name: "查找" }), holderPage.getByText(notFound));
      await expect(field).toHaveAccessibleDescription(notFound);
      await screenshot(holderPage, "g3-holder-transfer-in-not-found");
      // Submitting without 【查找】 is checked on the server as well.
      await field.fill(uniqueCreditCode());
      await holderPage.getByRole("textbox", { name: "申请原因" }).fill(IN_REASON);
      await holderPage.getByRole("button", { name: "提交", exact: true }).click();
      await expect(field).toHaveAccessibleDescription(notFound);
      await expect(holderPage).toHaveURL(/\/person\/transfer\/in\//);
    });

    await test.step("个人端：输入统一社会信用代码 →【查找】显示单位名称 →【提交】→ 待单位审核", async () => {
      const field = holderPage.getByRole("textbox", { name: "调入单位" });
      await field.fill(UNIT.creditCode);
      const found = holderPage.getByRole("status").filter({ hasText: UNIT.name });
      await clickUntilVisible(holderPage.getByRole("button", { name: "查找" }), found);
      await expect(found).toContainText(UNIT.creditCode);
      await holderPage.getByRole("textbox", { name: "申请原因" }).fill(IN_REASON);
      await screenshot(holderPage, "g3-holder-transfer-in-form");
      await holderPage.getByRole("button", { name: "提交", exact: true }).click();
      await expect(holderPage).toHaveURL(/\/person\/applications/);
      const item = myApplication(holderPage, "人员调入");
      await expect(item).toContainText("待单位审核");
      await expect(shownValue(holderPage, "调入单位")).toHaveText(UNIT.name);
      await expect(progress(item)).toHaveText([/提交申请.*→ 待单位审核/]);
      await screenshot(holderPage, "g3-holder-in-progress");
    });

    await test.step("01–02 单位：【变更申请】→【人员调入申请】›【待审核】→ 勾选 →【同意调入】", async () => {
      await waitForMail(UNIT.email, "新的人员调入申请待审核");
      await openTransfers(unit, "人员调入申请");
      const row = holderRow(unit, ZHENG.name);
      await expect(row).toContainText(`申请原因：${IN_REASON}`);
      await unit.getByRole("checkbox", { name: `勾选 ${ZHENG.name}` }).check();
      await screenshot(unit, "g3-02-in-pending");
      await unit.getByRole("button", { name: "同意调入", exact: true }).click();
      await expect(unit.getByRole("status").filter({ hasText: "已处理 1 条" })).toBeVisible();
      await expect(row).toHaveCount(0);
      await transferTab(unit, "待审核部门审核").click();
      await expect(holderRow(unit, ZHENG.name)).toContainText("待审核");
    });

    await test.step(`审核部门：审核业务 › 人员调入 → ${ZHENG.name} 审核 →【通过】`, async () => {
      await openForReview(reviewer, "人员调入", ZHENG.name, "g3-03-reviewer-in-queue");
      await expect(shownValue(reviewer, "调入单位")).toHaveText(UNIT.name);
      await expect(shownValue(reviewer, "证书所载单位名称")).toHaveText("—");
      await screenshot(reviewer, "g3-03-reviewer-in-detail");
      await reviewer.getByRole("button", { name: "通过", exact: true }).click();
      await expectDecided(reviewer, "待考核");
    });

    await test.step("03 单位：等待考核部门核发时在【待考核】中", async () => {
      await transferTab(unit, "待考核").click();
      await expect(holderRow(unit, ZHENG.name)).toContainText("待考核");
    });

    await test.step(`考核部门：待考核 → ${ZHENG.name} 考核 →【核发证书】`, async () => {
      await issue(assessor, "人员调入", ZHENG.name, "g3-03-assessor-in");
    });

    await test.step("03 单位【证书查询】查询到调入的证书：本单位名称、今天的发证日期", async () => {
      const cards = await unitCertificates(unit);
      const card = cards.filter({ hasText: ZHENG.name });
      await expect(card).toContainText(`单位名称：${UNIT.name}`);
      await expect(card).toContainText(`发证日期 ${today}`);
      await screenshot(unit, "g3-03-certificates-after-in");
    });

    await test.step("个人端：我的证书显示新单位；我的申请显示审核通过", async () => {
      await mainMenu(holderPage).getByRole("link", { name: "我的证书", exact: true }).click();
      const card = myCertificate(holderPage);
      await expect(card).toContainText(`单位名称：${UNIT.name}`);
      await expect(card).toContainText(`发证日期 ${today}`);
      await expect(card.getByRole("link", { name: "调出申请" })).toBeVisible();
      await screenshot(holderPage, "g3-holder-certificates-after-in");
      await mainMenu(holderPage).getByRole("link", { name: "我的申请", exact: true }).click();
      const item = myApplication(holderPage, "人员调入");
      await expect(item).toContainText("审核通过");
      await expect(item).toContainText(`证书已登记到「${UNIT.name}」名下`);
    });
  });

  test(`调出后的${WANG.name}按单位全称【调入申请】：单位【审核】不同意并填写意见，持证人看到原因`, async () => {
    const holderPage = holders.get(WANG.name)!;

    await test.step("个人端：我的证书 →【调入申请】→ 单位全称 →【提交】", async () => {
      await mainMenu(holderPage).getByRole("link", { name: "我的证书", exact: true }).click();
      await myCertificate(holderPage).getByRole("link", { name: "调入申请" }).click();
      await holderPage.getByRole("textbox", { name: "调入单位" }).fill(UNIT.name);
      await holderPage.getByRole("textbox", { name: "申请原因" }).fill("重新入职。");
      await holderPage.getByRole("button", { name: "提交", exact: true }).click();
      await expect(myApplication(holderPage, "人员调入")).toContainText("待单位审核");
    });

    await test.step("02 单位【人员调入申请】›【待审核】→【审核】→ 不同意调入，填写意见 →【提交】", async () => {
      await openTransfers(unit, "人员调入申请");
      const dialog = unit.getByRole("dialog", { name: "审核调入申请" });
      await clickUntilVisible(
        holderRow(unit, WANG.name).getByRole("button", { name: `审核 ${WANG.name} 的调入申请` }),
        dialog,
      );
      await dialog.getByRole("radio", { name: "不同意调入" }).check();
      await dialog.getByRole("textbox", { name: "意见" }).fill(REFUSAL);
      await screenshot(unit, "g3-02-in-refuse-dialog");
      await dialog.getByRole("button", { name: "提交", exact: true }).click();
      await expect(dialog).toBeHidden();
      await expect(unit.getByRole("status").filter({ hasText: "已提交不同意调入的意见" })).toBeVisible();
      await transferTab(unit, "审核不通过").click();
      await expect(holderRow(unit, WANG.name).getByRole("alert")).toContainText(`意见：${REFUSAL}`);
      await screenshot(unit, "g3-02-in-refused");
    });

    await test.step("个人端：我的申请显示审核不通过和单位的意见，可重新申请", async () => {
      await mainMenu(holderPage).getByRole("link", { name: "我的申请", exact: true }).click();
      const item = myApplication(holderPage, "人员调入");
      await expect(item).toContainText("审核不通过");
      await expect(item.getByRole("alert")).toContainText(REFUSAL);
      await expect(item.getByRole("link", { name: "重新申请" })).toBeVisible();
      await screenshot(holderPage, "g3-holder-in-refused");
    });
  });

  test("通知：持证人右上角消息（铃铛）和邮箱收到每个审核结果，单位邮箱收到新申请和结果", async () => {
    await test.step(`${WANG.name}：铃铛显示未读数，消息列表含调出各环节和调入不通过的意见`, async () => {
      const page = holders.get(WANG.name)!;
      const titles = ["人员调出申请待审核", "人员调出申请待考核", "人员调出申请审核通过", "人员调入申请审核不通过"];
      await mainMenu(page).getByRole("link", { name: "我的证书", exact: true }).click();
      const bell = page.getByRole("banner").getByRole("link", { name: /^消息/ });
      await expect(bell).toHaveAccessibleName(`消息，${titles.length} 条未读`);
      await bell.click();
      await expect(page).toHaveURL(/\/notifications$/);
      const messages = page.getByRole("main").getByRole("listitem");
      await expect(messages).toHaveCount(titles.length);
      for (const title of titles) await expect(messages.filter({ hasText: title })).toHaveCount(1);
      await expect(messages.filter({ hasText: "人员调入申请审核不通过" })).toContainText(REFUSAL);
      await screenshot(page, "g3-holder-notifications");
      await page.getByRole("button", { name: "全部标为已读" }).click();
      await expect(page.getByText("没有未读消息")).toBeVisible();
    });

    await test.step("持证人的邮箱：每个审核结果一封；自己撤回的不另发", async () => {
      const expected: [Holder, string[]][] = [
        [WANG, ["人员调出申请待审核", "人员调出申请待考核", "人员调出申请审核通过", "人员调入申请审核不通过"]],
        [LI, ["人员调出申请待审核"]],
        [ZHANG, []],
        [ZHENG, ["人员调入申请待审核", "人员调入申请待考核", "人员调入申请审核通过"]],
      ];
      for (const [h, titles] of expected) {
        await expect
          .poll(async () => (await mailTitles(h.email)).sort(), { message: `${h.name} ${h.email}`, timeout: 30_000 })
          .toEqual([...titles].sort());
      }
      const refusal = await waitForMail(WANG.email, "人员调入申请审核不通过");
      expect(refusal.text).toContain(REFUSAL);
      const issued = await waitForMail(ZHENG.email, "人员调入申请审核通过");
      expect(issued.text).toContain(UNIT.name);
    });

    await test.step("单位的邮箱：每份新申请、撤回和审核部门、考核部门的结果各一封", async () => {
      const expected: [string, number][] = [
        ["新的人员调出申请待审核", 3],
        ["人员调出申请已取消", 1],
        ["人员调出申请待考核", 1],
        ["人员调出申请审核通过", 1],
        ["新的人员调入申请待审核", 2],
        ["人员调入申请待考核", 1],
        ["人员调入申请审核通过", 1],
      ];
      for (const [title, n] of expected) {
        await expect
          .poll(async () => count(await mailTitles(UNIT.email), title), { message: title, timeout: 30_000 })
          .toBe(n);
      }
    });
  });
});
