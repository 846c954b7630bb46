// Test data built through the real code paths (hashPassword, storage, createApplication,
// issueEmailCode, registerEnterprise), returning the Actor objects that use cases take.
import { createHash, randomUUID } from "node:crypto";
import { creditCodeCheckChar, CREDIT_CODE_ALPHABET } from "@/lib/domain/credit-code";
import { addYears, fromDateOnly, todayInShanghai, type CalendarDate } from "@/lib/domain/calendar-date";
import { formatCertificateNumber, type CertificateCategory, type Specialty } from "@/lib/domain/certificate";
import { idNumberCheckChar } from "@/lib/domain/id-number";
import type { EnterpriseFields } from "@/lib/schemas/enterprise.schema";
import type { Actor } from "@/lib/server/auth/actor";
import { issueEmailCode } from "@/lib/server/auth/email-codes";
import { hashPassword } from "@/lib/server/auth/password";
import { db } from "@/lib/server/db";
import { registerEnterprise } from "@/lib/server/registration/register-enterprise";
import { fileStorage } from "@/lib/server/storage/storage";
import { createApplication } from "@/lib/server/workflow/transition";
import { minimalPdf, minimalPng } from "@/prisma/demo-documents";

export const STAFF_PASSWORD = "Staff@2026pw";
export const ENTERPRISE_PASSWORD = "Enterprise@2026";

let sequence = 0;
const next = () => ++sequence;

/** A distinct IP per call, so that the per-IP limits of one test never interfere with another. */
export function uniqueIp(): string {
  const n = next();
  return `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}`;
}

/** A valid 统一社会信用代码 (correct check character), different on every call. */
export function uniqueCreditCode(): string {
  let n = next() * 7919 + Math.floor(Math.random() * 1_000_000);
  let tail = "";
  for (let i = 0; i < 7; i++) {
    tail = CREDIT_CODE_ALPHABET[n % 31] + tail;
    n = Math.floor(n / 31);
  }
  const first17 = `91330100M${"A"}${tail}`;
  return first17 + creditCodeCheckChar(first17);
}

export function uniqueEmail(prefix = "unit"): string {
  return `${prefix}${next()}-${randomUUID().slice(0, 8)}@example.com`;
}

// ---------------------------------------------------------------------------------------------
// File contents

export const pdfBytes = (title = "test") => minimalPdf(title);
export const pngBytes = minimalPng;

export function pdfFile(name = "营业执照.pdf", title = "licence"): File {
  return new File([pdfBytes(title)], name, { type: "application/pdf" });
}

export function pngFile(name = "资质证书.png"): File {
  return new File([pngBytes()], name, { type: "image/png" });
}

export const sha256 = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");

// ---------------------------------------------------------------------------------------------
// Staff

export type StaffRole = "REVIEWER" | "ASSESSOR" | "ADMIN";

/**
 * A staff account. Like the demo seed's staff it is exempt from the second factor unless
 * `totpExempt: false` (tests/integration/second-factor.test.ts), so other tests' sessions work as before.
 */
export async function createStaff(
  role: StaffRole,
  opts: { username?: string; password?: string; totpExempt?: boolean } = {},
) {
  const username = opts.username ?? `${role.toLowerCase()}${next()}`;
  const password = opts.password ?? STAFF_PASSWORD;
  const displayName = `${role} ${username}`;
  const passwordHash = await hashPassword(password);
  const account = await db.account.create({
    data: { role, username, displayName, passwordHash, totpExempt: opts.totpExempt ?? true },
  });
  const actor: Actor = {
    accountId: account.id,
    role,
    displayName,
    enterpriseId: null,
    enterpriseApproved: false,
    personId: null,
    mustChangePassword: false,
    sessionId: null,
  };
  return { actor, account, username, password };
}

// ---------------------------------------------------------------------------------------------
// Enterprises

export function enterpriseFields(overrides: Partial<EnterpriseFields> = {}): EnterpriseFields {
  const n = next();
  return {
    name: `测试路桥工程有限公司${n}`,
    creditCode: uniqueCreditCode(),
    legalRepresentative: "张建国",
    registeredAddress: "浙江省杭州市西湖区",
    contactAddress: `浙江省杭州市西湖区示例路${n}号`,
    contactName: "陈晓",
    contactPhone: "13805710001",
    email: uniqueEmail(),
    qualificationType: "公路工程施工总承包",
    qualificationLevel: "一级",
    qualificationCertNo: `D1330${String(n).padStart(5, "0")}`,
    qualificationExpiry: "2029-06-30",
    ...overrides,
  };
}

export function enterpriseActor(e: {
  accountId: string;
  enterpriseId: string;
  displayName: string;
  approved?: boolean;
  sessionId?: string | null;
}): Actor {
  return {
    accountId: e.accountId,
    role: "ENTERPRISE",
    displayName: e.displayName,
    enterpriseId: e.enterpriseId,
    enterpriseApproved: e.approved ?? false,
    personId: null,
    mustChangePassword: false,
    sessionId: e.sessionId ?? null,
  };
}

/** Stores real bytes and the StoredFile row (as the seed does). */
export async function storeFile(
  opts: { bytes?: Uint8Array<ArrayBuffer>; originalName?: string; enterpriseId?: string; uploadedById?: string } = {},
) {
  const id = randomUUID();
  const bytes = opts.bytes ?? pdfBytes();
  const key = `test/${id}`;
  await fileStorage().put(key, bytes);
  return db.storedFile.create({
    data: {
      id,
      key,
      originalName: opts.originalName ?? "附件.pdf",
      mimeType: "application/pdf",
      size: bytes.length,
      sha256: sha256(bytes),
      enterpriseId: opts.enterpriseId,
      uploadedById: opts.uploadedById,
    },
  });
}

/**
 * An enterprise written directly with Prisma: account, two files, the enterprise row and its
 * registration (待审核, via createApplication), optionally already approved.
 */
export async function createEnterprise(
  opts: { fields?: Partial<EnterpriseFields>; password?: string; approved?: boolean } = {},
) {
  const fields = enterpriseFields(opts.fields);
  const password = opts.password ?? ENTERPRISE_PASSWORD;
  const passwordHash = await hashPassword(password);
  const license = await storeFile({ originalName: "营业执照.pdf" });
  const qualification = await storeFile({ originalName: "资质证书.pdf" });
  const { account, enterprise, application } = await db.$transaction(async (tx) => {
    const account = await tx.account.create({ data: { role: "ENTERPRISE", displayName: fields.name, passwordHash } });
    const enterprise = await tx.enterprise.create({
      data: {
        ...fields,
        qualificationExpiry: fromDateOnly(fields.qualificationExpiry),
        accountId: account.id,
        licenseFileId: license.id,
        qualificationFileId: qualification.id,
      },
    });
    await tx.storedFile.updateMany({
      where: { id: { in: [license.id, qualification.id] } },
      data: { enterpriseId: enterprise.id, uploadedById: account.id },
    });
    const submitter = enterpriseActor({ accountId: account.id, enterpriseId: enterprise.id, displayName: fields.name });
    const application = await createApplication(tx, {
      actor: submitter,
      kind: "ENTERPRISE_REGISTRATION",
      enterpriseId: enterprise.id,
      payload: { ...fields, licenseFileId: license.id, qualificationFileId: qualification.id },
    });
    return { account, enterprise, application };
  });
  let approvedAt: Date | null = null;
  if (opts.approved) {
    approvedAt = new Date();
    await db.enterprise.update({ where: { id: enterprise.id }, data: { approvedAt } });
    await db.application.update({
      where: { id: application.id },
      data: { status: "APPROVED", version: 1, decidedAt: approvedAt },
    });
  }
  const actor = enterpriseActor({
    accountId: account.id,
    enterpriseId: enterprise.id,
    displayName: fields.name,
    approved: Boolean(opts.approved),
  });
  return {
    actor,
    account,
    enterprise: { ...enterprise, approvedAt },
    applicationId: application.id,
    licenseFileId: license.id,
    qualificationFileId: qualification.id,
    fields,
    password,
  };
}

// ---------------------------------------------------------------------------------------------
// Mail

/** The 6-digit code in the newest mail queued to `email` (the code exists only in that text). */
export async function latestCodeFor(email: string): Promise<string> {
  const mail = await db.outboxMessage.findFirst({ where: { to: email.toLowerCase() }, orderBy: { id: "desc" } });
  const code = mail?.text.match(/验证码是\s*(\d{6})/)?.[1];
  if (!code) throw new Error(`no code mail for ${email}: ${mail?.text ?? "(no mail at all)"}`);
  return code;
}

/** issueEmailCode, then the code read back from the outbox. */
export async function issueCode(
  purpose: "REGISTER" | "RESET_PASSWORD" | "CHANGE_EMAIL",
  email: string,
  accountId?: string,
) {
  await issueEmailCode({ purpose, email, accountId });
  return latestCodeFor(email);
}

/** The full public registration: code by mail, then registerEnterprise with real files. */
export async function registerViaUseCase(
  opts: {
    fields?: Partial<EnterpriseFields>;
    password?: string;
    licenseFile?: File | null;
    qualificationFile?: File | null;
  } = {},
) {
  const fields = enterpriseFields(opts.fields);
  const password = opts.password ?? ENTERPRISE_PASSWORD;
  const code = await issueCode("REGISTER", fields.email);
  const result = await registerEnterprise({
    fields,
    code,
    password,
    licenseFile: opts.licenseFile === undefined ? pdfFile() : opts.licenseFile,
    qualificationFile: opts.qualificationFile === undefined ? pngFile() : opts.qualificationFile,
    ip: uniqueIp(),
  });
  const actor = enterpriseActor({
    accountId: result.accountId,
    enterpriseId: result.enterpriseId,
    displayName: fields.name,
  });
  return { ...result, actor, fields, password };
}

// ---------------------------------------------------------------------------------------------
// Holders and certificates

/**
 * A holder (Person, with a valid 身份证号) and a certificate attached to an enterprise, as the seed
 * writes them, plus its ISSUED event. The certificate prints the enterprise's name unless told
 * otherwise; the dates are calendar dates written to the DATE columns with fromDateOnly.
 */
export async function createPersonWithCertificate(opts: {
  enterprise: { id: string; name: string };
  unitName?: string | null;
  name?: string;
  category?: CertificateCategory;
  specialty?: Specialty;
  issuedOn?: CalendarDate;
  expiresOn?: CalendarDate;
  status?: "ACTIVE" | "LAPSED" | "REVOKED";
}) {
  const n = next();
  const birthDate = `${1960 + (Math.floor(n / 1000) % 40)}-${String((n % 12) + 1).padStart(2, "0")}-${String((n % 28) + 1).padStart(2, "0")}`;
  const first17 = `330106${birthDate.replaceAll("-", "")}${String(n % 1000).padStart(3, "0")}`;
  const idNumber = first17 + idNumberCheckChar(first17)!;
  const issuedOn = opts.issuedOn ?? addYears(todayInShanghai(), -1);
  const expiresOn = opts.expiresOn ?? addYears(issuedOn, 3);
  const category = opts.category ?? "C";
  const specialty = opts.specialty ?? "HIGHWAY";
  const person = await db.person.create({
    data: { name: opts.name ?? `持证人${n}`, idNumber, birthDate: fromDateOnly(birthDate) },
  });
  const certificate = await db.certificate.create({
    data: {
      number: formatCertificateNumber({
        province: "浙",
        category,
        year: Number(issuedOn.slice(0, 4)),
        specialty,
        serial: n % 100_000,
      }),
      category,
      specialty,
      personId: person.id,
      enterpriseId: opts.enterprise.id,
      unitName: opts.unitName === undefined ? opts.enterprise.name : opts.unitName,
      issuingAuthority: "浙江省交通运输厅",
      issuedOn: fromDateOnly(issuedOn),
      expiresOn: fromDateOnly(expiresOn),
      status: opts.status ?? "ACTIVE",
    },
  });
  await db.certificateEvent.create({ data: { certificateId: certificate.id, kind: "ISSUED" } });
  return { person, certificate, idNumber, issuedOn, expiresOn };
}

// ---------------------------------------------------------------------------------------------
// Holder accounts (个人端)

export const PERSON_PASSWORD = "Person@2026pw";

/** The Actor of a PERSON account linked to `personId` (as actorFromSessionToken builds it). */
export function personActor(p: {
  accountId: string;
  personId: string;
  displayName: string;
  sessionId?: string | null;
}): Actor {
  return {
    accountId: p.accountId,
    role: "PERSON",
    displayName: p.displayName,
    enterpriseId: null,
    enterpriseApproved: false,
    personId: p.personId,
    mustChangePassword: false,
    sessionId: p.sessionId ?? null,
  };
}

/**
 * A holder's own account, as registerPerson leaves it: an Account with role PERSON, linked from the
 * Person row (accountId) with the holder's email and phone.
 */
export async function createHolderAccount(
  person: { id: string; name: string; idNumber: string },
  opts: { email?: string; password?: string; phone?: string } = {},
) {
  const email = (opts.email ?? uniqueEmail("holder")).toLowerCase();
  const password = opts.password ?? PERSON_PASSWORD;
  const account = await db.account.create({
    data: { role: "PERSON", displayName: person.name, passwordHash: await hashPassword(password) },
  });
  await db.person.update({
    where: { id: person.id },
    data: { accountId: account.id, email, phone: opts.phone ?? "13905710002" },
  });
  const actor = personActor({ accountId: account.id, personId: person.id, displayName: person.name });
  return { actor, account, email, password, idNumber: person.idNumber };
}

/**
 * A valid 身份证号 not used by createPersonWithCertificate (another area code), different on every
 * call; `endsWithX` gives one whose check character is X.
 */
export function uniqueIdNumber(opts: { endsWithX?: boolean } = {}): string {
  for (;;) {
    const n = next();
    const birthDate = `${1965 + (n % 35)}${String((n % 12) + 1).padStart(2, "0")}${String((n % 28) + 1).padStart(2, "0")}`;
    const first17 = `330102${birthDate}${String(n % 1000).padStart(3, "0")}`;
    const check = idNumberCheckChar(first17)!;
    if (!opts.endsWithX || check === "X") return first17 + check;
  }
}

/** A further certificate for an existing holder (attached to `enterprise`, or to no unit when null). */
export async function createCertificateFor(
  person: { id: string },
  opts: {
    enterprise: { id: string; name: string } | null;
    category?: CertificateCategory;
    specialty?: Specialty;
    issuedOn?: CalendarDate;
    expiresOn?: CalendarDate;
    status?: "ACTIVE" | "LAPSED" | "REVOKED";
  },
) {
  const n = next();
  const issuedOn = opts.issuedOn ?? addYears(todayInShanghai(), -1);
  const expiresOn = opts.expiresOn ?? addYears(issuedOn, 3);
  const category = opts.category ?? "B";
  const specialty = opts.specialty ?? "WATERWAY";
  const certificate = await db.certificate.create({
    data: {
      number: formatCertificateNumber({
        province: "浙",
        category,
        year: Number(issuedOn.slice(0, 4)),
        specialty,
        serial: 50_000 + (n % 50_000),
      }),
      category,
      specialty,
      personId: person.id,
      enterpriseId: opts.enterprise?.id ?? null,
      unitName: opts.enterprise?.name ?? null,
      issuingAuthority: "浙江省交通运输厅",
      issuedOn: fromDateOnly(issuedOn),
      expiresOn: fromDateOnly(expiresOn),
      status: opts.status ?? "ACTIVE",
    },
  });
  await db.certificateEvent.create({ data: { certificateId: certificate.id, kind: "ISSUED" } });
  return certificate;
}

// ---------------------------------------------------------------------------------------------
// Renewals (延续)

/**
 * A 延续 application the unit filed for a certificate (待审核), written through createApplication
 * with a stored 申请表, as submitRenewal leaves it. For a renewal "filed in time" whose window has
 * since closed, which submitRenewal (it checks today's window) cannot create.
 */
export async function fileRenewal(
  unit: { actor: Actor; enterprise: { id: string } },
  certificate: { id: string; personId: string },
  expiresOn: CalendarDate,
) {
  const form = await storeFile({
    originalName: "延续申请表.pdf",
    enterpriseId: unit.enterprise.id,
    uploadedById: unit.actor.accountId,
  });
  return db.$transaction((tx) =>
    createApplication(tx, {
      actor: unit.actor,
      kind: "RENEWAL",
      enterpriseId: unit.enterprise.id,
      personId: certificate.personId,
      certificateId: certificate.id,
      payload: { formFileId: form.id, supportingFileIds: [], expiresOn },
    }),
  );
}
