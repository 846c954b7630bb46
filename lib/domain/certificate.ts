// 安全生产考核合格证书: numbering, labels and the status people see.
import { certificateStatus, type CertificateStatus } from "./certificate-dates";
import { formatChineseDate, type CalendarDate } from "./calendar-date";

export const CERTIFICATE_CATEGORIES = ["A", "B", "C"] as const;
export type CertificateCategory = (typeof CERTIFICATE_CATEGORIES)[number];
export const SPECIALTIES = ["HIGHWAY", "WATERWAY"] as const;
export type Specialty = (typeof SPECIALTIES)[number];

export const CATEGORY_LABEL: Record<CertificateCategory, string> = {
  A: "A类 主要负责人",
  B: "B类 项目负责人",
  C: "C类 专职安全生产管理人员",
};

export const SPECIALTY_LABEL: Record<Specialty, string> = { HIGHWAY: "公路", WATERWAY: "水运" };
const SPECIALTY_LETTER: Record<Specialty, string> = { HIGHWAY: "G", WATERWAY: "S" };

/** 浙交安C(24)G00123: province, 交安, category, two-digit year, G 公路 / S 水运, five-digit serial. */
export const CERTIFICATE_NUMBER_PATTERN = /^[\u4e00-\u9fa5]交安[ABC]\(\d{2}\)[GS]\d{5}$/;

export function formatCertificateNumber(input: {
  province: string;
  category: CertificateCategory;
  year: number;
  specialty: Specialty;
  serial: number;
}): string {
  const yy = String(input.year % 100).padStart(2, "0");
  return `${input.province}交安${input.category}(${yy})${SPECIALTY_LETTER[input.specialty]}${String(input.serial).padStart(5, "0")}`;
}

export type CertificateRecordStatus = "ACTIVE" | "LAPSED" | "REVOKED";

/** The status shown to people, from the stored record and today's date. */
export function displayCertificateStatus(input: {
  expiresOn: CalendarDate;
  recordStatus: CertificateRecordStatus;
  today: CalendarDate;
  renewalPending?: boolean;
}): CertificateStatus {
  if (input.recordStatus === "REVOKED") return "已注销";
  if (input.recordStatus === "LAPSED") return "失效";
  return certificateStatus({ expiry: input.expiresOn, today: input.today, renewalPending: input.renewalPending });
}

/** A certificate as anyone may read it (ID number masked). */
export interface PublicCertificate {
  number: string;
  holderName: string;
  idNumberMasked: string;
  category: CertificateCategory;
  specialty: Specialty;
  /** null once the certificate has left its unit: shown as 无 */
  unitName: string | null;
  issuingAuthority: string;
  issuedOn: CalendarDate;
  expiresOn: CalendarDate;
}

/** What anyone may read of a certificate (证书查询 and the 电子证书 show the same), label → text. */
export function publicCertificateFacts(c: PublicCertificate) {
  return {
    证书编号: c.number,
    持证人: c.holderName,
    身份证号: c.idNumberMasked,
    类别: CATEGORY_LABEL[c.category],
    专业: SPECIALTY_LABEL[c.specialty],
    单位名称: c.unitName || "无",
    发证机关: c.issuingAuthority,
    发证日期: formatChineseDate(c.issuedOn),
    有效期至: formatChineseDate(c.expiresOn),
  };
}
