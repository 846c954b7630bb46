/** A Content-Disposition header for a non-ASCII file name (RFC 6266 / RFC 5987 `filename*`). */
export function contentDisposition(type: "inline" | "attachment", fileName: string): string {
  // encodeURIComponent leaves ' ( ) * ! unescaped; attr-char does not allow them.
  const encoded = encodeURIComponent(fileName).replace(
    /['()*!]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `${type}; filename*=UTF-8''${encoded}`;
}
