import "server-only";
import { readFile } from "node:fs/promises";
import path from "node:path";
import subsetFont from "subset-font";

/**
 * The one typeface of our generated documents: Noto Sans Hans (SIL OFL 1.1), shipped in the npm
 * package @embedpdf/fonts-sc as a plain .otf (Debian's fonts-noto-cjk has only .ttc collections,
 * which neither pdf-lib nor subset-font reads).
 *
 * The full font is 8 MB, so every PDF embeds a subset holding just the characters it prints.
 * We subset with subset-font (HarfBuzz) and embed the result with `embedFont(bytes, { subset: false })`:
 * pdf-lib's own subsetting (`subset: true`) writes broken CJK glyphs that viewers show as empty boxes.
 */
const FONT_PATH = path.join(
  process.cwd(),
  "node_modules",
  "@embedpdf",
  "fonts-sc",
  "fonts",
  "NotoSansHans-Regular.otf",
);

/** Always kept, so numbers, Latin text and common punctuation render whatever the caller passes. */
const BASE_CHARSET =
  " !\"#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~" +
  "　，。、；：？！“”‘’（）《》【】—…·年月日";

// The parsed file is cached for the life of the process (read once, ~8 MB); subsets are not, since they
// depend on the text. A failed read is not cached, so a later call can retry.
let fontFile: Promise<Buffer> | undefined;

export function loadCjkFont(): Promise<Buffer> {
  fontFile ??= readFile(FONT_PATH).catch((error: unknown) => {
    fontFile = undefined;
    throw new Error(`无法读取 PDF 字体 ${FONT_PATH}（是否已安装 @embedpdf/fonts-sc？）`, { cause: error });
  });
  return fontFile;
}

/** A small OpenType font with the glyphs for `text` (plus ASCII and common CJK punctuation). */
export async function subsetCjkFont(text: string): Promise<Uint8Array> {
  const chars = new Set(Array.from(BASE_CHARSET + text));
  for (const c of ["\n", "\r", "\t"]) chars.delete(c);
  const options = {
    targetFormat: "sfnt",
    // No OpenType layout (GSUB/GPOS): its closure pulls in hundreds of alternate glyphs, and
    // pdf-lib only needs the cmap and advance widths. Hints add ~15 % and matter little in print.
    keepFeatures: [],
    noHinting: true,
    dropTables: ["GSUB", "GPOS", "GDEF", "BASE", "VORG", "vhea", "vmtx"],
  };
  // (@types/subset-font lags behind subset-font 2.9's options.)
  const subset = await subsetFont(
    await loadCjkFont(),
    [...chars].join(""),
    options as Parameters<typeof subsetFont>[2],
  );
  return withIdentityCharset(new Uint8Array(subset.buffer, subset.byteOffset, subset.byteLength));
}

/**
 * Noto Sans Hans is a CID-keyed CFF font, and HarfBuzz keeps each glyph's original CID when it
 * subsets (glyph 96 of the subset may be CID 715). A PDF CIDFontType0 selects glyphs by CID, while
 * pdf-lib writes glyph ids into the page and keys the widths by glyph id, so we renumber the CIDs
 * to equal the glyph ids: the CFF charset becomes the identity. It always fits in the old charset's
 * bytes (we keep ASCII, so there are ~100+ glyphs), so no offset moves.
 */
export function withIdentityCharset(otf: Uint8Array): Uint8Array {
  const font = new Uint8Array(otf); // a copy: the caller's bytes stay untouched
  const view = new DataView(font.buffer, font.byteOffset, font.byteLength);
  if (view.getUint32(0) !== 0x4f54544f) return font; // not 'OTTO': TrueType outlines have no CIDs

  const tables = new Map<string, { record: number; offset: number; length: number }>();
  for (let i = 0, n = view.getUint16(4); i < n; i++) {
    const record = 12 + 16 * i;
    const tag = String.fromCharCode(...font.subarray(record, record + 4));
    tables.set(tag, { record, offset: view.getUint32(record + 8), length: view.getUint32(record + 12) });
  }
  const cff = tables.get("CFF ");
  const maxp = tables.get("maxp");
  const head = tables.get("head");
  if (!cff || !maxp || !head) throw new Error("subset font lacks CFF/maxp/head tables");
  const numGlyphs = view.getUint16(maxp.offset + 4);

  // CFF header, Name INDEX, then the Top DICT INDEX (one font).
  const base = cff.offset;
  const skipIndex = (at: number) => {
    const count = view.getUint16(at);
    if (count === 0) return at + 2;
    const offSize = font[at + 2];
    const last = at + 3 + count * offSize;
    let end = 0;
    for (let b = 0; b < offSize; b++) end = end * 256 + font[last + b];
    return at + 3 + (count + 1) * offSize + end - 1;
  };
  const topIndex = skipIndex(base + font[base + 2]);
  const offSize = font[topIndex + 2];
  const readOffset = (at: number) => {
    let v = 0;
    for (let b = 0; b < offSize; b++) v = v * 256 + font[at + b];
    return v;
  };
  const dataStart = topIndex + 3 + (view.getUint16(topIndex) + 1) * offSize - 1;
  const dictStart = dataStart + readOffset(topIndex + 3);
  const dictEnd = dataStart + readOffset(topIndex + 3 + offSize);

  // Scan the Top DICT for ROS (12 30: CID-keyed) and charset (15).
  let isCid = false;
  let charsetOffset: number | undefined;
  const operands: number[] = [];
  for (let p = dictStart; p < dictEnd;) {
    const b0 = font[p];
    if (b0 <= 21) {
      const op = b0 === 12 ? 1200 + font[p + 1] : b0;
      p += b0 === 12 ? 2 : 1;
      if (op === 1230) isCid = true;
      if (op === 15) charsetOffset = operands[0];
      operands.length = 0;
    } else if (b0 === 28) {
      operands.push(view.getInt16(p + 1));
      p += 3;
    } else if (b0 === 29) {
      operands.push(view.getInt32(p + 1));
      p += 5;
    } else if (b0 === 30) {
      operands.push(NaN); // a real number: never an offset
      p++;
      while ((font[p] & 0x0f) !== 0x0f && (font[p] & 0xf0) !== 0xf0) p++;
      p++;
    } else if (b0 <= 246) {
      operands.push(b0 - 139);
      p++;
    } else if (b0 <= 250) {
      operands.push((b0 - 247) * 256 + font[p + 1] + 108);
      p += 2;
    } else if (b0 <= 254) {
      operands.push(-(b0 - 251) * 256 - font[p + 1] - 108);
      p += 2;
    } else {
      throw new Error("unexpected byte in the CFF Top DICT");
    }
  }
  if (!isCid || charsetOffset === undefined || charsetOffset <= 2) return font;

  // Size of the existing charset (glyph 0 is implied), then the identity in the smallest format.
  const at = base + charsetOffset;
  let oldLength: number;
  const format = font[at];
  if (format === 0) {
    oldLength = 1 + 2 * (numGlyphs - 1);
  } else if (format === 1 || format === 2) {
    const rangeSize = format === 1 ? 3 : 4;
    let covered = 0;
    let p = at + 1;
    while (covered < numGlyphs - 1) {
      covered += (format === 1 ? font[p + 2] : view.getUint16(p + 2)) + 1;
      p += rangeSize;
    }
    oldLength = p - at;
  } else {
    throw new Error(`unknown CFF charset format ${format}`);
  }
  const nLeft = numGlyphs - 2;
  const identity = nLeft <= 255 ? [1, 0, 1, nLeft] : [2, 0, 1, nLeft >> 8, nLeft & 0xff];
  if (identity.length > oldLength) throw new Error("identity charset does not fit");
  font.set(identity, at);

  // Keep the table checksums valid (viewers rarely check; font validators do).
  const checksum = (offset: number, length: number) => {
    let sum = 0;
    for (let p = offset; p < offset + length; p += 4) {
      let word = 0;
      for (let b = 0; b < 4; b++) word = word * 256 + (p + b < offset + length ? font[p + b] : 0);
      sum = (sum + word) >>> 0;
    }
    return sum;
  };
  view.setUint32(cff.record + 4, checksum(cff.offset, cff.length));
  view.setUint32(head.offset + 8, 0);
  view.setUint32(head.offset + 8, (0xb1b0afba - checksum(0, font.byteLength)) >>> 0);
  return font;
}
