import type { NextRequest } from "next/server";
import { routeActor } from "@/lib/server/auth/route-actor";
import { pdfDownload } from "@/lib/server/documents/pdf-download";
import { renderUnitInfoChangeForm } from "@/lib/server/unit-info-changes/render-unit-info-change-form";

/** 【下载申请表】 (PDF) for one holder of the signed-in enterprise. */
export async function GET(
  request: NextRequest,
  { params }: RouteContext<"/enterprise/applications/change/unit-info/form/[certificateId]">,
) {
  const actor = await routeActor(request, "unit.certificate.apply");
  if (actor instanceof Response) return actor;
  const { certificateId } = await params;
  return pdfDownload(() => renderUnitInfoChangeForm({ actor, certificateId }));
}
