// 首次核发: the batch file's columns and the rules about a row that need what the database knows
// (passed in as IssuanceContext), so the preview, the confirmation and the single form agree.
import { CATEGORY_LABEL, SPECIALTY_LABEL, type CertificateCategory, type Specialty } from "./certificate";

/** Rows per uploaded file (a larger batch is split into several files). */
export const MAX_IMPORT_ROWS = 2000;
export const IMPORT_SHEET_NAME = "首次核发";
export const IMPORT_HINT = `Excel 文件（.xlsx），按模板填写，每个文件不超过 ${MAX_IMPORT_ROWS} 行`;
export const IMPORT_ACCEPT = ".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** The template's columns, in order; the file is read by these headers. */
export const IMPORT_COLUMNS = [
  { key: "name", header: "姓名", width: 12 },
  { key: "idNumber", header: "身份证号", width: 22 },
  { key: "gender", header: "性别", width: 8 },
  { key: "category", header: "类别", width: 8 },
  { key: "specialty", header: "专业", width: 8 },
  { key: "creditCode", header: "单位", width: 24 },
  { key: "issuedOn", header: "发证日期", width: 14 },
] as const;

export type IssuanceField = (typeof IMPORT_COLUMNS)[number]["key"];

/** A row as typed: every cell as text. */
export type IssuanceInput = Record<IssuanceField, string>;

/** A row of the file: its Excel row number and its cells as text. */
export type ImportRow = IssuanceInput & { line: number };

/** A row whose cells passed the format rules (issuanceRowSchema). */
export interface IssuanceRow {
  name: string;
  idNumber: string;
  gender: "男" | "女";
  category: CertificateCategory;
  specialty: Specialty;
  /** null: the certificate is attached to no unit */
  creditCode: string | null;
  issuedOn: string;
}

export interface RowError {
  field: IssuanceField | "_row";
  message: string;
}

/** What the database knows about a batch's people and units. */
export interface IssuanceContext {
  /** approved units by 统一社会信用代码 */
  units: ReadonlyMap<string, { id: string; name: string }>;
  /** registered people by 身份证号 */
  persons: ReadonlyMap<string, { id: string; name: string }>;
  /** certificate numbers of ACTIVE certificates by activeKey(idNumber, category, specialty) */
  activeCertificates: ReadonlyMap<string, string>;
}

/** An xlsx file is a zip archive: it starts with PK\x03\x04 (the name and the browser's claim are not trusted). */
export function isZipArchive(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

/** The 17th character of a 身份证号: odd for a man, even for a woman. */
export function genderOfIdNumber(idNumber: string): "男" | "女" {
  return Number(idNumber[16]) % 2 === 1 ? "男" : "女";
}

export const activeKey = (idNumber: string, category: CertificateCategory, specialty: Specialty) =>
  `${idNumber}|${category}|${specialty}`;

/** "2026/3/5", "2026.03.05", "2026年3月5日" → "2026-03-05"; anything else is returned trimmed. */
export function normalizeDateText(text: string): string {
  const m = text.trim().match(/^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/);
  return m ? `${m[1]}-${m[2].padStart(2, "0")}-${m[3].padStart(2, "0")}` : text.trim();
}

/** The rules a row's format cannot tell: the unit, the person's recorded name, a certificate already held. */
export function contextErrors(row: IssuanceRow, context: IssuanceContext): RowError[] {
  const errors: RowError[] = [];
  if (row.creditCode && !context.units.has(row.creditCode)) {
    errors.push({ field: "creditCode", message: "单位不存在或未审核通过（请核对统一社会信用代码）" });
  }
  const person = context.persons.get(row.idNumber);
  if (person && person.name !== row.name) {
    errors.push({ field: "name", message: `姓名与该身份证号已登记的姓名（${person.name}）不一致` });
  }
  const held = context.activeCertificates.get(activeKey(row.idNumber, row.category, row.specialty));
  if (held) {
    const what = `${CATEGORY_LABEL[row.category].slice(0, 2)}${SPECIALTY_LABEL[row.specialty]}`;
    errors.push({ field: "_row", message: `该人员已持有有效的${what}证书（${held}），不能重复核发` });
  }
  return errors;
}

/** For each row after the first with the same 身份证号, 类别 and 专业: the line it repeats. */
export function duplicateOf(rows: readonly { line: number; row: IssuanceRow | null }[]): Map<number, number> {
  const first = new Map<string, number>();
  const repeats = new Map<number, number>();
  for (const { line, row } of rows) {
    if (!row) continue;
    const key = activeKey(row.idNumber, row.category, row.specialty);
    const seen = first.get(key);
    if (seen === undefined) first.set(key, line);
    else repeats.set(line, seen);
  }
  return repeats;
}

/** For each row whose 身份证号 appeared earlier under another 姓名: that earlier line. */
export function nameConflicts(rows: readonly { line: number; row: IssuanceRow | null }[]): Map<number, number> {
  const first = new Map<string, { line: number; name: string }>();
  const conflicts = new Map<number, number>();
  for (const { line, row } of rows) {
    if (!row) continue;
    const seen = first.get(row.idNumber);
    if (!seen) first.set(row.idNumber, { line, name: row.name });
    else if (seen.name !== row.name) conflicts.set(line, seen.line);
  }
  return conflicts;
}
