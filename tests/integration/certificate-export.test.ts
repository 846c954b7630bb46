// 证书查询 and 导出Excel: an enterprise sees (and exports) only its own certificates, filtered.
import { randomUUID } from "node:crypto";
import { Writable } from "node:stream";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import {
  addDays,
  addMonths,
  addYears,
  fromDateOnly,
  todayInShanghai,
  type CalendarDate,
} from "@/lib/domain/calendar-date";
import { formatCertificateNumber, type CertificateCategory } from "@/lib/domain/certificate";
import { idNumberCheckChar } from "@/lib/domain/id-number";
import { CERTIFICATE_EXPORT, certificateFilterFromParams } from "@/lib/server/certificates/export-certificates";
import {
  EXPORT_PAGE_SIZE,
  enterpriseCertificateRows,
  listEnterpriseCertificates,
  streamEnterpriseCertificateRows,
} from "@/lib/server/certificates/queries";
import type { CertificateRow } from "@/lib/server/certificates/queries";
import { db } from "@/lib/server/db";
import { writeExport, type Records } from "@/lib/server/excel";
import { ForbiddenError } from "@/lib/server/errors";
import { createEnterprise, createStaff } from "./support/factories";

let serial = 0;

/** A holder and a certificate attached to the enterprise, as the seed writes them. */
async function createCertificate(opts: {
  enterpriseId: string;
  unitName: string;
  name: string;
  category: CertificateCategory;
  expiresOn: CalendarDate;
  status?: "ACTIVE" | "LAPSED" | "REVOKED";
}) {
  serial++;
  const first17 = `330106198${serial % 10}0${(serial % 9) + 1}1${serial % 10}${String(100 + serial).padStart(3, "0")}`;
  const idNumber = first17 + idNumberCheckChar(first17);
  const issuedOn = addYears(opts.expiresOn, -3);
  const person = await db.person.create({
    data: {
      name: opts.name,
      idNumber,
      birthDate: fromDateOnly(`${first17.slice(6, 10)}-${first17.slice(10, 12)}-${first17.slice(12, 14)}`),
    },
  });
  const certificate = await db.certificate.create({
    data: {
      number: formatCertificateNumber({
        province: "浙",
        category: opts.category,
        year: Number(issuedOn.slice(0, 4)),
        specialty: "HIGHWAY",
        serial: 500 + serial,
      }),
      category: opts.category,
      specialty: "HIGHWAY",
      personId: person.id,
      enterpriseId: opts.enterpriseId,
      unitName: opts.unitName,
      issuingAuthority: "浙江省交通运输厅",
      issuedOn: fromDateOnly(issuedOn),
      expiresOn: fromDateOnly(opts.expiresOn),
      status: opts.status ?? "ACTIVE",
    },
  });
  await db.certificateEvent.create({
    data: { certificateId: certificate.id, kind: "ISSUED", at: fromDateOnly(issuedOn) },
  });
  return { certificate, person, idNumber };
}

async function setup() {
  const today = todayInShanghai();
  const unit = await createEnterprise({ approved: true });
  const other = await createEnterprise({ approved: true });
  const unitName = unit.enterprise.name;
  const wang = await createCertificate({
    enterpriseId: unit.enterprise.id,
    unitName,
    name: "王建华",
    category: "A",
    expiresOn: addMonths(today, 26),
  });
  const li = await createCertificate({
    enterpriseId: unit.enterprise.id,
    unitName,
    name: "李明轩",
    category: "B",
    expiresOn: addMonths(today, 1),
  });
  const zhang = await createCertificate({
    enterpriseId: unit.enterprise.id,
    unitName,
    name: "张国强",
    category: "C",
    expiresOn: addDays(today, -20),
  });
  const liu = await createCertificate({
    enterpriseId: unit.enterprise.id,
    unitName,
    name: "刘晓燕",
    category: "C",
    expiresOn: addMonths(today, 30),
  });
  const chen = await createCertificate({
    enterpriseId: unit.enterprise.id,
    unitName,
    name: "陈志刚",
    category: "C",
    expiresOn: addMonths(today, 12),
    status: "REVOKED",
  });
  const stranger = await createCertificate({
    enterpriseId: other.enterprise.id,
    unitName: other.enterprise.name,
    name: "王建华",
    category: "A",
    expiresOn: addMonths(today, 20),
  });
  return { today, unit, other, wang, li, zhang, liu, chen, stranger };
}

async function workbookBuffer(rows: Records<CertificateRow>): Promise<Buffer> {
  const chunks: Buffer[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      chunks.push(Buffer.from(chunk));
      callback();
    },
  });
  await writeExport(CERTIFICATE_EXPORT, rows, sink);
  return Buffer.concat(chunks);
}

describe("证书查询", () => {
  it("lists the unit's own certificates, filtered by category, status and name or number", async () => {
    const s = await setup();
    const actor = s.unit.actor;

    // Without a status filter: the active list, 已注销 left out.
    const all = await enterpriseCertificateRows(actor, {});
    expect(all.map((r) => r.holderName).sort()).toEqual(["刘晓燕", "张国强", "李明轩", "王建华"].sort());
    expect(all.map((r) => r.id)).not.toContain(s.stranger.certificate.id);

    const wang = all.find((r) => r.id === s.wang.certificate.id)!;
    expect(wang).toMatchObject({ status: "有效", category: "A", unitName: s.unit.enterprise.name });
    // The ID number is masked for the enterprise.
    expect(wang.idNumber).not.toBe(s.wang.idNumber);
    expect(wang.idNumber.slice(0, 3)).toBe(s.wang.idNumber.slice(0, 3));

    const categoryC = await enterpriseCertificateRows(actor, { category: "C" });
    expect(categoryC.map((r) => r.holderName).sort()).toEqual(["刘晓燕", "张国强"].sort());
    expect((await enterpriseCertificateRows(actor, { status: "即将到期" })).map((r) => r.holderName)).toEqual([
      "李明轩",
    ]);
    expect((await enterpriseCertificateRows(actor, { status: "已过期" })).map((r) => r.holderName)).toEqual(["张国强"]);
    expect((await enterpriseCertificateRows(actor, { status: "已注销" })).map((r) => r.holderName)).toEqual(["陈志刚"]);
    expect(
      (await enterpriseCertificateRows(actor, { category: "C", status: "有效" })).map((r) => r.holderName),
    ).toEqual(["刘晓燕"]);
    expect(
      (await enterpriseCertificateRows(actor, { category: "A", status: "有效" })).map((r) => r.holderName),
    ).toEqual(["王建华"]);
    expect(await enterpriseCertificateRows(actor, { category: "B", status: "有效" })).toEqual([]);

    // q: holder name, or the certificate number (any case, part of it).
    expect((await enterpriseCertificateRows(actor, { q: "王建" })).map((r) => r.id)).toEqual([s.wang.certificate.id]);
    expect(
      (await enterpriseCertificateRows(actor, { q: ` ${s.li.certificate.number.toLowerCase()} ` })).map((r) => r.id),
    ).toEqual([s.li.certificate.id]);
    expect(await enterpriseCertificateRows(actor, { q: "王建华", category: "B" })).toEqual([]);

    const page = await listEnterpriseCertificates({ actor, filter: { category: "C" }, page: 1 });
    expect(page).toMatchObject({ total: 2, page: 1, pageCount: 1 });
  });

  it("another enterprise sees none of them, and staff cannot use the enterprise query", async () => {
    const s = await setup();
    const theirs = await enterpriseCertificateRows(s.other.actor, {});
    expect(theirs.map((r) => r.id)).toEqual([s.stranger.certificate.id]);
    expect(await enterpriseCertificateRows(s.other.actor, { q: "李明轩" })).toEqual([]);
    expect(await enterpriseCertificateRows(s.other.actor, { q: s.li.certificate.number })).toEqual([]);

    const { actor: reviewer } = await createStaff("REVIEWER");
    await expect(enterpriseCertificateRows(reviewer, {})).rejects.toBeInstanceOf(ForbiddenError);
  });

  it("reads the filter from the query string, ignoring unknown values", () => {
    expect(
      certificateFilterFromParams(
        new URLSearchParams("category=B&status=%E5%8D%B3%E5%B0%86%E5%88%B0%E6%9C%9F&q=+%E7%8E%8B+"),
      ),
    ).toEqual({
      category: "B",
      status: "即将到期",
      q: "王",
    });
    expect(certificateFilterFromParams({ category: "D", status: "whatever", q: "  ", page: "2" })).toEqual({
      category: undefined,
      status: undefined,
      q: undefined,
    });
    expect(certificateFilterFromParams({ category: ["A", "B"] })).toEqual({
      category: undefined,
      status: undefined,
      q: undefined,
    });
  });
});

describe("导出Excel", () => {
  it("writes every matching row to sheet 证书 under a Chinese header", async () => {
    const s = await setup();
    const rows = await enterpriseCertificateRows(s.unit.actor, { category: "C" });
    const buffer = await workbookBuffer(rows);
    expect(buffer.subarray(0, 2).toString("latin1")).toBe("PK");

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((w) => w.name)).toEqual([CERTIFICATE_EXPORT.sheetName]);
    const sheet = workbook.getWorksheet(CERTIFICATE_EXPORT.sheetName)!;

    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    expect(header).toEqual(CERTIFICATE_EXPORT.columns.map((c) => c.header));
    expect(header).toEqual([
      "序号",
      "证书编号",
      "姓名",
      "身份证号",
      "类别",
      "专业",
      "单位名称",
      "发证机关",
      "发证日期",
      "有效期至",
      "状态",
    ]);
    expect(sheet.getColumn(2).width).toBe(20);
    expect(sheet.rowCount).toBe(1 + 2);

    const col = (key: string) => CERTIFICATE_EXPORT.columns.findIndex((c) => c.key === key) + 1;
    const byName = new Map<string, ExcelJS.Row>();
    sheet.eachRow((row, n) => {
      if (n > 1) byName.set(String(row.getCell(col("holderName")).value), row);
    });
    // 陈志刚's certificate is 已注销: not in the default (active) list, so not exported either.
    expect([...byName.keys()].sort()).toEqual(["刘晓燕", "张国强"].sort());

    const zhang = byName.get("张国强")!;
    expect(zhang.getCell(col("number")).value).toBe(s.zhang.certificate.number);
    expect(zhang.getCell(col("idNumber")).value).toBe(rows.find((r) => r.holderName === "张国强")!.idNumber);
    expect(zhang.getCell(col("idNumber")).value).not.toBe(s.zhang.idNumber);
    expect(zhang.getCell(col("category")).value).toBe("C类 专职安全生产管理人员");
    expect(zhang.getCell(col("specialty")).value).toBe("公路");
    expect(zhang.getCell(col("unitName")).value).toBe(s.unit.enterprise.name);
    expect(zhang.getCell(col("status")).value).toBe("已过期");
    const expires = zhang.getCell(col("expiresOn"));
    expect(expires.value).toEqual(fromDateOnly(addDays(s.today, -20)));
    expect(expires.numFmt).toBe("yyyy-mm-dd");

    // The 已注销 filter exports it, with its status.
    const revoked = new ExcelJS.Workbook();
    const revokedRows = await enterpriseCertificateRows(s.unit.actor, { status: "已注销" });
    await revoked.xlsx.load((await workbookBuffer(revokedRows)) as unknown as ArrayBuffer);
    const revokedRow = revoked.getWorksheet(CERTIFICATE_EXPORT.sheetName)!.getRow(2);
    expect(revokedRow.getCell(col("holderName")).value).toBe("陈志刚");
    expect(revokedRow.getCell(col("status")).value).toBe("已注销");
  });

  it("an empty result still gives a workbook with its header", async () => {
    const s = await setup();
    const rows = await enterpriseCertificateRows(s.unit.actor, { q: "不存在的姓名" });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await workbookBuffer(rows)) as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet(CERTIFICATE_EXPORT.sheetName)!;
    expect(sheet.rowCount).toBe(1);
    expect(sheet.getRow(1).getCell(2).value).toBe("证书编号");
  });
});

describe("导出Excel of more rows than one page", () => {
  it("streams every certificate, page after page, in the list's order (category, then number)", async () => {
    const today = todayInShanghai();
    const unit = await createEnterprise({ approved: true });
    const total = 2 * EXPORT_PAGE_SIZE + 500;
    const categories: CertificateCategory[] = ["C", "A", "B"];
    // Inserted out of order (categories interleaved, numbers descending): the order is the query's.
    const people = Array.from({ length: total }, (_, i) => ({
      id: randomUUID(),
      name: `持证人${i}`,
      idNumber: `33010619900101${String(i).padStart(4, "0")}`,
      birthDate: fromDateOnly("1990-01-01"),
    }));
    await db.person.createMany({ data: people });
    await db.certificate.createMany({
      data: people.map((p, i) => ({
        number: `EXP-${String(total - i).padStart(5, "0")}`,
        category: categories[i % 3],
        specialty: "HIGHWAY" as const,
        personId: p.id,
        enterpriseId: unit.enterprise.id,
        unitName: unit.enterprise.name,
        issuingAuthority: "浙江省交通运输厅",
        issuedOn: fromDateOnly(addYears(today, -1)),
        expiresOn: fromDateOnly(addYears(today, 2)),
        status: "ACTIVE" as const,
      })),
    });
    const expected = await db.certificate.findMany({
      where: { enterpriseId: unit.enterprise.id },
      select: { number: true, category: true },
    });
    expected.sort((a, b) => a.category.localeCompare(b.category) || a.number.localeCompare(b.number));

    const workbook = new ExcelJS.Workbook();
    const buffer = await workbookBuffer(streamEnterpriseCertificateRows(unit.actor, {}));
    await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet(CERTIFICATE_EXPORT.sheetName)!;
    expect(sheet.rowCount).toBe(1 + total);
    const written: { index: unknown; number: unknown }[] = [];
    sheet.eachRow((row, n) => {
      if (n > 1) written.push({ index: row.getCell(1).value, number: row.getCell(2).value });
    });
    expect(written.map((w) => w.index)).toEqual(expected.map((_, i) => i + 1));
    expect(written.map((w) => w.number)).toEqual(expected.map((c) => c.number));
  });
});
