import "server-only";
import {
  type Color,
  grayscale,
  type PDFFont,
  type PDFPage,
  popGraphicsState,
  pushGraphicsState,
  rgb,
  setLineWidth,
  setStrokingColor,
  setTextRenderingMode,
  TextRenderingMode,
} from "pdf-lib";
import { publicCertificateFacts, type PublicCertificate } from "@/lib/domain/certificate";
import { formatChineseDate, todayInShanghai, type CalendarDate } from "@/lib/domain/calendar-date";
import type { CertificateStatus } from "@/lib/domain/certificate-dates";
import { env } from "../env";
import { ConflictError } from "../errors";
import { declareOpenTypeCff, wrap } from "./application-form";
import { createCjkDocument } from "./cjk-document";

/** What the 电子证书 prints: a certificate as presented to its unit or holder (ID number masked). */
export interface CertificatePdfData extends PublicCertificate {
  id: string;
  /** computed for today */
  status: CertificateStatus;
}

/** Only a certificate in force gets an electronic copy. */
export const E_CERTIFICATE_STATUSES: readonly CertificateStatus[] = ["有效", "即将到期"];

export const E_CERTIFICATE_TITLE = "安全生产考核合格证书";
export const E_CERTIFICATE_QR_CAPTION = "扫码查验证书当前状态";

/** The live page the QR code opens: it shows the certificate's status now, not when it was printed. */
export function certificateVerifyUrl(id: string): string {
  return `${env.appUrl}/verify/${id}`;
}

// A4 landscape, in points.
const PAGE_W = 841.89;
const PAGE_H = 595.28;
const FRAME_OUTER = 22;
const FRAME_INNER = 30;
const BODY_LEFT = 96;
const LABEL_W = 92;
const QR_SIZE = 132;
const QR_RIGHT = PAGE_W - 96;
const VALUE_W = QR_RIGHT - QR_SIZE - 48 - (BODY_LEFT + LABEL_W);
const BODY_TOP = 410;
const BODY_BOTTOM = 112;

const INK = rgb(0.1, 0.1, 0.12);
const FRAME = rgb(0.1, 0.27, 0.5);
const ACCENT = rgb(0.62, 0.12, 0.1);
const GREY = grayscale(0.42);
/** Noto Sans Hans: ascender 880 per 1000 units. */
const ASCENT = 0.88;

/**
 * 电子证书 (A4 landscape): the holder, the certificate's facts and a QR code to /verify/<id>, where
 * anyone can see the certificate's current status — a copy printed before it lapsed, was revoked or
 * left its unit is caught there. Refused (ConflictError) unless the certificate is 有效 or 即将到期.
 */
export async function renderCertificatePdf(
  certificate: CertificatePdfData,
  opts: { generatedOn?: CalendarDate } = {},
): Promise<Uint8Array> {
  if (!E_CERTIFICATE_STATUSES.includes(certificate.status)) {
    throw new ConflictError(`证书当前状态为${certificate.status}，不提供电子证书`);
  }
  const generatedOn = opts.generatedOn ?? todayInShanghai();
  const verifyUrl = certificateVerifyUrl(certificate.id);
  const facts = publicCertificateFacts(certificate);
  // The holder first, as on the paper certificate.
  const { 持证人: holder, 身份证号: idNumber, ...rest } = facts;
  const rows: [string, string][] = Object.entries({ 姓名: holder, 身份证号: idNumber, ...rest }).map(
    ([label, text]) => [label, clean(text)],
  );
  const subtitle = "交通运输工程施工单位主要负责人和安全生产管理人员";
  const kindLine = "电子证书";
  const footer = [
    `本电子证书由交通运输工程施工单位安管人员安全生产考核管理信息系统生成，生成日期：${formatChineseDate(generatedOn)}。`,
    "证书状态可能在生成后发生变化（到期、失效、注销或调出单位），请以扫码查验页面显示的当前状态为准。",
  ];

  const { doc, font, qr } = await createCjkDocument({
    text: [E_CERTIFICATE_TITLE, subtitle, kindLine, E_CERTIFICATE_QR_CAPTION, ...rows.flat(), ...footer, "："].join(""),
    title: `${E_CERTIFICATE_TITLE}（${kindLine}）${certificate.number}`,
    qrUrl: verifyUrl,
    qrScale: 4,
  });
  doc.setSubject(verifyUrl);

  const page = doc.addPage([PAGE_W, PAGE_H]);
  const text = (s: string, x: number, y: number, size: number, color: Color = INK) =>
    page.drawText(s, { x, y, size, font, color });
  const centred = (s: string, y: number, size: number, color: Color = INK) =>
    text(s, (PAGE_W - font.widthOfTextAtSize(s, size)) / 2, y, size, color);

  // Frame: a heavy outer rule and a thin inner one.
  const frame = (inset: number, borderWidth: number) =>
    page.drawRectangle({
      x: inset,
      y: inset,
      width: PAGE_W - 2 * inset,
      height: PAGE_H - 2 * inset,
      borderColor: FRAME,
      borderWidth,
    });
  frame(FRAME_OUTER, 3);
  frame(FRAME_INNER, 0.75);

  // Title block.
  const titleSize = 30;
  const titleY = PAGE_H - 98;
  boldText(
    page,
    font,
    E_CERTIFICATE_TITLE,
    (PAGE_W - font.widthOfTextAtSize(E_CERTIFICATE_TITLE, titleSize)) / 2,
    titleY,
    titleSize,
    ACCENT,
  );
  centred(subtitle, titleY - 30, 13, INK);
  centred(kindLine, titleY - 52, 11, GREY);
  page.drawLine({
    start: { x: BODY_LEFT, y: titleY - 66 },
    end: { x: PAGE_W - BODY_LEFT, y: titleY - 66 },
    thickness: 0.75,
    color: FRAME,
  });

  // The facts: label | value, wrapped; a smaller size if a long unit name would not fit.
  let size = 14;
  let lineH = 0;
  let rowGap = 0;
  let wrapped: string[][] = [];
  for (; size >= 9; size -= 1) {
    lineH = size * 1.45;
    rowGap = size * 0.75;
    wrapped = rows.map(([, value]) => wrap(value, font, size, VALUE_W));
    const height = wrapped.reduce((h, lines) => h + lines.length * lineH + rowGap, -rowGap);
    if (height <= BODY_TOP - BODY_BOTTOM) break;
  }
  let y = BODY_TOP;
  rows.forEach(([label], i) => {
    const baseline = (top: number) => top - (lineH - size) / 2 - ASCENT * size;
    text(`${label}：`, BODY_LEFT, baseline(y), size, GREY);
    for (const line of wrapped[i]) {
      text(line, BODY_LEFT + LABEL_W, baseline(y), size);
      y -= lineH;
    }
    y -= rowGap;
  });

  // QR code at the right, vertically centred on the facts, with its caption.
  const qrX = QR_RIGHT - QR_SIZE;
  const qrY = (BODY_TOP + BODY_BOTTOM) / 2 - QR_SIZE / 2 + 10;
  page.drawRectangle({
    x: qrX - 8,
    y: qrY - 8,
    width: QR_SIZE + 16,
    height: QR_SIZE + 16,
    borderColor: grayscale(0.75),
    borderWidth: 0.75,
  });
  page.drawImage(qr, { x: qrX, y: qrY, width: QR_SIZE, height: QR_SIZE });
  const captionSize = 10.5;
  text(
    E_CERTIFICATE_QR_CAPTION,
    qrX + QR_SIZE / 2 - font.widthOfTextAtSize(E_CERTIFICATE_QR_CAPTION, captionSize) / 2,
    qrY - 26,
    captionSize,
    INK,
  );

  // Footer.
  footer.forEach((line, i) => {
    const fitted = Math.min(9, (PAGE_W - 2 * BODY_LEFT) / font.widthOfTextAtSize(line, 1));
    text(line, (PAGE_W - font.widthOfTextAtSize(line, fitted)) / 2, 68 - i * 14, fitted, GREY);
  });

  await font.embed();
  declareOpenTypeCff(doc, font);
  return doc.save();
}

/** Faux bold (fill and stroke): one weight is embedded to keep the file small. */
function boldText(page: PDFPage, font: PDFFont, s: string, x: number, y: number, size: number, color: Color) {
  page.pushOperators(
    pushGraphicsState(),
    setTextRenderingMode(TextRenderingMode.FillAndOutline),
    setLineWidth(size / 40),
    setStrokingColor(color),
  );
  page.drawText(s, { x, y, size, font, color });
  page.pushOperators(popGraphicsState());
}

/** Control characters have no glyph; strip them. */
function clean(s: string): string {
  return s.replace(/[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u2028\u2029\ufeff]/g, "").trim();
}
