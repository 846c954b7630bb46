// Shared helpers for the guide specs: unique test data, small real files to upload, logging in the
// way the guide describes, and 375 px screenshots of every page visited.
import { mkdirSync } from "node:fs";
import path from "node:path";
import { deflateSync } from "node:zlib";
import { expect, test, type Locator, type Page } from "@playwright/test";
import { CREDIT_CODE_ALPHABET, creditCodeCheckChar } from "../../../lib/domain/credit-code";
import { checkAccessibility } from "./axe";
import { waitForCode } from "./mailbox";

// ---------------------------------------------------------------------------------------------
// Unique test data

const RUN = Date.now();
let serial = 0;

/** A number unique within this run of the suite (and, through the time, across runs). */
function nextUnique(): number {
  serial += 1;
  return RUN * 100 + (serial % 100);
}

function base31(n: number, width: number): string {
  let out = "";
  for (let i = 0; i < width; i++) {
    out = CREDIT_CODE_ALPHABET[n % 31] + out;
    n = Math.floor(n / 31);
  }
  return out;
}

/** A valid 统一社会信用代码 (GB 32100 check character), different on every call. */
export function uniqueCreditCode(): string {
  // 9 = 工商, 1 = 企业, 330100 = 杭州市, then a 9-character organisation code from the run's clock.
  const first17 = `91330100${base31(nextUnique(), 9)}`;
  return first17 + creditCodeCheckChar(first17)!;
}

/** The same code with a wrong check character: 18 characters from the right alphabet, but invalid. */
export function withWrongCheckChar(creditCode: string): string {
  const right = creditCode[17];
  const wrong = CREDIT_CODE_ALPHABET[(CREDIT_CODE_ALPHABET.indexOf(right) + 1) % 31];
  return creditCode.slice(0, 17) + wrong;
}

export function uniqueEmail(tag = "e2e"): string {
  return `${tag}-${nextUnique()}@example.com`;
}

/** "YYYY-MM-DD", `years` from today. */
export function dateInYears(years: number): string {
  const d = new Date();
  d.setFullYear(d.getFullYear() + years);
  return d.toISOString().slice(0, 10);
}

export type EnterpriseData = {
  name: string;
  creditCode: string;
  legalRepresentative: string;
  registeredAddress: string;
  contactAddress: string;
  contactName: string;
  contactPhone: string;
  email: string;
  qualificationType: string;
  qualificationLevel: string;
  qualificationCertNo: string;
  qualificationExpiry: string;
  password: string;
};

/** A new enterprise, unique in this run; `label` appears in its name (e.g. 注册, 改密). */
export function newEnterprise(label: string): EnterpriseData {
  const n = nextUnique();
  const tail = String(n).slice(-6);
  return {
    name: `E2E${label}测试路桥工程有限公司${tail}`,
    creditCode: uniqueCreditCode(),
    legalRepresentative: "测试法人",
    registeredAddress: "浙江省杭州市西湖区",
    contactAddress: `浙江省杭州市西湖区测试路${Number(tail) % 1000}号`,
    contactName: "测试联系人",
    contactPhone: `138${String(n).slice(-8)}`,
    email: uniqueEmail(`e2e-${label === "注册" ? "reg" : "ent"}`),
    qualificationType: "公路工程施工总承包",
    qualificationLevel: "一级",
    qualificationCertNo: `D2330${tail}`,
    qualificationExpiry: dateInYears(2),
    password: "E2e@Pass2026",
  };
}

// ---------------------------------------------------------------------------------------------
// Files to upload

export type UploadFile = { name: string; mimeType: string; buffer: Buffer };

/** A minimal but valid one-page PDF (header, objects, xref with exact offsets, trailer). */
export function pdfFile(name: string, title = "E2E test document"): UploadFile {
  const content = `BT /F1 18 Tf 72 720 Td (${title}) Tj ET`;
  const objects = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
    "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
  ];
  let pdf = "%PDF-1.4\n";
  const offsets = objects.map((body, i) => {
    const at = pdf.length;
    pdf += `${i + 1} 0 obj\n${body}\nendobj\n`;
    return at;
  });
  const xref = pdf.length;
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  pdf += offsets.map((o) => `${String(o).padStart(10, "0")} 00000 n \n`).join("");
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return { name, mimeType: "application/pdf", buffer: Buffer.from(pdf, "latin1") };
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Buffer): number {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** A valid 16×16 RGB PNG (signature, IHDR, IDAT, IEND with correct CRCs). */
export function pngFile(name: string): UploadFile {
  const chunk = (type: string, data: Buffer) => {
    const typed = Buffer.concat([Buffer.from(type, "latin1"), data]);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(typed));
    return Buffer.concat([length, typed, crc]);
  };
  const size = 16;
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8-bit RGB, deflate, no filter, no interlace
  const row = Buffer.concat([Buffer.from([0]), Buffer.alloc(size * 3, 0x33)]); // filter byte + pixels
  const pixels = deflateSync(Buffer.concat(Array.from({ length: size }, () => row)));
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  const png = Buffer.concat([signature, chunk("IHDR", header), chunk("IDAT", pixels), chunk("IEND", Buffer.alloc(0))]);
  return { name, mimeType: "image/png", buffer: png };
}

/** A Windows executable ("MZ" header) renamed to .pdf, claiming to be a PDF. */
export function exeRenamedPdf(name: string): UploadFile {
  const bytes = Buffer.alloc(512);
  bytes.write("MZ", 0, "latin1");
  bytes.write("This program cannot be run in DOS mode.", 0x4e, "latin1");
  bytes.write("PE\0\0", 0x80, "latin1");
  return { name, mimeType: "application/pdf", buffer: bytes };
}

/**
 * The file input labelled `label` (a file input's role is button; its accessible name is the label
 * without the required-field asterisk, which getByLabel would include).
 */
export function fileInput(page: Page, label: string) {
  return page.getByRole("button", { name: label, exact: true });
}

// ---------------------------------------------------------------------------------------------
// Logging in, as the home page offers it

export type Portal = "enterprise" | "person" | "staff";

const PORTALS: Record<Portal, { entry: string; accountLabel: string }> = {
  enterprise: { entry: "企业登录", accountLabel: "统一社会信用代码或邮箱" },
  person: { entry: "个人登录", accountLabel: "身份证号" },
  staff: { entry: "管理登录", accountLabel: "用户名" },
};

export const REVIEWER = { account: "reviewer", password: "Review@2026" } as const;

/** Home → 【企业登录】/【管理登录】 → account and password → 【登录】; does not check the outcome. */
export async function submitLogin(page: Page, portal: Portal, account: string, password: string) {
  const { entry, accountLabel } = PORTALS[portal];
  await page.goto("/");
  await page.getByRole("link", { name: new RegExp(`^${entry}`) }).click();
  await expect(page.getByRole("heading", { name: entry })).toBeVisible();
  await page.getByLabel(accountLabel).fill(account);
  await page.getByRole("textbox", { name: "密码", exact: true }).fill(password);
  await page.getByRole("button", { name: "登录", exact: true }).click();
}

/** Logs in and waits until the login page has been left. */
export async function loginAs(page: Page, portal: Portal, account: string, password: string) {
  await submitLogin(page, portal, account, password);
  await expect(page, `以 ${account} 登录${PORTALS[portal].entry.replace("登录", "端")}`).not.toHaveURL(/\/login\//, {
    timeout: 20_000,
  });
}

/** The account menu at the top right (avatar and name). */
export function accountMenu(page: Page) {
  return page.getByRole("button", { name: /账号菜单$/ });
}

// ---------------------------------------------------------------------------------------------
// Screenshots at phone width

export const PHONE = { width: 375, height: 812 } as const;

/**
 * A full-page PNG at 375 px width in tests/e2e/.artifacts/screens/<name>.png, a (soft) check
 * that the page does not scroll sideways on a phone, and an accessibility check (axe.ts).
 */
export async function screenshot(page: Page, name: string) {
  const viewport = page.viewportSize();
  const resize = viewport?.width !== PHONE.width;
  if (resize) await page.setViewportSize(PHONE);
  await page.waitForLoadState("load");
  const screens = path.join(test.info().project.testDir, ".artifacts", "screens"); // git-ignored
  mkdirSync(screens, { recursive: true });
  await page.screenshot({ path: path.join(screens, `${name}.png`), fullPage: true, animations: "disabled" });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect.soft(overflow, `${name}: 页面在 375 px 宽的手机上出现横向滚动`).toBeLessThanOrEqual(0);
  await checkAccessibility(page, name);
  if (resize && viewport) await page.setViewportSize(viewport);
}

// ---------------------------------------------------------------------------------------------
// Set-up for specs that need an approved enterprise of their own (guide §1 spells these steps out)

/**
 * On the 企业注册 page: fills every field of `e` (营业执照 a PDF, 资质证书 a PNG unless given), presses
 * 【发送验证码】 and enters the code from the mail. Does not press 【提交】.
 */
export async function fillRegistrationForm(
  page: Page,
  e: EnterpriseData,
  files: { licence?: UploadFile; qualification?: UploadFile } = {},
) {
  await page.getByLabel("单位名称").fill(e.name);
  await page.getByLabel("统一社会信用代码").fill(e.creditCode);
  await page.getByLabel("法定代表人").fill(e.legalRepresentative);
  await page.getByLabel("注册地").fill(e.registeredAddress);
  await page.getByLabel("联系地址").fill(e.contactAddress);
  await page.getByLabel("联系人").fill(e.contactName);
  await page.getByLabel("联系电话").fill(e.contactPhone);
  await page.getByRole("textbox", { name: "邮箱", exact: true }).fill(e.email);
  await fileInput(page, "营业执照").setInputFiles(files.licence ?? pdfFile("营业执照.pdf"));
  await page.getByLabel("资质类别").selectOption(e.qualificationType);
  await page.getByLabel("资质等级").selectOption(e.qualificationLevel);
  await page.getByLabel("资质证书编号").fill(e.qualificationCertNo);
  await page.getByLabel("资质有效期至").fill(e.qualificationExpiry);
  await fileInput(page, "资质证书").setInputFiles(files.qualification ?? pngFile("资质证书.png"));
  const sentAt = Date.now();
  await page.getByRole("button", { name: "发送验证码" }).click();
  await page.getByLabel("邮箱验证码").fill(await waitForCode(e.email, { after: sentAt }));
  await page.getByLabel("设置密码").fill(e.password);
  await page.getByLabel("确认密码").fill(e.password);
}

/** Registers `e` through 【注册】 with a real email code; ends on 提交成功. */
export async function registerEnterprise(page: Page, e: EnterpriseData) {
  await page.goto("/login/enterprise");
  await page.getByRole("link", { name: "注册", exact: true }).click();
  await fillRegistrationForm(page, e);
  await page.getByRole("button", { name: "提交", exact: true }).click();
  await expect(page.getByRole("heading", { name: /提交成功/ })).toBeVisible();
}

/** As the reviewer (already logged in): 企业注册审核 → search → 审核 → 【通过】. */
export async function approveRegistration(page: Page, enterpriseName: string) {
  await page.getByRole("navigation", { name: "主菜单" }).getByRole("link", { name: "企业注册审核" }).click();
  await page.getByRole("search").getByLabel("搜索").fill(enterpriseName);
  await page.getByRole("button", { name: "搜索" }).click();
  await page.getByRole("listitem").filter({ hasText: enterpriseName }).getByRole("link", { name: "审核" }).click();
  await expect(page.getByRole("heading", { name: enterpriseName })).toBeVisible();
  await page.getByRole("button", { name: "通过", exact: true }).click();
  await expectDecided(page, "审核通过");
}

/** After 【通过】/【不通过】 the detail page shows the new status and its history row, without the buttons. */
export async function expectDecided(page: Page, status: "审核通过" | "审核不通过") {
  await expect(page.getByRole("list", { name: "办理进度" }).getByRole("listitem").last()).toContainText(`→ ${status}`);
  await expect(page.getByRole("button", { name: "通过", exact: true })).toHaveCount(0);
}

// ---------------------------------------------------------------------------------------------
// Demo accounts and small page helpers shared by the workflow specs (guide §2 onwards)

export const ASSESSOR = { account: "assessor", password: "Assess@2026" } as const;

/** Every demo holder's 个人端 password (prisma/seed.ts). */
export const HOLDER_PASSWORD = "Demo@2026";

/** A demo holder's email: holder<the 15th–17th characters of the 身份证号>@example.com (prisma/seed.ts). */
export function holderEmail(idNumber: string): string {
  return `holder${idNumber.slice(14, 17)}@example.com`;
}

/** The left menu (on a phone: a scrollable row above the page). */
export function mainMenu(page: Page) {
  return page.getByRole("navigation", { name: "主菜单" });
}

/** The value shown beside a label in a 字段/值 list (<dt>label</dt><dd>value</dd>). */
export function shownValue(page: Page, label: string) {
  return page
    .getByRole("term")
    .filter({ hasText: new RegExp(`^${label}$`) })
    .locator("xpath=following-sibling::dd[1]");
}

/**
 * Clicks `trigger` until `opened` shows: a click that lands before the page has hydrated (a dialog
 * trigger, 【发送验证码】) does nothing, and a second click after a slow first one finds the button
 * disabled or the result already there.
 */
export async function clickUntilVisible(trigger: Locator, opened: Locator) {
  await expect(async () => {
    if (await opened.isVisible()) return;
    await trigger.click({ timeout: 3_000 });
    await expect(opened).toBeVisible({ timeout: 5_000 });
  }).toPass({ timeout: 20_000 });
}

/** As staff on an application's detail page: 【不通过】 → 不通过原因 → 【确认不通过】. */
export async function rejectWithReason(page: Page, reason: string) {
  const dialog = page.getByRole("dialog", { name: "审核不通过" });
  await clickUntilVisible(page.getByRole("button", { name: "不通过", exact: true }), dialog);
  await dialog.getByLabel("不通过原因").fill(reason);
  await dialog.getByRole("button", { name: "确认不通过" }).click();
  await expect(dialog).toBeHidden();
}
