import "server-only";
import { PassThrough } from "node:stream";
import { IMPORT_COLUMNS, IMPORT_SHEET_NAME } from "@/lib/domain/certificate-issuance";
import { writeWorkbook } from "../excel";

/** Text columns: a typed 身份证号 must not become a number (Excel keeps 15 significant digits). */
const TEXT = new Set(["idNumber", "creditCode", "issuedOn"]);

/** 【下载模板】: the header row of the 批量核发 file; 身份证号, 单位 and 发证日期 are text cells. */
export async function importTemplate(): Promise<Buffer> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on("data", (chunk: Buffer) => chunks.push(chunk));
  const columns = IMPORT_COLUMNS.map((c) => ({ ...c, ...(TEXT.has(c.key) ? { style: { numFmt: "@" } } : {}) }));
  await writeWorkbook(out, IMPORT_SHEET_NAME, columns, []);
  return Buffer.concat(chunks);
}
