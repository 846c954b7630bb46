import { execFileSync } from "node:child_process";
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";

/** All text of a PDF, page by page (proves CJK text is real text, not drawn boxes). */
export async function extractText(pdf: Uint8Array): Promise<string> {
  // pdf.js takes ownership of (detaches) the buffer it is given: pass a copy.
  const doc = await getDocument({ data: pdf.slice(), verbosity: 0 }).promise;
  try {
    let text = "";
    for (let n = 1; n <= doc.numPages; n++) {
      const content = await (await doc.getPage(n)).getTextContent();
      text += content.items.map((item) => ("str" in item ? item.str : "")).join("") + "\n";
    }
    return text;
  } finally {
    await doc.destroy();
  }
}

/** Whether a command-line tool (pdftoppm, zbarimg) is installed. */
export function hasCommand(cmd: string): boolean {
  try {
    execFileSync("sh", ["-c", `command -v ${cmd}`], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}
