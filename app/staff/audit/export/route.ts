import type { NextRequest } from "next/server";
import { auditFilterFromParams } from "@/lib/server/admin/audit-filter";
import { AUDIT_EXPORT, auditExportRows } from "@/lib/server/admin/export-audit-log";
import { routeActor } from "@/lib/server/auth/route-actor";
import { xlsxDownload } from "@/lib/server/excel";

/** 审计日志 → 【导出Excel】: the rows matching the page's search, streamed as an .xlsx. */
export async function GET(request: NextRequest) {
  const actor = await routeActor(request, "audit.read");
  if (actor instanceof Response) return actor;
  const filter = auditFilterFromParams(new URL(request.url).searchParams);
  const rows = await auditExportRows({ actor, filter });
  return xlsxDownload(AUDIT_EXPORT, rows, "audit/export");
}
