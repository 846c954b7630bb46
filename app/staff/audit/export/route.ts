import type { NextRequest } from "next/server";
import { PassThrough, Readable } from "node:stream";
import { contentDisposition } from "@/lib/content-disposition";
import { todayInShanghai } from "@/lib/domain/calendar-date";
import { auditFilterFromParams } from "@/lib/server/admin/audit-filter";
import { auditExportFileName, auditExportRows, writeAuditWorkbook } from "@/lib/server/admin/export-audit-log";
import { routeActor } from "@/lib/server/auth/route-actor";
import { XLSX_CONTENT_TYPE } from "@/lib/server/excel";

/** 审计日志 → 【导出Excel】: the rows matching the page's search, streamed as an .xlsx. */
export async function GET(request: NextRequest) {
  const actor = await routeActor(request, "audit.read");
  if (actor instanceof Response) return actor;
  const filter = auditFilterFromParams(new URL(request.url).searchParams);
  // Read before answering, so that a database error is a 500 rather than a truncated download.
  const rows = await auditExportRows({ actor, filter });
  const body = new PassThrough();
  writeAuditWorkbook(rows, body).catch((error: unknown) => {
    console.error("[audit/export] writing the workbook failed", error);
    body.destroy(error instanceof Error ? error : new Error(String(error)));
  });
  return new Response(Readable.toWeb(body) as ReadableStream<Uint8Array>, {
    headers: {
      "Content-Type": XLSX_CONTENT_TYPE,
      "Content-Disposition": contentDisposition("attachment", auditExportFileName(todayInShanghai())),
      "Cache-Control": "no-store",
    },
  });
}
