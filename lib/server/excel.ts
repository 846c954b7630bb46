import "server-only";
import { PassThrough, Readable, type Writable } from "node:stream";
import ExcelJS from "exceljs";
import { contentDisposition } from "@/lib/content-disposition";
import { todayInShanghai, type CalendarDate } from "@/lib/domain/calendar-date";

export const XLSX_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

export interface ExcelColumn {
  header: string;
  key: string;
  width: number;
  style?: { numFmt: string };
}

/** Records as a list, or read a page at a time from the database (an async generator). */
export type Records<T> = Iterable<T> | AsyncIterable<T>;

export interface ExcelSheet {
  name: string;
  columns: readonly ExcelColumn[];
  rows: Records<Record<string, unknown>>;
}

/**
 * Writes one sheet (a bold, frozen, filterable header row, then one row per record) as an .xlsx to
 * `output` with exceljs's streaming writer, and resolves once the whole file has been written.
 */
export async function writeWorkbook(
  output: Writable,
  sheetName: string,
  columns: readonly ExcelColumn[],
  rows: Records<Record<string, unknown>>,
): Promise<void> {
  await writeSheets(output, [{ name: sheetName, columns, rows }]);
}

/**
 * Resolves once `output` can take more (at once unless its buffer is full): rows are not read faster
 * than the download goes out, so memory stays flat. Rejects if the download was abandoned.
 */
function drained(output: Writable): Promise<void> {
  if (output.destroyed) return Promise.reject(new Error("the download was closed"));
  if (!output.writableNeedDrain) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const settle = (error?: Error) => {
      output.off("drain", onDrain);
      output.off("close", onClose);
      if (error) reject(error);
      else resolve();
    };
    const onDrain = () => settle();
    const onClose = () => settle(new Error("the download was closed"));
    output.on("drain", onDrain);
    output.on("close", onClose);
  });
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
    for await (const row of rows) {
      sheet.addRow(row).commit();
      await drained(output);
    }
    sheet.commit();
  }
  await workbook.commit();
}

/**
 * A download response streaming the workbook `write` produces. Start reading the data before calling
 * this (xlsxDownload reads the first page), so that a database error is a 500 rather than a truncated
 * download; a failure while writing ends the stream with an error (logged under `tag`).
 */
export function xlsxResponse(fileName: string, tag: string, write: (output: Writable) => Promise<void>): Response {
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

/** A column of an export: where it stands in the sheet, and what a record puts in it. */
export interface ExportColumn<Row> extends ExcelColumn {
  value: (row: Row, index: number) => unknown;
}

export interface XlsxExport<Row> {
  sheetName: string;
  /** the download's name, dated */
  fileName: (today: CalendarDate) => string;
  columns: readonly ExportColumn<Row>[];
  /** when the caller read at most `rows` records and got that many, a last row says `note` */
  limit?: { rows: number; note: string };
}

/** Writes the records as the export's one sheet (see writeWorkbook), reading them as it goes. */
export function writeExport<Row>(definition: XlsxExport<Row>, rows: Records<Row>, output: Writable): Promise<void> {
  return writeWorkbook(output, definition.sheetName, definition.columns, exportLines(definition, rows));
}

async function* exportLines<Row>({ columns, limit }: XlsxExport<Row>, rows: Records<Row>) {
  let count = 0;
  for await (const row of rows) {
    yield Object.fromEntries(columns.map((c) => [c.key, c.value(row, count)]));
    count++;
  }
  if (limit && count === limit.rows) {
    yield Object.fromEntries(columns.map((c, i) => [c.key, i === 0 ? limit.note : ""]));
  }
}

/**
 * A route handler's answer: the records streamed as the export's .xlsx, named for today. The first
 * record is read before answering, so that a database error (most likely on the first query) is a
 * 500 rather than a truncated download.
 */
export async function xlsxDownload<Row>(definition: XlsxExport<Row>, rows: Records<Row>, label: string) {
  const started = await startReading(rows);
  return xlsxResponse(definition.fileName(todayInShanghai()), label, (output) =>
    writeExport(definition, started, output),
  );
}

/** `rows` with its first record already read from the database (held back to be yielded first). */
async function startReading<Row>(rows: Records<Row>): Promise<Records<Row>> {
  if (!(Symbol.asyncIterator in rows)) return rows; // already in memory
  const iterator = rows[Symbol.asyncIterator]();
  const first = await iterator.next();
  return (async function* () {
    if (first.done) return;
    yield first.value;
    yield* { [Symbol.asyncIterator]: () => iterator };
  })();
}
