import "server-only";
import ExcelJS from "exceljs";
import { IMPORT_COLUMNS, isZipArchive, MAX_IMPORT_ROWS, type ImportRow } from "@/lib/domain/certificate-issuance";
import { uploadSizeError } from "@/lib/domain/upload-rules";
import { InvalidInputError } from "../errors";

const fail = (message: string): never => {
  throw new InvalidInputError(message, { file: [message] });
};

/** A cell as the text a person sees: dates as YYYY-MM-DD, rich text and formula results as their text. */
function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return "";
  // exceljs reads a date cell as that day (and time) in UTC
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? "" : value.toISOString().slice(0, 10);
  if (typeof value === "object") {
    if ("richText" in value) return value.richText.map((r) => r.text).join("");
    if ("text" in value) return String(value.text);
    if ("result" in value) return cellText(value.result as ExcelJS.CellValue);
    if ("error" in value) return "";
  }
  return String(value).trim();
}

/**
 * The rows of an uploaded 批量核发 file (the template's columns, found by their headers in the first
 * row of the first sheet; empty rows skipped). The file is checked by size and content first: an xlsx is
 * a zip archive. What cannot be read is refused with a message beside the file field.
 */
export async function readImportFile(bytes: Uint8Array): Promise<ImportRow[]> {
  const sizeError = uploadSizeError(bytes.length);
  if (sizeError) fail(sizeError);
  if (!isZipArchive(bytes)) fail("文件内容不是 Excel（.xlsx）文件，请使用【下载模板】得到的文件填写");
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  } catch {
    fail("无法读取该 Excel 文件，请另存为 .xlsx 后重新上传");
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) return fail("文件中没有工作表");

  const header = sheet.getRow(1);
  const columnOf = new Map<string, number>();
  header.eachCell((cell, col) => columnOf.set(cellText(cell.value), col));
  const missing = IMPORT_COLUMNS.filter((c) => !columnOf.has(c.header)).map((c) => c.header);
  if (missing.length) fail(`缺少列：${missing.join("、")}（请使用【下载模板】得到的文件填写）`);

  const rows: ImportRow[] = [];
  for (let line = 2; line <= sheet.rowCount; line++) {
    const row = sheet.getRow(line);
    const values = Object.fromEntries(
      IMPORT_COLUMNS.map((c) => [c.key, cellText(row.getCell(columnOf.get(c.header)!).value)]),
    ) as Omit<ImportRow, "line">;
    if (Object.values(values).every((v) => v === "")) continue;
    if (rows.length === MAX_IMPORT_ROWS) fail(`每个文件最多 ${MAX_IMPORT_ROWS} 行，请拆分为多个文件导入`);
    rows.push({ line, ...values });
  }
  if (rows.length === 0) fail("文件中没有数据行，请在模板第2行起填写");
  return rows;
}
