// Reading the PDFs the app generates (电子证书, 申请表): the metadata, and whether a QR code printed on a
// page encodes a given address.
import { inflateSync } from "node:zlib";
import { PDFDocument, PDFName, PDFNumber, PDFRawStream } from "pdf-lib";
import QRCode from "qrcode";

type Bitmap = { width: number; height: number; channels: number; pixels: Buffer };

/** The 8-bit RGB or grey images of a PDF, decoded (FlateDecode without a predictor, as pdf-lib writes PNGs). */
function images(pdf: PDFDocument): Bitmap[] {
  const found: Bitmap[] = [];
  for (const [, object] of pdf.context.enumerateIndirectObjects()) {
    if (!(object instanceof PDFRawStream)) continue;
    const dict = object.dict;
    if (dict.get(PDFName.of("Subtype")) !== PDFName.of("Image")) continue;
    if (dict.get(PDFName.of("Filter")) !== PDFName.of("FlateDecode") || dict.get(PDFName.of("DecodeParms"))) continue;
    const space = dict.get(PDFName.of("ColorSpace"));
    const channels = space === PDFName.of("DeviceRGB") ? 3 : space === PDFName.of("DeviceGray") ? 1 : 0;
    const number = (key: string) => (dict.get(PDFName.of(key)) as PDFNumber | undefined)?.asNumber() ?? 0;
    if (!channels || number("BitsPerComponent") !== 8) continue;
    const width = number("Width");
    const height = number("Height");
    const pixels = inflateSync(object.contents);
    if (pixels.length === width * height * channels) found.push({ width, height, channels, pixels });
  }
  return found;
}

/**
 * Whether `image` is the QR code of `text` as the `qrcode` package draws it (any error correction
 * level, a quiet zone of 0–4 modules, whole pixels per module): every module's centre is compared.
 */
function isQrCodeOf(image: Bitmap, text: string): boolean {
  if (image.width !== image.height) return false;
  for (const errorCorrectionLevel of ["L", "M", "Q", "H"] as const) {
    const { size, data } = QRCode.create(text, { errorCorrectionLevel }).modules;
    for (let margin = 0; margin <= 4; margin++) {
      const scale = image.width / (size + 2 * margin);
      if (!Number.isInteger(scale)) continue;
      const dark = (row: number, col: number) => {
        const x = (col + margin) * scale + Math.floor(scale / 2);
        const y = (row + margin) * scale + Math.floor(scale / 2);
        const at = (y * image.width + x) * image.channels;
        const luma =
          image.channels === 3
            ? (image.pixels[at] + image.pixels[at + 1] + image.pixels[at + 2]) / 3
            : image.pixels[at];
        return luma < 128;
      };
      let same = true;
      for (let row = 0; row < size && same; row++) {
        for (let col = 0; col < size && same; col++) same = dark(row, col) === Boolean(data[row * size + col]);
      }
      if (same) return true;
    }
  }
  return false;
}

/** A PDF's title and subject, and whether one of its images is the QR code of `qrText`. */
export async function readPdf(bytes: Buffer, qrText?: string) {
  const pdf = await PDFDocument.load(bytes, { updateMetadata: false });
  return {
    pageCount: pdf.getPageCount(),
    title: pdf.getTitle() ?? "",
    subject: pdf.getSubject() ?? "",
    hasQrCode: qrText === undefined ? false : images(pdf).some((image) => isQrCodeOf(image, qrText)),
  };
}
