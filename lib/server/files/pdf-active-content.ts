import "server-only";
import { inflateSync } from "node:zlib";

/**
 * PDF features that run something or carry a file: JavaScript, an action on opening, launching a
 * program, embedded files. A licence scan needs none of them.
 */
const ACTIVE_NAMES = ["JS", "JavaScript", "OpenAction", "Launch", "EmbeddedFile", "EmbeddedFiles", "RichMedia", "XFA"];
const ACTIVE = new RegExp(`/(?:${ACTIVE_NAMES.join("|")})(?=[\\s/<>\\[\\]()%{}]|$)`);
/** An object stream holds dictionaries compressed; more than this inflated is refused rather than scanned. */
const MAX_INFLATED_BYTES = 32 * 1024 * 1024;

export type PdfScan = "clean" | "active" | "unreadable";

/**
 * Looks for active content in a PDF's dictionaries: in the bytes outside streams (where a name may be
 * written with #xx escapes, `/J#53`), and inside object streams (`/Type /ObjStm`, FlateDecode), where a
 * PDF 1.5+ file may hide them compressed. Other stream contents (images, page text) are skipped: they
 * hold no dictionaries, and scanning their binary data would find "/JS" by chance.
 * `unreadable`: an object stream with another filter than FlateDecode (rare), one that does not
 * inflate, or inflates to more than 32 MB. Limits: an encrypted PDF's object streams are encrypted
 * (not readable without the key; they come out `unreadable`); other streams are not decoded.
 */
export function scanPdf(bytes: Uint8Array): PdfScan {
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("latin1");
  let outside = "";
  let position = 0;
  const streamStart = /(?<!end)stream\r?\n/g;
  for (let match = streamStart.exec(text); match; match = streamStart.exec(text)) {
    const dataStart = match.index + match[0].length;
    const end = text.indexOf("endstream", dataStart);
    const dataEnd = end === -1 ? text.length : end;
    // The stream's dictionary: from its "N 0 obj" to the keyword.
    const dictionary = text.slice(Math.max(position, text.lastIndexOf("obj", match.index)), match.index);
    outside += text.slice(position, match.index);
    const names = unescapeNames(dictionary);
    if (/\/Type\s*\/ObjStm/.test(names)) {
      const inflated = objectStreamText(names, bytes.subarray(dataStart, dataEnd));
      if (inflated === null) return "unreadable";
      if (ACTIVE.test(unescapeNames(inflated))) return "active";
    }
    position = dataEnd;
    streamStart.lastIndex = dataEnd;
  }
  outside += text.slice(position);
  return ACTIVE.test(unescapeNames(outside)) ? "active" : "clean";
}

/** `/J#53` is `/JS`: a name may spell any character as # and two hex digits. */
function unescapeNames(text: string): string {
  return text.replace(/#([0-9a-fA-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

function objectStreamText(dictionary: string, data: Uint8Array): string | null {
  if (!/\/Filter/.test(dictionary)) return Buffer.from(data).toString("latin1");
  if (!/\/Filter\s*(?:\[\s*)?\/FlateDecode\s*\]?\s*[/>]/.test(dictionary)) return null;
  try {
    return inflateSync(data, { maxOutputLength: MAX_INFLATED_BYTES }).toString("latin1");
  } catch {
    return null;
  }
}
