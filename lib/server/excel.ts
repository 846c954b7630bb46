import "server-only";
import { PassThrough, Readable, type Writable } from "node:stream";
import ExcelJS from "exceljs";
import { contentDisposition } from "@/lib/content-disposition";

export const XLSX_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

export interface ExcelColumn {
  header: string;
  key: string;
  width: number;
  style?: { numFmt: string };
}

export interface ExcelSheet {
  name: string;
  columns: readonly ExcelColumn[];
  rows: Iterable<Record<string, unknown>>;
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
  await writeSheets(output, [{ name: sheetName, columns, rows }]);
}

/** As writeWorkbook, with several sheets in the given order. */
export async function writeSheets(output: Writable, sheets: readonly ExcelSheet[]): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: output, useStyles: true, useSharedStrings: false });
  workbook.creator = "安管人员安全生产考核管理信息系统";
  workbook.created = new Date();
  for (const { name, columns, rows } of sheets) {
    const sheet = workbook.addWorksheet(name, { views: [{ state: "frozen", ySplit: 1 }] });
    sheet.columns = columns.map((c) => ({ ...c, style: c.style ? { ...c.style } : undefined }));
    sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
    const header = sheet.getRow(1);
    header.font = { bold: true };
    header.commit();
    for (const row of rows) sheet.addRow(row).commit();
    sheet.commit();
  }
  await workbook.commit();
}

/**
 * A download response streaming the workbook `write` produces. Read the data before calling this,
 * so that a database error is a 500 rather than a truncated download; a failure while writing ends
 * the stream with an error (logged under `tag`).
 */
export function xlsxDownload(fileName: string, tag: string, write: (output: Writable) => Promise<void>): Response {
  const body = new PassThrough();
  write(body).catch((error: unknown) => {
    console.error(`[${tag}] writing the workbook failed`, error);
    body.destroy(error instanceof Error ? error : new Error(String(error)));
  });
  return new Response(Readable.toWeb(body) as ReadableStream<Uint8Array>, {
    headers: {
      "Content-Type": XLSX_CONTENT_TYPE,
      "Content-Disposition": contentDisposition("attachment", fileName),
      "Cache-Control": "no-store",
    },
  });
}
