// 首次核发 by the 考核部门:
//   批量导入: 【下载模板】 → three rows filled in with exceljs (one with a wrong 身份证号) → upload →
//   the preview reports the wrong row in Chinese → 【确认导入】; the unit (浙江示例路桥工程有限公司, a demo
//   enterprise) then sees the two valid certificates in 【证书查询】.
//   单个核发: the form once, first with a 性别 that contradicts the 身份证号 (message beside the field).
import { mkdirSync } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import { expect, type Page } from "@playwright/test";
import { test } from "./support/axe";
import { idNumberCheckChar } from "../../lib/domain/id-number";
import { ASSESSOR, fileInput, loginAs, mainMenu, screenshot } from "./support/fixtures";

const DESKTOP = { width: 1366, height: 900 } as const;
test.use({ viewport: DESKTOP });

const UNIT = { name: "浙江示例路桥工程有限公司", creditCode: "91330100MA2AB1CD2N", password: "Demo@2026" } as const;
const today = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10); // Asia/Shanghai
const yy = today.slice(2, 4);

/** A valid 身份证号 (area 330281, not used by the seed) of a man: 17th digit odd. */
function manId(seq: number): string {
  const first17 = `33028119850${seq}1${seq}0${seq}1`;
  return first17 + idNumberCheckChar(first17);
}
const ROWS = [
  ["核发甲", manId(1), "男", "C", "公路", UNIT.creditCode, today],
  ["核发乙", "330281198502020000", "男", "C", "公路", UNIT.creditCode, today], // wrong check character
  ["核发丙", manId(3), "男", "B", "公路", UNIT.creditCode, today],
];

async function desktopScreenshot(page: Page, name: string) {
  const screens = path.join(test.info().project.testDir, ".artifacts", "screens");
  mkdirSync(screens, { recursive: true });
  await page.screenshot({ path: path.join(screens, `${name}-1366.png`), fullPage: true, animations: "disabled" });
}

test("考核部门首次核发：下载模板、填写三行（一行有误）、预览、确认导入；单位在【证书查询】看到两本；单个核发", async ({
  browser,
  page,
}) => {
  await test.step("【首次核发】›【批量导入】›【下载模板】，用 exceljs 填写三行后上传", async () => {
    await loginAs(page, "staff", ASSESSOR.account, ASSESSOR.password);
    await mainMenu(page).getByRole("link", { name: "首次核发" }).click();
    await expect(page.getByRole("heading", { name: "首次核发", level: 1 })).toBeVisible();
    await page.getByRole("link", { name: "批量导入" }).click();
    const downloading = page.waitForEvent("download");
    await page.getByRole("link", { name: "下载模板" }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toBe("首次核发导入模板.xlsx");

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(await download.path());
    const sheet = workbook.worksheets[0];
    expect(sheet.getRow(1).values).toEqual([undefined, "姓名", "身份证号", "性别", "类别", "专业", "单位", "发证日期"]);
    for (const row of ROWS) sheet.addRow(row);
    const buffer = Buffer.from(await workbook.xlsx.writeBuffer());

    await desktopScreenshot(page, "issuance-import");
    await screenshot(page, "issuance-import");
    await fileInput(page, "导入文件").setInputFiles({
      name: "首次核发名单.xlsx",
      mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      buffer,
    });
    await page.getByRole("button", { name: "上传并预览" }).click();
  });

  await test.step("预览：有误的行以中文说明原因，尚未写入；【确认导入】核发两本", async () => {
    await expect(page.getByRole("heading", { name: "导入预览" })).toBeVisible({ timeout: 20_000 });
    await expect(page.getByText("共 3 行：可导入 2 行，有误 1 行")).toBeVisible();
    const rows = page.getByRole("region", { name: "导入的行" }).getByRole("row");
    await expect(rows.filter({ hasText: "核发乙" })).toContainText("身份证号不正确，请核对");
    await expect(rows.filter({ hasText: "核发甲" })).toContainText("无误");
    await desktopScreenshot(page, "issuance-preview");
    await screenshot(page, "issuance-preview");

    await page.getByRole("button", { name: "确认导入（2 行）" }).click();
    await expect(page.getByRole("heading", { name: "导入结果" })).toBeVisible({ timeout: 20_000 });
    await expect(page.getByText("已核发 2 本证书")).toBeVisible();
    await expect(rows.filter({ hasText: "核发甲" })).toContainText(new RegExp(`已核发 浙交安C\\(${yy}\\)G\\d{5}`));
    await expect(rows.filter({ hasText: "核发丙" })).toContainText(new RegExp(`已核发 浙交安B\\(${yy}\\)G\\d{5}`));
    await expect(rows.filter({ hasText: "核发乙" })).toContainText("身份证号不正确，请核对");
    await desktopScreenshot(page, "issuance-result");
    await screenshot(page, "issuance-result");
  });

  await test.step("单位在【证书查询】中看到两本新证书，有误的一行没有核发", async () => {
    const unit = await (await browser.newContext({ viewport: DESKTOP })).newPage();
    await loginAs(unit, "enterprise", UNIT.creditCode, UNIT.password);
    await mainMenu(unit).getByRole("link", { name: "证书查询", exact: true }).click();
    await expect(unit.getByRole("heading", { name: "证书查询", level: 1 })).toBeVisible();
    const list = unit.getByRole("region", { name: "证书列表" });
    await expect(list.getByRole("row").filter({ hasText: "核发甲" })).toContainText(`浙交安C(${yy})G`);
    await expect(list.getByRole("row").filter({ hasText: "核发丙" })).toContainText(`浙交安B(${yy})G`);
    await expect(list.getByRole("row").filter({ hasText: "核发乙" })).toHaveCount(0);
    await unit.context().close();
  });

  await test.step("【单个核发】：性别与身份证号不符时在字段旁提示，改正后核发", async () => {
    await mainMenu(page).getByRole("link", { name: "首次核发" }).click();
    await page.getByLabel("姓名").fill("核发丁");
    await page.getByLabel("身份证号").fill(manId(4));
    await page.getByLabel("性别").selectOption("女");
    await page.getByLabel("类别").selectOption("A");
    await page.getByLabel("专业").selectOption("水运");
    await page.getByRole("button", { name: "核发证书" }).click();
    await expect(page.getByLabel("性别")).toHaveAccessibleDescription("性别与身份证号不符（身份证号为男性）");
    await expect(page.getByLabel("姓名")).toHaveValue("核发丁");
    await page.getByLabel("性别").selectOption("男");
    await page.getByRole("button", { name: "核发证书" }).click();
    await expect(page.getByRole("status").filter({ hasText: "证书已核发" })).toContainText(
      new RegExp(`核发丁：证书编号 浙交安A\\(${yy}\\)S\\d{5}`),
    );
    await desktopScreenshot(page, "issuance-single");
    await screenshot(page, "issuance-single");
  });
});
