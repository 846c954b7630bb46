import { getCurrentActor } from "@/lib/server/auth/current-actor";
import { pdfDownload } from "@/lib/server/documents/pdf-download";
import { renderRenewalForm } from "@/lib/server/renewals/renewal-form";

/** 【下载申请表】 (PDF) for one holder of the signed-in enterprise. */
export async function GET(_request: Request, { params }: RouteContext<"/enterprise/applications/renewal/form/[certificateId]">) {
  const actor = await getCurrentActor();
  if (!actor || actor.role !== "ENTERPRISE" || !actor.enterpriseApproved) return new Response("请先登录", { status: 401 });
  const { certificateId } = await params;
  return pdfDownload(() => renderRenewalForm({ actor, certificateId }));
}
