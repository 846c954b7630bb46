// Upload rules shared by the browser (size, before sending) and the server (size and content).
export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;
export const UPLOAD_ACCEPT = ".pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png";
export const UPLOAD_HINT = "支持 PDF、JPG、PNG 格式，不超过 10 MB";

export type UploadType = "application/pdf" | "image/jpeg" | "image/png";

/** The type told by the file's first bytes (its name and the browser's claim are not trusted). */
export function sniffUploadType(bytes: Uint8Array): UploadType | null {
  const starts = (sig: number[]) => sig.every((b, i) => bytes[i] === b);
  if (starts([0x25, 0x50, 0x44, 0x46, 0x2d])) return "application/pdf"; // %PDF-
  if (starts([0xff, 0xd8, 0xff])) return "image/jpeg";
  if (starts([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return "image/png";
  return null;
}

export function uploadSizeError(size: number): string | null {
  if (size === 0) return "文件为空，请重新选择";
  if (size > MAX_UPLOAD_BYTES) return "文件不能超过 10 MB";
  return null;
}

/**
 * What is wrong with the files chosen in one upload field, checked in the browser before sending:
 * too many, or a file empty or too large (named when several may be chosen).
 */
export function uploadSelectionError(
  files: readonly { name: string; size: number }[],
  { label, maxFiles }: { label: string; maxFiles?: number },
): string | null {
  if (maxFiles !== undefined && files.length > maxFiles) return `${label}最多${maxFiles}个`;
  for (const file of files) {
    const problem = uploadSizeError(file.size);
    if (problem) return maxFiles === undefined ? problem : `${file.name}：${problem}`;
  }
  return null;
}
