import "server-only";
import fontkit from "@pdf-lib/fontkit";
import { PDFDocument } from "pdf-lib";
import QRCode from "qrcode";
import { subsetCjkFont } from "./cjk-font";

/**
 * A new PDF for our documents: the Chinese font subset to `text` (every character the document
 * prints), the QR code of `qrUrl` as an image, and the document's title, language and creator set.
 */
export async function createCjkDocument(input: { text: string; title: string; qrUrl: string; qrScale: number }) {
  const [fontBytes, qrPng] = await Promise.all([
    subsetCjkFont(input.text),
    QRCode.toBuffer(input.qrUrl, { type: "png", errorCorrectionLevel: "M", margin: 0, scale: input.qrScale }),
  ]);

  const doc = await PDFDocument.create();
  doc.registerFontkit(fontkit);
  // The font is already a subset: pdf-lib's own CJK subsetting is broken (empty boxes).
  const font = await doc.embedFont(fontBytes, { subset: false });
  const qr = await doc.embedPng(qrPng);

  doc.setTitle(input.title, { showInWindowTitleBar: true });
  doc.setLanguage("zh-CN");
  doc.setCreator("交通运输工程施工单位安管人员安全生产考核管理信息系统");
  doc.setProducer("pdf-lib");
  return { doc, font, qr };
}
