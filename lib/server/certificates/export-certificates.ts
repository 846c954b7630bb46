import "server-only";
import { fromDateOnly } from "@/lib/domain/calendar-date";
import { CATEGORY_LABEL, CERTIFICATE_CATEGORIES, SPECIALTY_LABEL } from "@/lib/domain/certificate";
import { CERTIFICATE_STATUSES } from "@/lib/domain/certificate-dates";
import { searchText, type ParamSource } from "@/lib/domain/search-params";
import type { XlsxExport } from "../excel";
import type { CertificateFilter, CertificateRow } from "./queries";

// 证书查询 → 导出Excel: the filter as it travels in the URL (the page and the export route read it
// the same way), and the workbook, streamed row by row.

/** category / status / q from a query string; unknown values are ignored, as if not given. */
export function certificateFilterFromParams(params: ParamSource): CertificateFilter {
  return {
    category: CERTIFICATE_CATEGORIES.find((c) => c === searchText(params, "category")),
    status: CERTIFICATE_STATUSES.find((s) => s === searchText(params, "status")),
    q: searchText(params, "q"),
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

const asDate = { numFmt: "yyyy-mm-dd" };

/**
 * 证书查询 → 导出Excel: one sheet 证书, a row per certificate. Dates are real Excel dates (UTC
 * midnight, so no time zone shifts them); everything else is text.
 */
export const CERTIFICATE_EXPORT: XlsxExport<CertificateRow> = {
  sheetName: "证书",
  fileName: (today) => `证书查询-${today}.xlsx`,
  columns: [
    { header: "序号", key: "index", width: 6, value: (_row, i) => i + 1 },
    { header: "证书编号", key: "number", width: 20, value: (row) => row.number },
    { header: "姓名", key: "holderName", width: 10, value: (row) => row.holderName },
    { header: "身份证号", key: "idNumber", width: 21, value: (row) => row.idNumber },
    { header: "类别", key: "category", width: 26, value: (row) => CATEGORY_LABEL[row.category] },
    { header: "专业", key: "specialty", width: 8, value: (row) => SPECIALTY_LABEL[row.specialty] },
    { header: "单位名称", key: "unitName", width: 34, value: (row) => row.unitName ?? "" },
    { header: "发证机关", key: "issuingAuthority", width: 20, value: (row) => row.issuingAuthority },
    { header: "发证日期", key: "issuedOn", width: 12, style: asDate, value: (row) => fromDateOnly(row.issuedOn) },
    { header: "有效期至", key: "expiresOn", width: 12, style: asDate, value: (row) => fromDateOnly(row.expiresOn) },
    { header: "状态", key: "status", width: 10, value: (row) => row.status },
  ],
};
