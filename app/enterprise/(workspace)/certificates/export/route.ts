import type { NextRequest } from "next/server";
import { audit } from "@/lib/server/audit";
import { routeActor } from "@/lib/server/auth/route-actor";
import { db } from "@/lib/server/db";
import { xlsxDownload } from "@/lib/server/excel";
import { CERTIFICATE_EXPORT, certificateFilterFromParams } from "@/lib/server/certificates/export-certificates";
import { countEnterpriseCertificates, streamEnterpriseCertificateRows } from "@/lib/server/certificates/queries";

/**
 * 证书查询 → 导出Excel: every certificate of the signed-in unit that matches the page's filters
 * (all of them, not one page), read a page at a time into the streamed .xlsx. The (workspace) layout
 * does not run for route handlers, so the checks are made here; the queries are scoped to the unit.
 */
export async function GET(request: NextRequest) {
  const actor = await routeActor(request, "unit.workspace");
  if (actor instanceof Response) return actor;

  const filter = certificateFilterFromParams(new URL(request.url).searchParams);
  const rows = await countEnterpriseCertificates(actor, filter);
  await audit(db, {
    actor,
    action: "certificate.export",
    targetType: "Enterprise",
    targetId: actor.enterpriseId!,
    detail: { rows, filter: JSON.parse(JSON.stringify(filter)) },
  });
  return xlsxDownload(CERTIFICATE_EXPORT, streamEnterpriseCertificateRows(actor, filter), "certificates/export");
}
