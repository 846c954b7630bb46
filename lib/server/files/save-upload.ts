import "server-only";
import { randomUUID } from "node:crypto";
import {
  type UploadType,
  PDF_ACTIVE_CONTENT_ERROR,
  PDF_UNREADABLE_ERROR,
  sniffUploadType,
  uploadBaseName,
  uploadDisguiseError,
  uploadSizeError,
} from "@/lib/domain/upload-rules";
import { db } from "../db";
import { InvalidInputError } from "../errors";
import { sha256Hex } from "../storage/blob";
import { fileStorage } from "../storage/storage";
import { scanPdf } from "./pdf-active-content";

const EXTENSION = { "application/pdf": "pdf", "image/jpeg": "jpg", "image/png": "png" } as const;

/** A file field from a form: null when the user chose nothing. */
export function fileFrom(formData: FormData, field: string): File | null {
  const value = formData.get(field);
  return value instanceof File && value.size > 0 ? value : null;
}

/** Why the upload is refused, or null: size, content type, a name or type disguising it, active PDF content. */
function uploadProblem(file: File, bytes: Uint8Array): { type: UploadType; problem: null } | { problem: string } {
  const type = sniffUploadType(bytes);
  if (!type) return { problem: "文件内容不是 PDF、JPG 或 PNG，请重新选择" };
  const disguise = uploadDisguiseError(file, type);
  if (disguise) return { problem: disguise };
  if (type === "application/pdf") {
    const scan = scanPdf(bytes);
    if (scan === "active") return { problem: PDF_ACTIVE_CONTENT_ERROR };
    if (scan === "unreadable") return { problem: PDF_UNREADABLE_ERROR };
  }
  return { type, problem: null };
}

/**
 * Checks an upload by size and by content, stores the bytes, and records it. Returns the file id.
 * The stored name is the base name only (any path in it is dropped), with the extension of its content.
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
  const checked = uploadProblem(input.file, bytes);
  if (checked.problem !== null) throw new InvalidInputError(checked.problem, { [input.field]: [checked.problem] });
  const { type } = checked;
  const id = randomUUID();
  const now = new Date();
  const key = `${now.getUTCFullYear()}/${String(now.getUTCMonth() + 1).padStart(2, "0")}/${id}`;
  await fileStorage().put(key, bytes);
  const baseName = uploadBaseName(input.file.name);
  await db.storedFile.create({
    data: {
      id,
      key,
      originalName: `${baseName}.${EXTENSION[type]}`,
      mimeType: type,
      size: bytes.length,
      sha256: sha256Hex(bytes),
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
