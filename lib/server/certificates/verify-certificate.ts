import "server-only";
import { todayInShanghai } from "@/lib/domain/calendar-date";
import { isUuid } from "@/lib/domain/uuid";
import type { Prisma } from "@/lib/generated/prisma/client";
import { readDb } from "../read-db";
import { consume, TOO_MANY } from "../rate-limit";
import { listInclude, presentCertificate } from "./queries";

// 证书查询 (public, no login) and the live page the 电子证书's QR code opens.

// listInclude: the holder, and open applications (a pending renewal keeps a certificate from 失效).
type CertificateWithPerson = Prisma.CertificateGetPayload<{ include: typeof listInclude }>;

/** What the public may see of a certificate: the status computed for today, the ID number masked. */
function presentVerification(c: CertificateWithPerson, holderName: string) {
  const row = presentCertificate(c, todayInShanghai());
  return {
    number: row.number,
    holderName,
    category: row.category,
    specialty: row.specialty,
    // A certificate moved out of its unit has none (its printed name is cleared as well).
    unitName: c.enterpriseId === null ? null : row.unitName,
    issuingAuthority: row.issuingAuthority,
    issuedOn: row.issuedOn,
    expiresOn: row.expiresOn,
    status: row.status,
    idNumberMasked: row.idNumber,
  };
}
export type CertificateVerification = ReturnType<typeof presentVerification>;

/**
 * 浙交安c(24)g00123 → 浙交安C(24)G00123. NFKC also turns full-width （）and letters typed with a
 * Chinese input method into the ASCII ones the numbers are stored with; spaces are dropped.
 */
export function normalizeCertificateNumber(raw: string): string {
  return raw.normalize("NFKC").replace(/\s+/g, "").toUpperCase();
}

/**
 * 【证书查询】: the certificate whose number AND holder name both match exactly, or null. A null never
 * says which of the two was wrong. Limited per IP (each lookup counts, found or not), so the public
 * form cannot be used to guess names for known numbers at scale.
 */
export async function verifyCertificate(input: {
  number: string;
  holderName: string;
  ip: string;
}): Promise<CertificateVerification | null> {
  await consume("verifyIp", input.ip, TOO_MANY("查询"));
  const holderName = input.holderName.trim();
  const numbers = [...new Set([input.number.trim().toUpperCase(), normalizeCertificateNumber(input.number)])].filter(
    Boolean,
  );
  if (numbers.length === 0 || !holderName) return null;
  const certificate = await (
    await readDb()
  ).certificate.findFirst({
    where: { number: { in: numbers }, person: { name: holderName } },
    include: listInclude,
  });
  return certificate ? presentVerification(certificate, certificate.person.name) : null;
}

/**
 * The page the 电子证书's QR code opens (/verify/<id>): the certificate as it stands now, so a printed
 * copy of a certificate that has since lapsed or left its unit is caught. The id (a random UUID) is
 * only on the holder's own certificate; the name is shown masked (王*华).
 */
export async function verifyCertificateById(id: string): Promise<CertificateVerification | null> {
  if (!isUuid(id)) return null;
  const certificate = await (await readDb()).certificate.findUnique({ where: { id }, include: listInclude });
  return certificate ? presentVerification(certificate, maskHolderName(certificate.person.name)) : null;
}

/** 王建华 → 王*华, 欧阳娜娜 → 欧**娜, 王华 → 王*: the first and (from three characters) the last stay. */
export function maskHolderName(name: string): string {
  const chars = Array.from(name.trim());
  if (chars.length <= 1) return "*";
  if (chars.length === 2) return `${chars[0]}*`;
  return chars[0] + "*".repeat(chars.length - 2) + chars[chars.length - 1];
}
