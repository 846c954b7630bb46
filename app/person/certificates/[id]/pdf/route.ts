import { getCurrentActor } from "@/lib/server/auth/current-actor";
import { renderCertificateDownload } from "@/lib/server/certificates/download-certificate";
import { pdfDownload } from "@/lib/server/documents/pdf-download";

/** 【电子证书】 (PDF) of one of the signed-in holder's own certificates; anyone else's id → 404. */
export async function GET(_request: Request, { params }: RouteContext<"/person/certificates/[id]/pdf">) {
  const actor = await getCurrentActor();
  if (!actor || actor.role !== "PERSON") return new Response("请先登录", { status: 401 });
  if (actor.mustChangePassword) return new Response("请先修改临时密码", { status: 403 });
  const { id } = await params;
  return pdfDownload(() => renderCertificateDownload({ actor, certificateId: id }));
}
