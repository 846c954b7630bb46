import type { NextRequest } from "next/server";
import { audit } from "@/lib/server/audit";
import { routeActor } from "@/lib/server/auth/route-actor";
import { db } from "@/lib/server/db";
import { NotFoundError } from "@/lib/server/errors";
import { readFileForActor } from "@/lib/server/files/read-file";
import { contentDisposition } from "@/lib/content-disposition";

/** Uploaded files are served only here, to those allowed to see them. */
export async function GET(request: NextRequest, { params }: RouteContext<"/files/[id]">) {
  const actor = await routeActor(request, "file.read");
  if (actor instanceof Response) return actor;
  const { id } = await params;
  try {
    const { file, bytes } = await readFileForActor({ actor, fileId: id });
    await audit(db, { actor, action: "file.download", targetType: "StoredFile", targetId: file.id });
    return new Response(Buffer.from(bytes), {
      headers: {
        "Content-Type": file.mimeType,
        "Content-Length": String(bytes.length),
        "Content-Disposition": contentDisposition("inline", file.originalName),
        "Cache-Control": "private, no-store",
        "Content-Security-Policy": "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; sandbox",
      },
    });
  } catch (error) {
    if (error instanceof NotFoundError) return new Response("未找到该文件，或您无权查看", { status: 404 });
    throw error;
  }
}
