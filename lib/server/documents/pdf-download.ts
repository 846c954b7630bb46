import "server-only";
import type { NextRequest } from "next/server";
import type { Actor } from "../auth/actor";
import { routeActor } from "../auth/route-actor";
import { DomainError, NotFoundError } from "../errors";
import { contentDisposition } from "@/lib/content-disposition";

/** A generated PDF as a download; "not yours / not found" → 404, other refusals → 409 with the reason. */
export async function pdfDownload(render: () => Promise<{ pdf: Uint8Array; fileName: string }>): Promise<Response> {
  try {
    const { pdf, fileName } = await render();
    return new Response(Buffer.from(pdf), {
      headers: {
        "Content-Type": "application/pdf",
        "Content-Disposition": contentDisposition("attachment", fileName),
        "Cache-Control": "private, no-store",
      },
    });
  } catch (error) {
    if (error instanceof NotFoundError) return new Response("未找到该证书", { status: 404 });
    if (error instanceof DomainError) return new Response(error.message, { status: 409 });
    throw error;
  }
}

/** GET for 【下载申请表】 (PDF) of one holder of the signed-in enterprise, rendered by `render`. */
export function applicationFormRoute(
  render: (input: { actor: Actor; certificateId: string }) => Promise<{ pdf: Uint8Array; fileName: string }>,
) {
  return async (request: NextRequest, { params }: { params: Promise<{ certificateId: string }> }) => {
    const actor = await routeActor(request, "unit.certificate.apply");
    if (actor instanceof Response) return actor;
    const { certificateId } = await params;
    return pdfDownload(() => render({ actor, certificateId }));
  };
}
