import type { NextRequest } from "next/server";
import { routeActor } from "@/lib/server/auth/route-actor";
import { renderCertificateDownload } from "@/lib/server/certificates/download-certificate";
import { pdfDownload } from "@/lib/server/documents/pdf-download";

/** 【电子证书】 (PDF) of one of the signed-in holder's own certificates; anyone else's id → 404. */
export async function GET(request: NextRequest, { params }: RouteContext<"/person/certificates/[id]/pdf">) {
  const actor = await routeActor(request, "person.workspace");
  if (actor instanceof Response) return actor;
  const { id } = await params;
  return pdfDownload(() => renderCertificateDownload({ actor, certificateId: id }));
}
