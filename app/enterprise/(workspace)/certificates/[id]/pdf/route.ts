import type { NextRequest } from "next/server";
import { routeActor } from "@/lib/server/auth/route-actor";
import { renderCertificateDownload } from "@/lib/server/certificates/download-certificate";
import { pdfDownload } from "@/lib/server/documents/pdf-download";

/** 【电子证书】 (PDF) of one of the signed-in unit's certificates; another unit's id → 404. */
export async function GET(request: NextRequest, { params }: RouteContext<"/enterprise/certificates/[id]/pdf">) {
  const actor = await routeActor(request, "unit.workspace");
  if (actor instanceof Response) return actor;
  const { id } = await params;
  return pdfDownload(() => renderCertificateDownload({ actor, certificateId: id }));
}
