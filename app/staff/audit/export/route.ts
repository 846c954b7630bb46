import type { NextRequest } from "next/server";
import { todayInShanghai } from "@/lib/domain/calendar-date";
import { auditFilterFromParams } from "@/lib/server/admin/audit-filter";
import { auditExportFileName, auditExportRows, writeAuditWorkbook } from "@/lib/server/admin/export-audit-log";
import { routeActor } from "@/lib/server/auth/route-actor";
import { xlsxDownload } from "@/lib/server/excel";

/** 审计日志 → 【导出Excel】: the rows matching the page's search, streamed as an .xlsx. */
export async function GET(request: NextRequest) {
  const actor = await routeActor(request, "audit.read");
  if (actor instanceof Response) return actor;
  const filter = auditFilterFromParams(new URL(request.url).searchParams);
  // Read before answering, so that a database error is a 500 rather than a truncated download.
  const rows = await auditExportRows({ actor, filter });
  return xlsxDownload(auditExportFileName(todayInShanghai()), "audit/export", (body) => writeAuditWorkbook(rows, body));
}
