// Rough edges found while following the guide (issue 12): the 证书查询 table at desktop widths, the
// Chinese file control and dates in a browser that is not set to Chinese. The 取消申请 message and the
// 资质变更 record are checked in guide-2 and guide-4, where those flows run.
import path from "node:path";
import { mkdirSync } from "node:fs";
import { expect, type Page } from "@playwright/test";
import { test } from "./support/axe";
import { MAX_UPLOAD_BYTES } from "../../lib/domain/upload-rules";
import { fileInput, loginAs, mainMenu, pdfFile, screenshot } from "./support/fixtures";

const UNIT = { creditCode: "91330100MA2AB1CD2N", password: "Demo@2026" } as const; // seeded, approved

/** A full-page PNG at 1366 px in tests/e2e/.artifacts/screens/<name>.png. */
async function desktopScreenshot(page: Page, name: string) {
  const viewport = page.viewportSize();
  await page.setViewportSize({ width: 1366, height: 900 });
  const screens = path.join(test.info().project.testDir, ".artifacts", "screens");
  mkdirSync(screens, { recursive: true });
  await page.screenshot({ path: path.join(screens, `${name}.png`), fullPage: true, animations: "disabled" });
  if (viewport) await page.setViewportSize(viewport);
}

/** The cells of the 证书查询 table whose text does not fit, as "column: text". */
function clippedCells(page: Page) {
  return page.getByRole("region", { name: "证书列表" }).evaluate((region) => {
    const headers = [...region.querySelectorAll("th")].map((th) => th.textContent?.trim());
    return [...region.querySelectorAll("th, td")]
      .filter((cell) => cell.scrollWidth > cell.clientWidth)
      .map((cell) => `${headers[(cell as HTMLTableCellElement).cellIndex]}: ${cell.textContent?.trim()}`);
  });
}

test.describe("证书查询：桌面宽度下每一列完整可读", () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  test("1280 px 与 1366 px：没有被截断的单元格，也无需横向滚动；更窄时证书编号列固定在左侧", async ({ page }) => {
    await loginAs(page, "enterprise", UNIT.creditCode, UNIT.password);
    await mainMenu(page).getByRole("link", { name: "证书查询", exact: true }).click();
    const region = page.getByRole("region", { name: "证书列表" });
    await expect(region.getByRole("columnheader", { name: "状态" })).toBeVisible();
    expect(await region.getByRole("row").count()).toBeGreaterThan(1);

    for (const width of [1280, 1366]) {
      await page.setViewportSize({ width, height: 800 });
      expect(await clippedCells(page), `${width} px`).toEqual([]);
      const overflow = await region.evaluate((el) => el.scrollWidth - el.clientWidth);
      expect(overflow, `${width} px：表格横向溢出`).toBeLessThanOrEqual(0);
    }
    await desktopScreenshot(page, "polish-certificates-1366");
    await screenshot(page, "polish-certificates");

    // A narrow window (a tablet): the table scrolls sideways and each row's number stays in view.
    await page.setViewportSize({ width: 900, height: 800 });
    await region.evaluate((el) => el.scrollTo({ left: el.scrollWidth }));
    const number = region.getByRole("row").nth(1).getByRole("cell").first();
    const [regionBox, numberBox] = [await region.boundingBox(), await number.boundingBox()];
    expect(Math.abs(numberBox!.x - regionBox!.x)).toBeLessThanOrEqual(1);
    await expect(number).toHaveText(/^浙交安[ABC]\(\d{2}\)[GS]\d{5}$/);
  });
});

test.describe("在非中文浏览器中：上传控件和日期仍为中文、YYYY-MM-DD", () => {
  test.use({ locale: "en-US", viewport: { width: 1366, height: 900 } });

  test("企业注册：【选择文件】→ 文件名和大小 →【移除】；超过 10 MB 的文件在字段旁提示；资质有效期至为 YYYY-MM-DD", async ({
    page,
  }) => {
    await page.goto("/register");
    await expect(page.getByRole("heading", { name: "企业注册" })).toBeVisible();
    const licence = fileInput(page, "营业执照");
    const field = licence.locator("xpath=../.."); // the input, its row, the field

    // The native control (its "Choose File / No file chosen") is hidden; the Chinese one is shown.
    expect((await licence.boundingBox())?.width ?? 0).toBeLessThanOrEqual(1);
    await expect(field.getByText("选择文件", { exact: true })).toBeVisible();
    await expect(field.getByText("未选择文件")).toBeVisible();

    await licence.setInputFiles(pdfFile("营业执照-扫描件.pdf"));
    await expect(field.getByText("营业执照-扫描件.pdf")).toBeVisible();
    await expect(field.getByText(/^（\d+ KB）$/)).toBeVisible();
    await expect(licence).toHaveJSProperty("files.length", 1);

    await field.getByRole("button", { name: /^移除\s*已选择的营业执照$/ }).click();
    await expect(field.getByText("营业执照-扫描件.pdf")).toHaveCount(0);
    await expect(licence).toHaveJSProperty("files.length", 0);
    await expect(licence).toBeFocused();

    const oversized = {
      name: "营业执照-超大.pdf",
      mimeType: "application/pdf",
      buffer: Buffer.alloc(MAX_UPLOAD_BYTES + 1),
    };
    await licence.setInputFiles(oversized);
    await expect(licence).toHaveAccessibleDescription("文件不能超过 10 MB");
    await expect(licence).toHaveAttribute("aria-invalid", "true");
    await expect(licence).toHaveJSProperty("files.length", 0);

    await fileInput(page, "资质证书").setInputFiles(pdfFile("资质证书.pdf"));
    const expiry = page.getByLabel("资质有效期至");
    await expiry.fill("2029-06-30");
    await expect(expiry).toHaveValue("2029-06-30");
    await expect(expiry).toHaveAttribute("placeholder", "YYYY-MM-DD");
    await expect(page.getByRole("button", { name: "打开日历" })).toBeEnabled();
    await desktopScreenshot(page, "polish-register-files-1366");
    await screenshot(page, "polish-register-files");
  });
});
