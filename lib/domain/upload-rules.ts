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

const EXTENSIONS: Record<UploadType, readonly string[]> = {
  "application/pdf": ["pdf"],
  "image/jpeg": ["jpg", "jpeg"],
  "image/png": ["png"],
};

/**
 * The name a file is stored under: only its last path segment (a browser may send "C:\\扫描\\a.pdf",
 * a crafted request "../../a.pdf"), without its extension, at most 100 characters.
 */
export function uploadBaseName(name: string): string {
  const last = name.split(/[\\/]/).pop() ?? "";
  return (
    last
      .replace(/\.[^.]*$/, "")
      .replace(/^\.+/, "")
      .slice(0, 100) || "附件"
  );
}

/**
 * Why a file's name or claimed type disagrees with its content, or null. Control characters (which
 * could forge a log line or a Content-Disposition) are refused; so is an extension or a declared type
 * of one allowed kind on the content of another (PNG bytes named .pdf): a file is what it says it is.
 * Other extensions ("扫描件.2024") are left to the content, and the stored name gets the right one.
 */
export function uploadDisguiseError(file: { name: string; type: string }, actual: UploadType): string | null {
  if (/[\u0000-\u001f\u007f\u202a-\u202e\u2066-\u2069]/.test(file.name))
    return "文件名含有不允许的字符，请重命名后再上传";
  const extension = /\.([^./\\]+)$/.exec(file.name)?.[1]?.toLowerCase();
  const known = Object.values(EXTENSIONS).flat();
  const wrongExtension =
    extension !== undefined && known.includes(extension) && !EXTENSIONS[actual].includes(extension);
  const declared = file.type.toLowerCase();
  const wrongDeclared = declared in EXTENSIONS && declared !== actual;
  if (wrongExtension || wrongDeclared) return "文件的扩展名与内容不符，请上传真实的 PDF、JPG 或 PNG 文件";
  return null;
}

export const PDF_ACTIVE_CONTENT_ERROR = "PDF 含有脚本、自动操作或嵌入文件，不能上传，请另存为普通 PDF 或扫描件";
export const PDF_UNREADABLE_ERROR = "无法检查该 PDF 的内容（已加密或格式特殊），请另存为普通 PDF 或扫描件";
