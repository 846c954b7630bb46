// 首次核发 by the 考核部门: Excel import (preview with each row's errors, confirm, re-upload), the single
// form, the 编号规则 serials under concurrency, notices, audit, and who may issue.
import ExcelJS from "exceljs";
import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { GET as templateRoute } from "@/app/staff/issuance/template/route";
import { addYears, todayInShanghai, toDateOnly } from "@/lib/domain/calendar-date";
import { CERTIFICATE_NUMBER_PATTERN } from "@/lib/domain/certificate";
import { idNumberCheckChar } from "@/lib/domain/id-number";
import { checkCaller } from "@/lib/domain/permissions";
import { createSession, sessionCookieName } from "@/lib/server/auth/session";
import { enterpriseCertificateRows } from "@/lib/server/certificates/queries";
import { db } from "@/lib/server/db";
import { ConflictError, ForbiddenError, InvalidInputError } from "@/lib/server/errors";
import { confirmCertificateImport } from "@/lib/server/issuance/confirm-certificate-import";
import { getCertificateImport } from "@/lib/server/issuance/get-certificate-import";
import { issueCertificate } from "@/lib/server/issuance/issue-certificate";
import { previewCertificateImport } from "@/lib/server/issuance/preview-certificate-import";
import { listOwnCertificates } from "@/lib/server/persons/queries";
import {
  createEnterprise,
  createHolderAccount,
  createPersonWithCertificate,
  createStaff,
  pdfFile,
  uniqueCreditCode,
} from "./support/factories";

const HEADERS = ["姓名", "身份证号", "性别", "类别", "专业", "单位", "发证日期"];
const today = todayInShanghai();
const yy = today.slice(2, 4);

let idSequence = 0;
/** A valid 身份证号 of a man or a woman (17th digit odd = 男), unused by the factories (area 330203). */
function idNumber(gender: "男" | "女" = "男"): string {
  const n = ++idSequence;
  const seq = `${String(n % 100).padStart(2, "0")}${gender === "男" ? 1 : 2}`;
  const first17 = `330203${1970 + (n % 30)}${String((n % 12) + 1).padStart(2, "0")}${String((n % 28) + 1).padStart(2, "0")}${seq}`;
  return first17 + idNumberCheckChar(first17);
}

type Row = (string | Date)[];
const row = (
  name: string,
  id: string,
  over: Partial<Record<"gender" | "category" | "specialty" | "unit", string>> = {},
) => [name, id, over.gender ?? "男", over.category ?? "C", over.specialty ?? "公路", over.unit ?? "", today];

async function xlsx(rows: Row[], name = "首次核发.xlsx"): Promise<File> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("首次核发");
  sheet.addRow(HEADERS);
  for (const r of rows) sheet.addRow(r);
  const buffer = await workbook.xlsx.writeBuffer();
  return new File([buffer as ArrayBuffer], name);
}

async function setup() {
  const unit = await createEnterprise({ approved: true });
  const assessor = await createStaff("ASSESSOR");
  return { unit, assessor, code: unit.enterprise.creditCode };
}

const errorsOf = async (actor: Parameters<typeof getCertificateImport>[0]["actor"], importId: string) =>
  (await getCertificateImport({ actor, importId })).rows.map((r) => r.errors.map((e) => e.message).join("；"));

describe("批量导入: the preview reports each row's errors in Chinese before anything is written", () => {
  it("names every kind of error, writes nothing, then confirm issues the valid rows only", async () => {
    const { unit, assessor, code } = await setup();
    const pending = await createEnterprise({ approved: false });
    const holder = await createPersonWithCertificate({ enterprise: unit.enterprise, name: "王建华", category: "B" });
    const holderGender = Number(holder.idNumber[16]) % 2 ? "男" : "女";
    const good1 = idNumber("男");
    const good2 = idNumber("女");
    const dup = idNumber();
    const file = await xlsx([
      row("李明", good1, { unit: code }), // 2 valid
      row("赵丽", good2, { gender: "女", category: "A", specialty: "水运", unit: code.toLowerCase() }), // 3 valid
      row("钱多", "330203199001011235"), // 4 bad check digit
      row("孙悟", idNumber(), { unit: uniqueCreditCode() }), // 5 unknown unit
      row("周正", idNumber(), { unit: pending.enterprise.creditCode }), // 6 unit not approved
      row("王建华", holder.idNumber, { gender: holderGender, category: "B", unit: code }), // 7 already holds B 公路
      row("吴用", dup), // 8 valid (first of the pair)
      row("吴用", dup), // 9 duplicate of 8
      row("郑和", idNumber("男"), { gender: "女" }), // 10 gender mismatch
      row("冯七", idNumber(), { category: "D", specialty: "铁路" }), // 11 bad category and specialty
      row("王小华", holder.idNumber, { gender: holderGender, category: "A" }), // 12 name differs from the record
      ["陈八", idNumber(), "男", "C", "公路", "", "2026-13-01"], // 13 bad date
    ]);
    const { importId } = await previewCertificateImport({ actor: assessor.actor, file });
    const errors = await errorsOf(assessor.actor, importId);
    expect(errors[0]).toBe("");
    expect(errors[1]).toBe("");
    expect(errors[2]).toBe("身份证号不正确，请核对");
    expect(errors[3]).toBe("单位不存在或未审核通过（请核对统一社会信用代码）");
    expect(errors[4]).toBe("单位不存在或未审核通过（请核对统一社会信用代码）");
    expect(errors[5]).toBe(`该人员已持有有效的B类公路证书（${holder.certificate.number}），不能重复核发`);
    expect(errors[6]).toBe("");
    expect(errors[7]).toBe("与第8行重复（身份证号、类别、专业相同）");
    expect(errors[8]).toBe("性别与身份证号不符（身份证号为男性）");
    expect(errors[9]).toBe("类别应为 A、B 或 C；专业应为“公路”或“水运”");
    expect(errors[10]).toBe("姓名与该身份证号已登记的姓名（王建华）不一致；与第7行身份证号相同但姓名不同");
    expect(errors[11]).toBe("发证日期格式不正确，应为 YYYY-MM-DD");
    // the preview wrote nothing
    expect(await db.person.count()).toBe(1);
    expect(await db.certificate.count()).toBe(1);

    const result = await confirmCertificateImport({ actor: assessor.actor, importId });
    expect(result).toEqual({ issuedCount: 3, rejectedCount: 9 });
    const issued = await db.certificate.findMany({
      where: { events: { some: { kind: "ISSUED", actorId: assessor.account.id } } },
      include: { person: true },
      orderBy: { number: "asc" },
    });
    expect(issued.map((c) => [c.person.name, c.number])).toEqual([
      ["赵丽", `浙交安A(${yy})S00001`],
      ["李明", `浙交安C(${yy})G00001`],
      ["吴用", `浙交安C(${yy})G00002`],
    ]);
    for (const c of issued) {
      expect(c.number).toMatch(CERTIFICATE_NUMBER_PATTERN);
      expect(toDateOnly(c.issuedOn)).toBe(today);
      expect(toDateOnly(c.expiresOn)).toBe(addYears(today, 3));
      expect(c.issuingAuthority).toBe("浙江省交通运输厅");
    }
    expect(issued.find((c) => c.person.name === "赵丽")).toMatchObject({
      enterpriseId: unit.enterprise.id,
      unitName: unit.enterprise.name,
      category: "A",
      specialty: "WATERWAY",
    });
    expect(issued.find((c) => c.person.name === "吴用")).toMatchObject({ enterpriseId: null, unitName: null });
    // persons were created (birth date from the 身份证号), only for issued rows
    expect(await db.person.count()).toBe(4);
    const view = await getCertificateImport({ actor: assessor.actor, importId });
    expect(view.status).toBe("CONFIRMED");
    expect(view.rows.filter((r) => r.number).map((r) => r.line)).toEqual([2, 3, 8]);
    // the unit sees them in 证书查询 and was told once
    const rows = await enterpriseCertificateRows(unit.actor, {});
    expect(rows.map((r) => r.number)).toEqual(expect.arrayContaining([`浙交安C(${yy})G00001`, `浙交安A(${yy})S00001`]));
    const notices = await db.notification.findMany({ where: { accountId: unit.account.id, title: "证书已核发" } });
    expect(notices).toHaveLength(1);
    expect(notices[0].body).toContain(`李明　C类 专职安全生产管理人员（公路）　证书编号 浙交安C(${yy})G00001`);
    expect(
      await db.outboxMessage.count({ where: { to: unit.fields.email, subject: { contains: "证书已核发" } } }),
    ).toBe(1);
    // audit: one row per certificate and one for the batch
    const issueAudits = await db.auditLog.findMany({ where: { action: "certificate.issue" } });
    expect(issueAudits).toHaveLength(3);
    expect(issueAudits.map((a) => [a.actorId, a.actorRole, a.targetType])).toEqual(
      Array(3).fill([assessor.account.id, "ASSESSOR", "Certificate"]),
    );
    expect(issueAudits.map((a) => (a.detail as { number: string }).number).sort()).toEqual(
      issued.map((c) => c.number).sort(),
    );
    const li = await db.person.findUniqueOrThrow({ where: { idNumber: good1 } });
    expect(toDateOnly(li.birthDate)).toBe(`${good1.slice(6, 10)}-${good1.slice(10, 12)}-${good1.slice(12, 14)}`);
    const batchAudit = await db.auditLog.findFirstOrThrow({ where: { action: "certificate.import" } });
    expect(batchAudit.detail).toMatchObject({ rows: 12, issued: 3 });
  });

  it("refuses a file that is not an xlsx, lacks a column, or has no rows", async () => {
    const { assessor } = await setup();
    const refusal = (file: File) => previewCertificateImport({ actor: assessor.actor, file }).catch((e: unknown) => e);
    expect(await refusal(pdfFile("名单.xlsx"))).toMatchObject({ message: expect.stringContaining("不是 Excel") });
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("x").addRow(["姓名", "身份证号"]);
    const partial = new File([(await workbook.xlsx.writeBuffer()) as ArrayBuffer], "a.xlsx");
    expect(await refusal(partial)).toMatchObject({
      message: expect.stringContaining("缺少列：性别、类别、专业、单位、发证日期"),
    });
    expect(await refusal(await xlsx([]))).toMatchObject({ message: "文件中没有数据行，请在模板第2行起填写" });
    expect(await db.certificateImport.count()).toBe(0);
  });

  it("re-uploading or re-confirming the same file creates nothing twice, and says so", async () => {
    const { assessor, code } = await setup();
    const other = await createStaff("ASSESSOR");
    const rows = [row("李明", idNumber(), { unit: code }), row("赵丽", idNumber("女"), { gender: "女" })];
    const file = await xlsx(rows);
    const first = await previewCertificateImport({ actor: assessor.actor, file });
    // a second preview of the same bytes, by another assessor, before the first is confirmed
    const second = await previewCertificateImport({ actor: other.actor, file });
    await confirmCertificateImport({ actor: assessor.actor, importId: first.importId });
    await expect(confirmCertificateImport({ actor: assessor.actor, importId: first.importId })).rejects.toThrow(
      new ConflictError("该文件已导入，不会重复核发"),
    );
    await expect(confirmCertificateImport({ actor: other.actor, importId: second.importId })).rejects.toThrow(
      new ConflictError("该文件已导入，不会重复核发"),
    );
    await expect(previewCertificateImport({ actor: assessor.actor, file })).rejects.toThrow(
      /该文件已于 .* 导入（核发 2 本证书），不会重复导入/,
    );
    expect(await db.certificate.count()).toBe(2);
    // another assessor cannot open or confirm someone else's import
    await expect(getCertificateImport({ actor: other.actor, importId: first.importId })).rejects.toThrow(
      "未找到该记录",
    );
  });
});

describe("编号规则 under concurrency", () => {
  it("20 concurrent imports get unique, gap-free serials; a person named in all of them is issued once", async () => {
    const { assessor, code } = await setup();
    const shared = idNumber();
    const files = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        xlsx([
          row(`甲${i}`, idNumber(), { unit: code }),
          row(`乙${i}`, idNumber(), { unit: code }),
          row("共同", shared, { category: "A" }),
          row(`丙${i}`, idNumber()),
        ]),
      ),
    );
    const previews = [];
    for (const file of files) previews.push(await previewCertificateImport({ actor: assessor.actor, file }));
    const results = await Promise.all(
      previews.map((p) => confirmCertificateImport({ actor: assessor.actor, importId: p.importId })),
    );
    expect(results.reduce((n, r) => n + r.issuedCount, 0)).toBe(61);
    const numbers = (await db.certificate.findMany({ select: { number: true } })).map((c) => c.number);
    const serials = (prefix: string) =>
      numbers
        .filter((n) => n.startsWith(prefix))
        .map((n) => Number(n.slice(-5)))
        .sort((a, b) => a - b);
    expect(serials(`浙交安C(${yy})G`)).toEqual(Array.from({ length: 60 }, (_, i) => i + 1));
    expect(serials(`浙交安A(${yy})G`)).toEqual([1]);
    expect(new Set(numbers).size).toBe(61);
    expect(await db.person.count({ where: { idNumber: shared } })).toBe(1);
  });
});

describe("单个核发", () => {
  const input = (over: Partial<Record<string, string>> = {}) => ({
    name: "李明",
    idNumber: idNumber(),
    gender: "男",
    category: "B",
    specialty: "公路",
    creditCode: "",
    issuedOn: today,
    ...over,
  });

  it("issues one certificate, matches the person by 身份证号 and tells the registered holder", async () => {
    const { unit, assessor, code } = await setup();
    const holder = await createPersonWithCertificate({ enterprise: unit.enterprise, name: "王建华", category: "C" });
    const account = await createHolderAccount({ ...holder.person, idNumber: holder.idNumber });
    const gender = Number(holder.idNumber[16]) % 2 ? "男" : "女";
    const issued = await issueCertificate({
      actor: assessor.actor,
      input: input({ name: "王建华", idNumber: holder.idNumber, gender, category: "A", creditCode: code }),
    });
    expect(issued.number).toBe(`浙交安A(${yy})G00001`);
    expect(await db.person.count()).toBe(1);
    const own = await listOwnCertificates({ actor: account.actor });
    expect(own.map((c) => c.number)).toContain(issued.number);
    expect(await db.notification.count({ where: { accountId: account.account.id, title: "证书已核发" } })).toBe(1);
  });

  it("puts each error beside its field", async () => {
    const { assessor } = await setup();
    const error = await issueCertificate({
      actor: assessor.actor,
      input: input({ creditCode: uniqueCreditCode(), gender: "女" }),
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidInputError);
    expect((error as InvalidInputError).fieldErrors).toEqual({ gender: ["性别与身份证号不符（身份证号为男性）"] });
    const unit = await issueCertificate({
      actor: assessor.actor,
      input: input({ creditCode: uniqueCreditCode() }),
    }).catch((e: unknown) => e);
    expect((unit as InvalidInputError).fieldErrors).toEqual({
      creditCode: ["单位不存在或未审核通过（请核对统一社会信用代码）"],
    });
    expect(await db.certificate.count()).toBe(0);
  });
});

describe("role separation: only the 考核部门 issues", () => {
  it("refuses the 系统管理员 and the 审核部门 in the permission table, the use cases and the template route", async () => {
    const { assessor, code } = await setup();
    const admin = await createStaff("ADMIN");
    const reviewer = await createStaff("REVIEWER");
    const unit = await createEnterprise({ approved: true });
    const { importId } = await previewCertificateImport({
      actor: assessor.actor,
      file: await xlsx([row("李明", idNumber(), { unit: code })]),
    });
    for (const actor of [admin.actor, reviewer.actor, unit.actor]) {
      expect(checkCaller({ ...actor, enterpriseApproved: true }, "certificate.issue")).toMatchObject({
        reason: "role",
      });
      await expect(previewCertificateImport({ actor, file: await xlsx([row("李明", idNumber())]) })).rejects.toThrow(
        ForbiddenError,
      );
      await expect(confirmCertificateImport({ actor, importId })).rejects.toThrow(ForbiddenError);
      await expect(
        issueCertificate({
          actor,
          input: {
            name: "李明",
            idNumber: idNumber(),
            gender: "男",
            category: "C",
            specialty: "公路",
            creditCode: "",
            issuedOn: today,
          },
        }),
      ).rejects.toThrow(ForbiddenError);
    }
    expect(checkCaller(assessor.actor, "certificate.issue")).toBeNull();
    expect(await db.certificate.count()).toBe(0);

    const get = async (accountId: string) => {
      const cookie = `${sessionCookieName()}=${(await createSession(accountId)).token}`;
      return templateRoute(new NextRequest("http://localhost/staff/issuance/template", { headers: { cookie } }));
    };
    expect((await get(reviewer.account.id)).status).toBe(403);
    expect((await get(admin.account.id)).status).toBe(403);
    const template = await get(assessor.account.id);
    expect(template.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await template.arrayBuffer());
    expect(workbook.worksheets[0].getRow(1).values).toEqual([undefined, ...HEADERS]);
  });
});
