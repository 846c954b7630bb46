import type { NextRequest } from "next/server";
import { contentDisposition } from "@/lib/content-disposition";
import { routeActor } from "@/lib/server/auth/route-actor";
import { XLSX_CONTENT_TYPE } from "@/lib/server/excel";
import { importTemplate } from "@/lib/server/issuance/import-template";

/** 首次核发 › 批量导入 › 【下载模板】. */
export async function GET(request: NextRequest) {
  const actor = await routeActor(request, "certificate.issue");
  if (actor instanceof Response) return actor;
  return new Response(new Uint8Array(await importTemplate()), {
    headers: {
      "Content-Type": XLSX_CONTENT_TYPE,
      "Content-Disposition": contentDisposition("attachment", "首次核发导入模板.xlsx"),
      "Cache-Control": "no-store",
    },
  });
}
