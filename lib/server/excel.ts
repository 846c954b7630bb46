import "server-only";
import type { Writable } from "node:stream";
import ExcelJS from "exceljs";

export const XLSX_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

export interface ExcelColumn {
  header: string;
  key: string;
  width: number;
  style?: { numFmt: string };
}

/**
 * Writes one sheet (a bold, frozen, filterable header row, then one row per record) as an .xlsx to
 * `output` with exceljs's streaming writer, and resolves once the whole file has been written.
 */
export async function writeWorkbook(
  output: Writable,
  sheetName: string,
  columns: readonly ExcelColumn[],
  rows: Iterable<Record<string, unknown>>,
): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: output, useStyles: true, useSharedStrings: false });
  workbook.creator = "安管人员安全生产考核管理信息系统";
  workbook.created = new Date();
  const sheet = workbook.addWorksheet(sheetName, { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.columns = columns.map((c) => ({ ...c, style: c.style ? { ...c.style } : undefined }));
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
  const header = sheet.getRow(1);
  header.font = { bold: true };
  header.commit();
  for (const row of rows) sheet.addRow(row).commit();
  sheet.commit();
  await workbook.commit();
}
