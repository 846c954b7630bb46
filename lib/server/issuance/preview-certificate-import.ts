import "server-only";
import { createHash } from "node:crypto";
import type { Prisma } from "@/lib/generated/prisma/client";
import { formatDateTime } from "@/lib/format";
import { assertRole, type Actor } from "../auth/actor";
import { db } from "../db";
import { InvalidInputError } from "../errors";
import { readImportFile } from "./read-import-file";

/**
 * 【上传并预览】: reads the uploaded file and keeps its rows under a new import id; nothing is issued
 * yet (the preview page checks the rows, 【确认导入】 issues them). A file already imported (same
 * SHA-256) is refused with when it was imported, so re-uploading it creates nothing.
 */
export async function previewCertificateImport({ actor, file }: { actor: Actor; file: File | null }) {
  assertRole(actor, ["ASSESSOR"]);
  if (!file) throw new InvalidInputError("请选择要导入的 Excel 文件", { file: ["请选择要导入的 Excel 文件"] });
  const bytes = new Uint8Array(await file.arrayBuffer());
  const rows = await readImportFile(bytes);
  const fileSha256 = createHash("sha256").update(bytes).digest("hex");
  const done = await db.certificateImport.findFirst({ where: { fileSha256, status: "CONFIRMED" } });
  if (done) {
    const message = `该文件已于 ${formatDateTime(done.confirmedAt!)} 导入（核发 ${done.issuedCount} 本证书），不会重复导入`;
    throw new InvalidInputError(message, { file: [message] });
  }
  const created = await db.certificateImport.create({
    data: {
      fileName: file.name.slice(0, 200) || "导入文件.xlsx",
      fileSha256,
      rows: rows as unknown as Prisma.InputJsonValue,
      createdById: actor.accountId,
    },
    select: { id: true },
  });
  return { importId: created.id };
}
