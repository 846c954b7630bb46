import { getCurrentActor } from "@/lib/server/auth/current-actor";
import { DomainError, NotFoundError } from "@/lib/server/errors";
import { renderUnitInfoChangeForm } from "@/lib/server/unit-info/unit-info-form";

/** 【下载申请表】 (PDF) for one holder of the signed-in enterprise. */
export async function GET(_request: Request, { params }: RouteContext<"/enterprise/applications/change/unit-info/form/[certificateId]">) {
  const actor = await getCurrentActor();
  if (!actor || actor.role !== "ENTERPRISE" || !actor.enterpriseApproved) return new Response("请先登录", { status: 401 });
  const { certificateId } = await params;
  try {
    const { pdf, fileName } = await renderUnitInfoChangeForm({ actor, certificateId });
    return new Response(Buffer.from(pdf), {
      headers: {
        "Content-Type": "application/pdf",
        "Content-Disposition": `attachment; filename*=UTF-8''${encodeURIComponent(fileName)}`,
        "Cache-Control": "private, no-store",
      },
    });
  } catch (error) {
    if (error instanceof NotFoundError) return new Response("未找到该证书", { status: 404 });
    if (error instanceof DomainError) return new Response(error.message, { status: 409 });
    throw error;
  }
}
