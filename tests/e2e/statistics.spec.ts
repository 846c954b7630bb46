// 统计 (issue 9 §5): a 审核部门 reviewer opens 统计, sees charts drawn on the server (the page's HTML
// already holds the <svg>) with their tables, at 1366 and 375 px; 【导出Excel】 downloads an .xlsx whose
// numbers are the tables'; a date that cannot be read is kept as typed with the reason beside it.
import { readFileSync } from "node:fs";
import ExcelJS from "exceljs";
import { expect, type Page } from "@playwright/test";
import { test } from "./support/axe";
import { loginAs, mainMenu, PHONE, REVIEWER, screenshot } from "./support/fixtures";

const DESKTOP = { width: 1366, height: 900 } as const;

/** A table's cells as shown: header row, body rows and the 合计 row ("—" read as empty). */
async function tableCells(page: Page, id: string): Promise<string[][]> {
  return page.locator(`table[data-table="${id}"] tr`).evaluateAll((rows) =>
    rows.map((row) =>
      Array.from(row.querySelectorAll("th, td")).map((cell) => {
        const text = (cell.textContent ?? "").trim();
        return text === "—" ? "" : text;
      }),
    ),
  );
}

test("审核部门【统计】：服务端图表与数据表、375 px、【导出Excel】与表格一致", async ({ page }) => {
  await test.step("审核部门登录 → 菜单【统计】", async () => {
    await page.setViewportSize(DESKTOP);
    await loginAs(page, "staff", REVIEWER.account, REVIEWER.password);
    await mainMenu(page).getByRole("link", { name: "统计" }).click();
    await expect(page.getByRole("heading", { name: "统计", level: 1 })).toBeVisible();
  });

  await test.step("图表是服务端渲染的 SVG，每个图表都有数据表", async () => {
    const html = await (await page.request.get("/staff/statistics")).text();
    expect(html).toContain('role="img"');
    expect(html).toMatch(/<figure[^>]*role="img"[^>]*><div[^>]*><svg/);
    const chart = page.getByRole("img", { name: /证书按类别、专业和状态/ });
    await expect(chart.locator("svg:visible")).toBeVisible();
    await expect(page.getByRole("table", { name: "证书按类别、专业和状态" })).toBeVisible();
    await expect(page.getByRole("img")).toHaveCount(5);
    await expect(page.getByRole("table")).toHaveCount(5);
    // The chart scales to its column: never wider than the page.
    const box = await chart.locator("svg:visible").boundingBox();
    expect(box!.width).toBeLessThanOrEqual(DESKTOP.width);
    await page.screenshot({ path: "tests/e2e/.artifacts/screens/statistics-1366.png", fullPage: true });
  });

  await test.step("375 px 宽也能看：手机版图表", async () => {
    await screenshot(page, "statistics");
    await page.setViewportSize(PHONE);
    const section = page.getByRole("img", { name: /证书按单位所在地区/ });
    await expect(section.locator("svg:visible")).toBeVisible();
    const box = await section.locator("svg:visible").boundingBox();
    expect(box!.width).toBeLessThanOrEqual(PHONE.width);
    await section.screenshot({ path: "tests/e2e/.artifacts/screens/statistics-chart-375.png" });
    await page.setViewportSize(DESKTOP);
  });

  await test.step("【导出Excel】下载的 xlsx 与页面表格数字一致", async () => {
    const link = page.getByRole("link", { name: "导出Excel" });
    const [download] = await Promise.all([page.waitForEvent("download"), link.click()]);
    expect(download.suggestedFilename()).toMatch(/^统计-\d{4}-\d{2}-\d{2}\.xlsx$/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(readFileSync((await download.path())!) as unknown as ArrayBuffer);
    const ids = ["applications", "durations", "certificates", "regions", "monthly"];
    expect(workbook.worksheets).toHaveLength(ids.length);
    for (const [i, id] of ids.entries()) {
      const shown = await tableCells(page, id);
      const sheet = workbook.worksheets[i];
      const exported: string[][] = [];
      sheet.eachRow((row) => {
        exported.push(
          Array.from(row.values as unknown[])
            .slice(1)
            .map((v) => (v === null || v === undefined ? "" : String(v))),
        );
      });
      // exceljs leaves trailing empty cells out of a row
      const padded = exported.map((row) => [...row, ...Array(shown[0].length - row.length).fill("")]);
      expect(padded, `${sheet.name} 与页面表格`).toEqual(shown);
    }
    // The table really holds numbers: some certificate exists in the demo data.
    const certificates = await tableCells(page, "certificates");
    expect(Number(certificates.at(-1)!.at(-1))).toBeGreaterThan(0);
  });

  await test.step("筛选：日期格式不对时提示在字段旁并保留输入；地区可选", async () => {
    await page.getByRole("textbox", { name: "起始日期" }).fill("2026-13-01");
    await page.getByRole("combobox", { name: "单位所在地区" }).selectOption("浙江省");
    await page.getByRole("button", { name: "查询" }).click();
    await expect(page).toHaveURL(/region=/);
    await expect(page.getByRole("textbox", { name: "起始日期" })).toHaveValue("2026-13-01");
    await expect(page.getByRole("textbox", { name: "起始日期" })).toHaveAttribute("aria-invalid", "true");
    await expect(page.getByText("日期格式应为 YYYY-MM-DD，此条件未生效")).toBeVisible();
    await expect(page.getByText("当前：全部日期，浙江省")).toBeVisible();
    await expect(page.getByRole("combobox", { name: "单位所在地区" })).toHaveValue("浙江省");
    await screenshot(page, "statistics-filter-error");
  });
});
