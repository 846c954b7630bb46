import "server-only";
import {
  PDFArray,
  PDFDict,
  PDFDocument,
  type PDFFont,
  PDFName,
  PDFStream,
  type PDFImage,
  type PDFPage,
  type Color,
  grayscale,
  popGraphicsState,
  pushGraphicsState,
  rgb,
  setLineWidth,
  setTextRenderingMode,
  TextRenderingMode,
} from "pdf-lib";
import { createCjkDocument } from "./cjk-document";

/** What a printable application form (申请表) shows. All text is printed in one subset CJK font. */
export interface ApplicationFormData {
  /** e.g. "安管人员证书单位信息变更申请表" */
  title: string;
  /** The two-column table: 姓名, 身份证号, 证书编号, 类别, 专业, 原单位名称, 新单位名称… */
  rows: [label: string, value: string][];
  /** The applicant's declaration, wrapped to the table width. */
  declaration: string;
  /** Empty boxes to sign or stamp, e.g. ["持证人签字", "单位盖章"]. */
  signatureBoxes: string[];
  /** Encoded as the QR code at the bottom right ("扫码核验申请表"). */
  verifyUrl: string;
  /** YYYY-MM-DD, printed as 生成日期. */
  generatedOn: string;
  /** A small grey line at the bottom of each page. */
  footer?: string;
}

// A4 portrait, in points.
const PAGE_W = 595.28;
const PAGE_H = 841.89;
const MARGIN_X = 50;
const MARGIN_TOP = 50;
const CONTENT_W = PAGE_W - 2 * MARGIN_X;
/** Lowest y that table content may reach; below it sit the footer and page number. */
const CONTENT_BOTTOM = 62;

const TITLE_SIZE = 18;
const TEXT_SIZE = 11;
const LINE_H = 17;
const SMALL_SIZE = 9;
const PAD_X = 8;
const PAD_Y = 6;
const MIN_ROW_H = 30;
const LABEL_W = Math.round(CONTENT_W * 0.3);
const SIGNATURE_H = 100;
const QR_SIZE = 92;

const INK = rgb(0, 0, 0);
const GREY_TEXT = grayscale(0.4);
const LABEL_FILL = grayscale(0.94);
const RULE = 0.75;
const OUTER_RULE = 1.25;

/** Noto Sans Hans: ascender 880, descender −120 per 1000 units. */
const ASCENT = 0.88;

/** Characters that must not begin a line (避头) or end one (避尾) in Chinese typesetting. */
const NO_LINE_START = new Set(Array.from("，。、；：？！）》」』】〕〉”’…—·%,.;:?!)]}"));
const NO_LINE_END = new Set(Array.from("（《「『【〔〈“‘([{"));

export async function renderApplicationFormPdf(data: ApplicationFormData): Promise<Uint8Array> {
  const clean = normalise(data);
  const qrCaption = "扫码核验申请表";
  const generatedLine = `生成日期：${clean.generatedOn}`;
  const dateLine = "日期：　　　　年　　月　　日";

  const allText = [
    clean.title,
    ...clean.rows.flat(),
    clean.declaration,
    ...clean.signatureBoxes,
    clean.footer ?? "",
    "第页共", // page numbers, on forms longer than a page
    qrCaption,
    generatedLine,
    dateLine,
    "声明（续）",
  ].join("");

  const { doc, font, qr } = await createCjkDocument({
    text: allText,
    title: clean.title,
    qrUrl: clean.verifyUrl,
    qrScale: 3,
  });

  const layout = new Layout(doc, font);

  // Title, and the generation date above the table's right edge.
  layout.newPage();
  const titleLines = wrap(clean.title, font, TITLE_SIZE, CONTENT_W);
  for (const line of titleLines) {
    const w = font.widthOfTextAtSize(line, TITLE_SIZE);
    layout.y -= TITLE_SIZE * 1.5;
    layout.boldText(line, (PAGE_W - w) / 2, layout.y + TITLE_SIZE * 0.25, TITLE_SIZE);
  }
  layout.y -= 16;
  layout.text(
    generatedLine,
    MARGIN_X + CONTENT_W - font.widthOfTextAtSize(generatedLine, 10),
    layout.y - 10,
    10,
    GREY_TEXT,
  );
  layout.y -= 18;

  // The table: label | value rows, then the declaration across the full width, then the signature boxes.
  layout.startTable();
  for (const [label, value] of clean.rows) {
    layout.row([
      { x: 0, w: LABEL_W, lines: wrap(label, font, TEXT_SIZE, LABEL_W - 2 * PAD_X), align: "center", fill: LABEL_FILL },
      {
        x: LABEL_W,
        w: CONTENT_W - LABEL_W,
        lines: wrap(value, font, TEXT_SIZE, CONTENT_W - LABEL_W - 2 * PAD_X),
        align: "left",
      },
    ]);
  }
  if (clean.declaration) {
    layout.row([
      { x: 0, w: LABEL_W, lines: ["声明"], align: "center", fill: LABEL_FILL },
      {
        x: LABEL_W,
        w: CONTENT_W - LABEL_W,
        // Each paragraph opens with a two-character indent, as Chinese prose does.
        lines: wrap(
          clean.declaration
            .split("\n")
            .map((p) => `　　${p.trim()}`)
            .join("\n"),
          font,
          TEXT_SIZE,
          CONTENT_W - LABEL_W - 2 * PAD_X,
        ),
        align: "left",
      },
    ]);
  }
  if (clean.signatureBoxes.length > 0) layout.signatureRow(clean.signatureBoxes, dateLine);
  layout.endTable();

  // QR code at the bottom right of the last page, with its caption.
  const captionW = font.widthOfTextAtSize(qrCaption, SMALL_SIZE);
  const qrTop = CONTENT_BOTTOM + 16 + QR_SIZE;
  if (layout.y - 16 < qrTop) layout.newPage();
  layout.qr(qr, MARGIN_X + CONTENT_W - QR_SIZE, CONTENT_BOTTOM + 16, QR_SIZE);
  layout.text(qrCaption, MARGIN_X + CONTENT_W - QR_SIZE / 2 - captionW / 2, CONTENT_BOTTOM + 2, SMALL_SIZE, GREY_TEXT);

  // Footer line and page numbers on every page.
  const pages = doc.getPages();
  pages.forEach((page, i) => {
    if (clean.footer) {
      const reserve = pages.length > 1 ? 80 : 0; // room for the page number
      for (const [n, line] of wrap(clean.footer, font, 8, CONTENT_W - reserve).entries()) {
        page.drawText(line, { x: MARGIN_X, y: 34 - n * 11, size: 8, font, color: GREY_TEXT });
      }
    }
    if (pages.length > 1) {
      const caption = `第 ${i + 1} 页 共 ${pages.length} 页`;
      page.drawText(caption, {
        x: MARGIN_X + CONTENT_W - font.widthOfTextAtSize(caption, 8),
        y: 34,
        size: 8,
        font,
        color: GREY_TEXT,
      });
    }
  });

  await font.embed();
  declareOpenTypeCff(doc, font);
  return doc.save();
}

/**
 * pdf-lib declares every custom font as TrueType (CIDFontType2, FontFile2, CIDToGIDMap), even a
 * CFF-flavoured OpenType file like ours. Poppler then warns "Mismatch between font type and embedded
 * font file" on every string, and strict readers may reject the font. Declare it as PDF 1.6+ says:
 * CIDFontType0 with the OpenType program in FontFile3 /Subtype /OpenType. Glyphs are then selected
 * by CID, which subsetCjkFont made equal to the glyph id pdf-lib writes.
 */
export function declareOpenTypeCff(doc: PDFDocument, font: PDFFont) {
  const type0 = doc.context.lookup(font.ref, PDFDict);
  const cidFont = type0.lookup(PDFName.of("DescendantFonts"), PDFArray).lookup(0, PDFDict);
  const descriptor = cidFont.lookup(PDFName.of("FontDescriptor"), PDFDict);
  const fontFileRef = descriptor.get(PDFName.of("FontFile2"));
  const fontFile = descriptor.lookup(PDFName.of("FontFile2"));
  if (!fontFileRef || !(fontFile instanceof PDFStream)) return; // already declared some other way
  cidFont.set(PDFName.of("Subtype"), PDFName.of("CIDFontType0"));
  cidFont.delete(PDFName.of("CIDToGIDMap")); // CIDFontType2 only
  descriptor.delete(PDFName.of("FontFile2"));
  descriptor.set(PDFName.of("FontFile3"), fontFileRef);
  fontFile.dict.set(PDFName.of("Subtype"), PDFName.of("OpenType"));
}

/** Strip control characters (they have no glyph) and tidy the strings. */
function normalise(data: ApplicationFormData): ApplicationFormData {
  const t = (s: string) =>
    s
      .replace(/\r\n?/g, "\n")
      .replace(/\t/g, " ")
      .replace(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u200b-\u200f\u2028\u2029\ufeff]/g, "")
      .trim();
  return {
    title: t(data.title),
    rows: data.rows.map(([label, value]) => [t(label), t(value)]),
    declaration: t(data.declaration),
    signatureBoxes: data.signatureBoxes.map(t),
    verifyUrl: data.verifyUrl,
    generatedOn: t(data.generatedOn),
    footer: data.footer === undefined ? undefined : t(data.footer),
  };
}

interface Cell {
  x: number;
  w: number;
  lines: string[];
  align: "left" | "center";
  fill?: Color;
}

/** Draws top-down; starts a new page when the next piece does not fit. */
class Layout {
  page!: PDFPage;
  y = 0;
  private tableTop: number | undefined;

  constructor(
    private readonly doc: PDFDocument,
    private readonly font: PDFFont,
  ) {}

  newPage() {
    if (this.tableTop !== undefined) this.closeTableFrame();
    this.page = this.doc.addPage([PAGE_W, PAGE_H]);
    this.y = PAGE_H - MARGIN_TOP;
    if (this.tableTop !== undefined) this.tableTop = this.y;
  }

  text(s: string, x: number, y: number, size: number, color: Color = INK) {
    this.page.drawText(s, { x, y, size, font: this.font, color });
  }

  /** Faux bold (fill and stroke): we embed a single weight to keep the file small. */
  boldText(s: string, x: number, y: number, size: number) {
    this.page.pushOperators(
      pushGraphicsState(),
      setTextRenderingMode(TextRenderingMode.FillAndOutline),
      setLineWidth(size / 40),
    );
    this.text(s, x, y, size);
    this.page.pushOperators(popGraphicsState());
  }

  qr(image: PDFImage, x: number, y: number, size: number) {
    this.page.drawImage(image, { x, y, width: size, height: size });
  }

  startTable() {
    this.tableTop = this.y;
  }

  endTable() {
    this.closeTableFrame();
    this.tableTop = undefined;
  }

  /** A table row; a row too tall for the rest of the page continues on the next one. */
  row(cells: Cell[]) {
    let remaining = cells.map((c) => ({ ...c, lines: [...c.lines] }));
    for (;;) {
      const needed = Math.max(MIN_ROW_H, Math.max(...remaining.map((c) => c.lines.length)) * LINE_H + 2 * PAD_Y);
      const available = this.y - CONTENT_BOTTOM;
      if (needed <= available) {
        this.drawRow(remaining, needed);
        return;
      }
      const fit = Math.floor((available - 2 * PAD_Y) / LINE_H);
      // Keep short rows whole, and never leave a lone line at the bottom of a page.
      if (this.y < (this.tableTop ?? PAGE_H) && (needed <= PAGE_H - MARGIN_TOP - CONTENT_BOTTOM || fit < 2)) {
        this.newPage();
        continue;
      }
      const head = remaining.map((c) => ({ ...c, lines: c.lines.slice(0, fit) }));
      this.drawRow(head, available);
      remaining = remaining.map((c) => ({ ...c, lines: c.lines.slice(fit) }));
      // On the next page the label cell says （续）.
      if (cells.length > 1 && remaining[0].lines.length === 0) remaining[0] = { ...remaining[0], lines: ["（续）"] };
      this.newPage();
    }
  }

  private drawRow(cells: Cell[], h: number) {
    const top = this.y;
    for (const cell of cells) {
      const x0 = MARGIN_X + cell.x;
      if (cell.fill) this.page.drawRectangle({ x: x0, y: top - h, width: cell.w, height: h, color: cell.fill });
      const blockH = cell.lines.length * LINE_H;
      // Centre short cells vertically; the text block starts at the top padding otherwise.
      let lineTop = top - Math.max(PAD_Y, (h - blockH) / 2);
      cell.lines.forEach((line) => {
        const w = this.font.widthOfTextAtSize(line, TEXT_SIZE);
        const x = cell.align === "center" ? x0 + (cell.w - w) / 2 : x0 + PAD_X;
        const baseline = lineTop - (LINE_H - TEXT_SIZE) / 2 - ASCENT * TEXT_SIZE;
        this.text(line, x, baseline, TEXT_SIZE);
        lineTop -= LINE_H;
      });
    }
    // Rules last, so no cell background paints over them.
    for (const cell of cells) if (cell.x > 0) this.vline(MARGIN_X + cell.x, top, top - h, RULE);
    this.hline(MARGIN_X, MARGIN_X + CONTENT_W, top, RULE);
    this.y = top - h;
    this.hline(MARGIN_X, MARGIN_X + CONTENT_W, this.y, RULE);
  }

  signatureRow(labels: string[], dateLine: string) {
    if (this.y - SIGNATURE_H < CONTENT_BOTTOM) this.newPage();
    const top = this.y;
    const w = CONTENT_W / labels.length;
    labels.forEach((label, i) => {
      const x0 = MARGIN_X + i * w;
      const text = /[：:]$/.test(label) ? label : `${label}：`;
      const lines = wrap(text, this.font, TEXT_SIZE, w - 2 * PAD_X);
      lines.forEach((line, n) => this.text(line, x0 + PAD_X, top - PAD_Y - (n + 1) * LINE_H + 4, TEXT_SIZE));
      const dateSize = Math.min(10.5, (w - 2 * PAD_X) / this.font.widthOfTextAtSize(dateLine, 1));
      const dw = this.font.widthOfTextAtSize(dateLine, dateSize);
      this.text(dateLine, x0 + Math.max(PAD_X, w - PAD_X - dw), top - SIGNATURE_H + PAD_Y + 4, dateSize);
      if (i > 0) this.vline(x0, top, top - SIGNATURE_H, RULE);
    });
    this.y = top - SIGNATURE_H;
    this.hline(MARGIN_X, MARGIN_X + CONTENT_W, this.y, RULE);
  }

  /** The table's outer frame on the current page (heavier than the inner rules). */
  private closeTableFrame() {
    const top = this.tableTop;
    if (top === undefined || this.y >= top) return;
    this.page.drawRectangle({
      x: MARGIN_X,
      y: this.y,
      width: CONTENT_W,
      height: top - this.y,
      borderColor: INK,
      borderWidth: OUTER_RULE,
    });
  }

  private hline(x1: number, x2: number, y: number, thickness: number) {
    this.page.drawLine({ start: { x: x1, y }, end: { x: x2, y }, thickness, color: INK });
  }

  private vline(x: number, y1: number, y2: number, thickness: number) {
    this.page.drawLine({ start: { x, y: y1 }, end: { x, y: y2 }, thickness, color: INK });
  }
}

/**
 * Breaks text into lines no wider than maxWidth. CJK text may break between any two characters;
 * runs of Latin letters and digits (证书编号, 身份证号) break only at spaces unless a run alone is
 * too wide. Closing punctuation never starts a line and opening punctuation never ends one.
 */
export function wrap(text: string, font: PDFFont, size: number, maxWidth: number): string[] {
  const widths = new Map<string, number>();
  const width = (s: string) => {
    let w = widths.get(s);
    if (w === undefined) widths.set(s, (w = font.widthOfTextAtSize(s, size)));
    return w;
  };

  const lines: string[] = [];
  for (const paragraph of text.split("\n")) {
    const start = lines.length;
    const tokens = paragraph.match(/[A-Za-z0-9@._\-/:%+#&=?~]+|[^\S\n]+|./gsu) ?? [];
    let line: string[] = [];
    let lineW = 0;
    const flush = () => {
      lines.push(line.join("").trimEnd());
      line = [];
      lineW = 0;
    };
    const push = (t: string) => {
      line.push(t);
      lineW += width(t);
    };
    for (const token of tokens) {
      const isSpace = /^\s+$/.test(token);
      if (isSpace && line.length === 0 && lines.length > start) continue; // a wrapped line starts with no space
      const tw = width(token);
      if (lineW + tw <= maxWidth) {
        push(token);
      } else if (isSpace) {
        flush();
      } else if (tw > maxWidth && token.length > 1) {
        // A Latin run wider than the whole line: break it by character.
        for (const ch of Array.from(token)) {
          if (lineW + width(ch) > maxWidth && line.length > 0) flush();
          push(ch);
        }
      } else {
        // 避头尾: a closing mark takes the line's last character down with it; an opening mark goes down.
        const carried: string[] = [];
        if (NO_LINE_START.has(Array.from(token)[0]) && line.length > 1) carried.unshift(line.pop()!);
        while (line.length > 1 && NO_LINE_END.has(line[line.length - 1])) carried.unshift(line.pop()!);
        flush();
        [...carried, token].forEach(push);
      }
    }
    if (line.length > 0 || lines.length === start) flush();
  }
  return lines;
}
