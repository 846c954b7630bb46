import "server-only";
import { createHash, randomUUID } from "node:crypto";
import { sniffUploadType, uploadSizeError } from "@/lib/domain/upload-rules";
import { db } from "../db";
import { InvalidInputError } from "../errors";
import { fileStorage } from "../storage/storage";

const EXTENSION = { "application/pdf": "pdf", "image/jpeg": "jpg", "image/png": "png" } as const;

/** A file field from a form: null when the user chose nothing. */
export function fileFrom(formData: FormData, field: string): File | null {
  const value = formData.get(field);
  return value instanceof File && value.size > 0 ? value : null;
}

/**
 * Checks an upload by size and by content, stores the bytes, and records it. Returns the file id.
 * The bytes are written before the row: a failed transaction leaves at worst an unreferenced blob.
 */
export async function saveUpload(input: {
  file: File;
  field: string;
  uploadedById?: string;
  enterpriseId?: string;
}): Promise<string> {
  const sizeError = uploadSizeError(input.file.size);
  if (sizeError) throw new InvalidInputError(sizeError, { [input.field]: [sizeError] });
  const bytes = new Uint8Array(await input.file.arrayBuffer());
  const type = sniffUploadType(bytes);
  if (!type) {
    const message = "文件内容不是 PDF、JPG 或 PNG，请重新选择";
    throw new InvalidInputError(message, { [input.field]: [message] });
  }
  const id = randomUUID();
  const now = new Date();
  const key = `${now.getUTCFullYear()}/${String(now.getUTCMonth() + 1).padStart(2, "0")}/${id}`;
  await fileStorage().put(key, bytes);
  const baseName = input.file.name.replace(/\.[^.]*$/, "").slice(0, 100) || "附件";
  await db.storedFile.create({
    data: {
      id,
      key,
      originalName: `${baseName}.${EXTENSION[type]}`,
      mimeType: type,
      size: bytes.length,
      sha256: createHash("sha256").update(bytes).digest("hex"),
      uploadedById: input.uploadedById,
      enterpriseId: input.enterpriseId,
    },
  });
  return id;
}

/** Removes uploads that the request which made them did not end up using (it failed after saving them). */
export async function discardUploads(fileIds: string[]): Promise<void> {
  if (fileIds.length === 0) return;
  const files = await db.storedFile.findMany({ where: { id: { in: fileIds } }, select: { id: true, key: true } });
  await db.storedFile.deleteMany({ where: { id: { in: files.map((f) => f.id) } } });
  await Promise.all(files.map((f) => fileStorage().delete(f.key)));
}

/**
 * Uploads made for one submission: `save` stores each file as it comes; if the submission then fails,
 * `discard` removes them all, so a refused submission leaves no orphaned files.
 */
export function uploadsFor(owner: { uploadedById?: string; enterpriseId?: string }) {
  const saved: string[] = [];
  return {
    async save(file: File, field: string): Promise<string> {
      const id = await saveUpload({ file, field, ...owner });
      saved.push(id);
      return id;
    },
    discard: () => discardUploads(saved),
  };
}
