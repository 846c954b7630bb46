import { routeActor } from "@/lib/server/auth/route-actor";
import { pdfDownload } from "@/lib/server/documents/pdf-download";
import { renderUnitInfoChangeForm } from "@/lib/server/unit-info-changes/render-unit-info-change-form";

/** 【下载申请表】 (PDF) for one holder of the signed-in enterprise. */
export async function GET(_request: Request, { params }: RouteContext<"/enterprise/applications/change/unit-info/form/[certificateId]">) {
  const actor = await routeActor(["ENTERPRISE"]);
  if (actor instanceof Response) return actor;
  const { certificateId } = await params;
  return pdfDownload(() => renderUnitInfoChangeForm({ actor, certificateId }));
}
