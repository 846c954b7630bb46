import "server-only";
import type { Writable } from "node:stream";
import { fromDateOnly, type CalendarDate } from "@/lib/domain/calendar-date";
import { CATEGORY_LABEL, CERTIFICATE_CATEGORIES, SPECIALTY_LABEL } from "@/lib/domain/certificate";
import { CERTIFICATE_STATUSES } from "@/lib/domain/certificate-dates";
import { writeWorkbook } from "../excel";
import type { CertificateFilter, CertificateRow } from "./queries";

// 证书查询 → 导出Excel: the filter as it travels in the URL (the page and the export route read it
// the same way), and the workbook, streamed row by row.

type ParamSource = URLSearchParams | Record<string, string | string[] | undefined>;

/** category / status / q from a query string; unknown values are ignored, as if not given. */
export function certificateFilterFromParams(params: ParamSource): CertificateFilter {
  const get = (key: string) => {
    const value = params instanceof URLSearchParams ? params.get(key) : params[key];
    return typeof value === "string" ? value : undefined;
  };
  return {
    category: CERTIFICATE_CATEGORIES.find((c) => c === get("category")),
    status: CERTIFICATE_STATUSES.find((s) => s === get("status")),
    q: get("q")?.trim().slice(0, 50) || undefined,
  };
}

/** The filter as query parameters (empty ones left out by the callers). */
export function certificateFilterParams(filter: CertificateFilter): Record<string, string | undefined> {
  return { category: filter.category, status: filter.status, q: filter.q };
}

export function certificateFilterQuery(filter: CertificateFilter): string {
  const entries = Object.entries(certificateFilterParams(filter)).filter((e): e is [string, string] => Boolean(e[1]));
  return new URLSearchParams(entries).toString();
}

/** 证书查询-2026-05-31.xlsx */
export function certificateExportFileName(today: CalendarDate): string {
  return `证书查询-${today}.xlsx`;
}

export const CERTIFICATE_SHEET_NAME = "证书";

export const CERTIFICATE_EXPORT_COLUMNS = [
  { header: "序号", key: "index", width: 6 },
  { header: "证书编号", key: "number", width: 20 },
  { header: "姓名", key: "holderName", width: 10 },
  { header: "身份证号", key: "idNumber", width: 21 },
  { header: "类别", key: "category", width: 26 },
  { header: "专业", key: "specialty", width: 8 },
  { header: "单位名称", key: "unitName", width: 34 },
  { header: "发证机关", key: "issuingAuthority", width: 20 },
  { header: "发证日期", key: "issuedOn", width: 12, style: { numFmt: "yyyy-mm-dd" } },
  { header: "有效期至", key: "expiresOn", width: 12, style: { numFmt: "yyyy-mm-dd" } },
  { header: "状态", key: "status", width: 10 },
] as const;

/**
 * Writes rows as an .xlsx to `output` (one sheet 证书, a header row, one row per certificate). Dates
 * are real Excel dates (UTC midnight, so no time zone shifts them); everything else is text.
 */
export function writeCertificateWorkbook(rows: readonly CertificateRow[], output: Writable): Promise<void> {
  return writeWorkbook(
    output,
    CERTIFICATE_SHEET_NAME,
    CERTIFICATE_EXPORT_COLUMNS,
    rows.map((row, i) => ({
      index: i + 1,
      number: row.number,
      holderName: row.holderName,
      idNumber: row.idNumber,
      category: CATEGORY_LABEL[row.category],
      specialty: SPECIALTY_LABEL[row.specialty],
      unitName: row.unitName ?? "",
      issuingAuthority: row.issuingAuthority,
      issuedOn: fromDateOnly(row.issuedOn),
      expiresOn: fromDateOnly(row.expiresOn),
      status: row.status,
    })),
  );
}
