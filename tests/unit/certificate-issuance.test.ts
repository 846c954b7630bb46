// 首次核发 rules that need no database: the row format, duplicates, the context checks, the expiry.
import { describe, expect, it } from "vitest";
import { expiryFromIssue } from "@/lib/domain/certificate-dates";
import {
  genderOfIdNumber,
  isZipArchive,
  normalizeDateText,
  type ImportRow,
  type IssuanceContext,
} from "@/lib/domain/certificate-issuance";
import { idNumberCheckChar } from "@/lib/domain/id-number";
import { checkIssuanceRows, issuanceRowSchema } from "@/lib/schemas/issuance.schema";
import fixtures from "@/tests/fixtures/certificate-dates.json";

const id = (first17: string) => first17 + idNumberCheckChar(first17);
const MAN = id("33010619900101001"); // 17th digit 1: 男
const WOMAN = id("33010619900101002");
const UNIT = "91330100MA2AB1CD2N";

const row = (line: number, over: Partial<ImportRow> = {}): ImportRow => ({
  line,
  name: "李明",
  idNumber: MAN,
  gender: "男",
  category: "C",
  specialty: "公路",
  creditCode: "",
  issuedOn: "2026-03-05",
  ...over,
});

const empty: IssuanceContext = { units: new Map(), persons: new Map(), activeCertificates: new Map() };
const messages = (rows: ImportRow[], context = empty) =>
  checkIssuanceRows(rows, context).map((r) => r.errors.map((e) => e.message));

describe("row format", () => {
  it("accepts the template's words and normalises them", () => {
    const parsed = issuanceRowSchema.parse({
      ...row(2, { category: "b类", issuedOn: "2026/3/5", idNumber: ` ${MAN} ` }),
    });
    expect(parsed).toEqual({
      name: "李明",
      idNumber: MAN,
      gender: "男",
      category: "B",
      specialty: "HIGHWAY",
      creditCode: null,
      issuedOn: "2026-03-05",
    });
    expect(issuanceRowSchema.parse(row(2, { creditCode: UNIT.toLowerCase(), specialty: "水运" }))).toMatchObject({
      creditCode: UNIT,
      specialty: "WATERWAY",
    });
  });

  it("names each wrong cell", () => {
    expect(
      messages([row(2, { name: "", gender: "未知", category: "D", specialty: "铁路", issuedOn: "明天" })]),
    ).toEqual([
      [
        "请填写姓名",
        "性别应为“男”或“女”",
        "类别应为 A、B 或 C",
        "专业应为“公路”或“水运”",
        "发证日期格式不正确，应为 YYYY-MM-DD",
      ],
    ]);
    expect(messages([row(2, { idNumber: "123" }), row(3, { creditCode: "91330100MA2AB1CD2X" })])).toEqual([
      ["身份证号应为18位"],
      ["统一社会信用代码不正确，请核对"],
    ]);
    expect(messages([row(2, { issuedOn: "2999-01-01" })])).toEqual([["发证日期不能晚于今天"]]);
  });

  it("checks 性别 against the 17th digit of the 身份证号", () => {
    expect(genderOfIdNumber(MAN)).toBe("男");
    expect(genderOfIdNumber(WOMAN)).toBe("女");
    expect(messages([row(2, { idNumber: WOMAN })])).toEqual([["性别与身份证号不符（身份证号为女性）"]]);
  });
});

describe("rows against each other and the database", () => {
  it("reports a repeated 身份证号 + 类别 + 专业 with the line it repeats; another category is not a repeat", () => {
    expect(messages([row(2), row(3, { category: "A" }), row(4)])).toEqual([
      [],
      [],
      ["与第2行重复（身份证号、类别、专业相同）"],
    ]);
  });

  it("reports one 身份证号 under two names", () => {
    expect(messages([row(2), row(3, { category: "A", name: "李敏" })])).toEqual([
      [],
      ["与第2行身份证号相同但姓名不同"],
    ]);
  });

  it("reports an unknown unit, a different recorded name and a certificate already held", () => {
    const context: IssuanceContext = {
      units: new Map([[UNIT, { id: "u", name: "浙江示例路桥工程有限公司" }]]),
      persons: new Map([[MAN, { id: "p", name: "李明" }]]),
      activeCertificates: new Map([[`${MAN}|C|HIGHWAY`, "浙交安C(24)G00001"]]),
    };
    expect(
      messages(
        [
          row(2, { creditCode: UNIT }),
          row(3, { category: "A", creditCode: "91330100MA2EF3GH4F" }),
          row(4, { category: "B", name: "李敏" }),
          row(5, { category: "B", specialty: "水运", creditCode: UNIT }),
        ],
        context,
      ),
    ).toEqual([
      ["该人员已持有有效的C类公路证书（浙交安C(24)G00001），不能重复核发"],
      ["单位不存在或未审核通过（请核对统一社会信用代码）"],
      ["姓名与该身份证号已登记的姓名（李明）不一致", "与第2行身份证号相同但姓名不同"],
      [],
    ]);
  });
});

describe("helpers", () => {
  it("tells an xlsx (zip) from other bytes", () => {
    expect(isZipArchive(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0]))).toBe(true);
    expect(isZipArchive(new TextEncoder().encode("%PDF-1.7"))).toBe(false);
  });

  it("reads the usual ways of writing a date", () => {
    expect(normalizeDateText("2026/3/5")).toBe("2026-03-05");
    expect(normalizeDateText("2026.03.05")).toBe("2026-03-05");
    expect(normalizeDateText("2026年3月5日")).toBe("2026-03-05");
    expect(normalizeDateText(" 2026-03-05 ")).toBe("2026-03-05");
    expect(normalizeDateText("3/5/2026")).toBe("3/5/2026");
  });

  it.each(fixtures.cases)("expiry of a certificate issued $expiry is 3 years on, clamped ($renewedExpiry)", (c) => {
    expect(expiryFromIssue(c.expiry)).toBe(c.renewedExpiry);
  });
});
