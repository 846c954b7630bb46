// Demo data for `npm start` (embedded database, or SEED_DEMO=1). Run on an empty database.
// Uses the same use-case functions as the app, so the demo histories are real ones.
import { randomUUID, createHash } from "node:crypto";
import { creditCodeCheckChar } from "../lib/domain/credit-code";
import { minimalPdf } from "./demo-documents";
import {
  addDays,
  addMonths,
  addYears,
  fromDateOnly,
  todayInShanghai,
  type CalendarDate,
} from "../lib/domain/calendar-date";
import { formatCertificateNumber, type CertificateCategory, type Specialty } from "../lib/domain/certificate";
import { idNumberCheckChar } from "../lib/domain/id-number";
import type { Actor } from "../lib/server/auth/actor";
import { hashPassword } from "../lib/server/auth/password";
import { recomputeDueDates } from "../lib/server/deadlines/recompute-due-dates";
import { syncHolidays } from "../lib/server/deadlines/sync-holidays";
import { db } from "../lib/server/db";
import { fileStorage } from "../lib/server/storage/storage";
import { createEnterpriseAccount } from "../lib/server/registration/create-enterprise-account";
import { transition } from "../lib/server/workflow/transition";
import { claimSerials } from "../lib/server/issuance/claim-serials";
import type { EnterpriseFields } from "../lib/schemas/enterprise.schema";

const DEPARTMENTS = [
  {
    name: "浙江省交通运输厅审核处",
    type: "REVIEW",
    provinceCode: "33",
    cityCode: null,
    email: "shenhe@jtt.example.gov.cn",
  },
  {
    name: "浙江省交通运输厅考核处",
    type: "ASSESSMENT",
    provinceCode: "33",
    cityCode: null,
    email: "kaohe@jtt.example.gov.cn",
  },
] as const;

const STAFF = [
  { username: "admin", password: "Admin@2026", role: "ADMIN", displayName: "系统管理员", department: null },
  {
    username: "reviewer",
    password: "Review@2026",
    role: "REVIEWER",
    displayName: "审核部门 王审核",
    department: DEPARTMENTS[0].name,
  },
  {
    username: "assessor",
    password: "Assess@2026",
    role: "ASSESSOR",
    displayName: "考核部门 李考核",
    department: DEPARTMENTS[1].name,
  },
] as const;

const withCheck = (first17: string) => first17 + creditCodeCheckChar(first17);

const ENTERPRISES = [
  {
    name: "浙江示例路桥工程有限公司",
    creditCode: "91330100MA2AB1CD2N",
    email: "luqiao@example.com",
    outcome: "approved",
    qualificationType: "公路工程施工总承包",
    legal: "张建国",
    contact: "陈晓",
    phone: "13805710001",
    city: "浙江省杭州市西湖区",
  },
  {
    name: "杭州示例港航工程有限公司",
    creditCode: "91330100MA2EF3GH4F",
    email: "ganghang@example.com",
    outcome: "approved",
    qualificationType: "港口与航道工程施工总承包",
    legal: "李海平",
    contact: "周敏",
    phone: "13805710002",
    city: "浙江省杭州市滨江区",
  },
  {
    name: "宁波示例交通建设有限公司",
    creditCode: withCheck("91330200MA2CD5EF6"),
    email: "jiaotong@example.com",
    outcome: "pending",
    qualificationType: "公路路基工程专业承包",
    legal: "王立新",
    contact: "吴芳",
    phone: "13805740003",
    city: "浙江省宁波市鄞州区",
  },
  {
    name: "温州示例航道工程有限公司",
    creditCode: withCheck("91330300MA2GH7JK8"),
    email: "hangdao@example.com",
    outcome: "rejected",
    qualificationType: "航道工程专业承包",
    legal: "赵永强",
    contact: "郑丽",
    phone: "13805770004",
    city: "浙江省温州市鹿城区",
  },
] as const;

async function storeDemoFile(title: string, originalName: string) {
  const id = randomUUID();
  const bytes = minimalPdf(title);
  const key = `demo/${id}`;
  await fileStorage().put(key, bytes);
  await db.storedFile.create({
    data: {
      id,
      key,
      originalName,
      mimeType: "application/pdf",
      size: bytes.length,
      sha256: createHash("sha256").update(bytes).digest("hex"),
    },
  });
  return id;
}

async function main() {
  // Demo passwords are published in the README: never on a production database.
  if (process.env.APP_ENV === "production") {
    throw new Error("APP_ENV=production：拒绝写入演示数据。首个管理员请用 npm run admin:create -- --username 名称");
  }
  if ((await db.account.count()) > 0) {
    console.log("[seed] database already has accounts; nothing to do");
    return;
  }
  // The 节假日安排 first, so that the demo's applications get their 办理时限.
  await syncHolidays();
  const staff: Record<string, Actor> = {};
  for (const d of DEPARTMENTS) await db.department.create({ data: d });
  for (const s of STAFF) {
    const account = await db.account.create({
      data: {
        username: s.username,
        role: s.role,
        displayName: s.displayName,
        passwordHash: await hashPassword(s.password),
        department: s.department ? { connect: { name: s.department } } : undefined,
        // demo staff sign in without a 动态口令 (their passwords are published); ignored in production
        totpExempt: true,
      },
    });
    staff[s.username] = {
      accountId: account.id,
      role: s.role,
      displayName: s.displayName,
      enterpriseId: null,
      enterpriseApproved: false,
      mustChangePassword: false,
      personId: null,
      sessionId: null,
    };
  }

  const demoPassword = await hashPassword("Demo@2026");
  const today = todayInShanghai();
  for (const [i, e] of ENTERPRISES.entries()) {
    const licenseFileId = await storeDemoFile("Business licence (demo)", "营业执照.pdf");
    const qualificationFileId = await storeDemoFile("Qualification certificate (demo)", "资质证书.pdf");
    const fields = {
      name: e.name,
      creditCode: e.creditCode,
      legalRepresentative: e.legal,
      registeredAddress: e.city,
      contactAddress: `${e.city}示例路${i + 1}号`,
      contactName: e.contact,
      contactPhone: e.phone,
      email: e.email,
      qualificationType: e.qualificationType,
      qualificationLevel: "一级",
      qualificationCertNo: `D1330${String(4000 + i).padStart(5, "0")}`,
      qualificationExpiry: addMonths(today, 30),
    } satisfies EnterpriseFields;
    await db.$transaction(async (tx) => {
      const { application: app } = await createEnterpriseAccount(tx, {
        fields,
        passwordHash: demoPassword,
        licenseFileId,
        qualificationFileId,
      });
      if (e.outcome === "approved") {
        await transition(tx, { actor: staff.reviewer, applicationId: app.id, action: "approve" });
      } else if (e.outcome === "rejected") {
        await transition(tx, {
          actor: staff.reviewer,
          applicationId: app.id,
          action: "reject",
          opinion: "营业执照扫描件不清晰，请重新上传加盖公章的清晰扫描件。",
        });
      }
    });
  }
  await backdatePendingRegistration();
  await seedCertificates(today);
  // The demo's own history mails are not worth delivering.
  await db.outboxMessage.updateMany({ data: { sentAt: new Date(), transport: "seed" } });
  console.log(`[seed] ${STAFF.length} staff accounts, ${ENTERPRISES.length} enterprises`);
}

/** The pending registration was filed five weeks ago: the 审核部门's 待办 shows it 已超期. */
async function backdatePendingRegistration() {
  const filed = new Date(Date.now() - 35 * 86_400_000);
  const { id } = await db.application.findFirstOrThrow({
    where: { kind: "ENTERPRISE_REGISTRATION", status: "PENDING_REVIEW" },
  });
  await db.application.update({ where: { id }, data: { submittedAt: filed, createdAt: filed } });
  await db.applicationEvent.updateMany({ where: { applicationId: id }, data: { at: filed } });
  await recomputeDueDates(db, { kind: "ENTERPRISE_REGISTRATION" });
}

const HOLDERS = [
  "王建华",
  "李明轩",
  "张国强",
  "刘晓燕",
  "陈志刚",
  "杨丽娟",
  "赵海涛",
  "黄文斌",
  "周雪梅",
  "吴振宇",
  "徐静怡",
  "孙立新",
  "马俊杰",
  "朱晓东",
  "胡春梅",
  "郭子豪",
  "林海峰",
  "何佳琪",
];

/**
 * Each approved demo unit gets 9 holders across A/B/C. Expiry dates are relative to today so that
 * every run has certificates valid for months, inside the renewal window, recently expired and
 * long expired.
 */
const EXPIRY_PLAN: { category: CertificateCategory; months: number; days?: number }[] = [
  { category: "A", months: 26 },
  { category: "B", months: 18 },
  { category: "B", months: 1 }, // window open, not yet expired
  { category: "C", months: 30 },
  { category: "C", months: 8 },
  { category: "C", months: 2, days: 10 }, // window open
  { category: "B", months: -1 }, // expired less than 2 months ago
  { category: "C", months: 0, days: -20 }, // expired 20 days ago
  { category: "A", months: -4 }, // expired more than 2 months ago: 失效
];

/** A number by the 编号规则, from the same counter 首次核发 uses (so later issues continue the series). */
async function seedNumber(category: CertificateCategory, specialty: Specialty, issuedOn: CalendarDate) {
  const key = { province: "浙", category, year: Number(issuedOn.slice(0, 4)), specialty };
  return formatCertificateNumber({ ...key, serial: await claimSerials(db, key, 1) });
}

async function seedCertificates(today: CalendarDate) {
  const units = await db.enterprise.findMany({ where: { approvedAt: { not: null } }, orderBy: { creditCode: "asc" } });
  let holder = 0;
  for (const unit of units) {
    const specialty: Specialty =
      unit.qualificationType.includes("港口") || unit.qualificationType.includes("航道") ? "WATERWAY" : "HIGHWAY";
    for (const plan of EXPIRY_PLAN) {
      const name = HOLDERS[holder % HOLDERS.length];
      const first17 = `330106${1970 + (holder % 25)}${String((holder % 12) + 1).padStart(2, "0")}${String((holder % 27) + 1).padStart(2, "0")}${String(100 + holder).padStart(3, "0")}`;
      holder++;
      const idNumber = first17 + idNumberCheckChar(first17);
      const birth = `${first17.slice(6, 10)}-${first17.slice(10, 12)}-${first17.slice(12, 14)}`;
      const expiresOn = addDays(addMonths(today, plan.months), plan.days ?? 0);
      const person = await createHolder(name, idNumber, birth);
      await issueDemoCertificate({ personId: person.id, unit, category: plan.category, specialty, expiresOn });
    }
  }
  // A holder whose certificate is valid and attached to no unit (ready for 调入).
  const first17 = "33010619880808123";
  const free = await createHolder("郑晓明", first17 + idNumberCheckChar(first17), "1988-08-08");
  holder++;
  const expiresOn = addMonths(today, 20);
  await issueDemoCertificate({ personId: free.id, unit: null, category: "C", specialty: "HIGHWAY", expiresOn });
  console.log(`[seed] ${holder} holders with certificates and 个人端 accounts (password Demo@2026)`);
  await seedUnregisteredHolder(units);
}

/**
 * A holder of 浙江示例路桥工程有限公司 with no 个人端 account yet (钱思远, 身份证号 330106199005051239),
 * to register and have the unit confirm the binding (issue 10 §2, tests/e2e/holder-binding.spec.ts).
 */
async function seedUnregisteredHolder(units: { id: string; name: string }[]) {
  const unit = units.find((u) => u.name === "浙江示例路桥工程有限公司");
  if (!unit) return;
  const first17 = "33010619900505123";
  const person = await db.person.create({
    data: { name: "钱思远", idNumber: first17 + idNumberCheckChar(first17), birthDate: fromDateOnly("1990-05-05") },
  });
  const certificate = await issueDemoCertificate({
    personId: person.id,
    unit,
    category: "B",
    specialty: "HIGHWAY",
    expiresOn: addMonths(todayInShanghai(), 24),
  });
  console.log(
    `[seed] ${person.name} (${person.idNumber}) holds ${certificate.number} at ${unit.name}, no 个人端 account`,
  );
}

/** A demo certificate issued 3 years before `expiresOn` (by 浙江省交通运输厅), with its ISSUED event. */
async function issueDemoCertificate(c: {
  personId: string;
  unit: { id: string; name: string } | null;
  category: CertificateCategory;
  specialty: Specialty;
  expiresOn: CalendarDate;
}) {
  const issuedOn = addYears(c.expiresOn, -3);
  const certificate = await db.certificate.create({
    data: {
      number: await seedNumber(c.category, c.specialty, issuedOn),
      category: c.category,
      specialty: c.specialty,
      personId: c.personId,
      enterpriseId: c.unit?.id ?? null,
      unitName: c.unit?.name ?? null,
      issuingAuthority: "浙江省交通运输厅",
      issuedOn: fromDateOnly(issuedOn),
      expiresOn: fromDateOnly(c.expiresOn),
    },
  });
  await db.certificateEvent.create({
    data: { certificateId: certificate.id, kind: "ISSUED", at: fromDateOnly(issuedOn) },
  });
  return certificate;
}

let holderPassword: Promise<string> | undefined;

/** A holder with a confirmed 个人端 account (password Demo@2026, email holder<sequence digits>@example.com). */
async function createHolder(name: string, idNumber: string, birth: CalendarDate) {
  const n = idNumber.slice(14, 17);
  holderPassword ??= hashPassword("Demo@2026");
  const account = await db.account.create({
    data: { role: "PERSON", displayName: name, passwordHash: await holderPassword },
  });
  const contact = { phone: `13900000${n}`, email: `holder${n}@example.com` };
  // Registered and already confirmed by the unit (issue 10 §2): the profile and the CONFIRMED binding.
  await db.holderProfile.create({ data: { accountId: account.id, name, idNumber, ...contact } });
  const person = await db.person.create({
    data: { name, idNumber, birthDate: fromDateOnly(birth), accountId: account.id, ...contact },
  });
  await db.personBinding.create({
    data: { accountId: account.id, personId: person.id, status: "CONFIRMED", decidedAt: new Date() },
  });
  return person;
}

main()
  .then(() => db.$disconnect())
  .catch(async (error) => {
    console.error(error);
    await db.$disconnect();
    process.exit(1);
  });
