// Printable application forms: the CJK text must be real, extractable text (not empty boxes), the
// file small, and the QR code's signed link must verify only while untouched.
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { PDFDocument, PDFName, PDFRawStream } from "pdf-lib";
import { afterEach, describe, expect, it } from "vitest";
import { renderApplicationFormPdf, type ApplicationFormData } from "@/lib/server/documents/application-form";
import { signFormToken, verifyFormToken, type FormClaims } from "@/lib/server/documents/form-token";
import { renderHolderForm } from "@/lib/server/documents/render-holder-form";
import { extractText, hasCommand } from "./support/pdf-text";

const OLD_UNIT = "浙江示例路桥工程有限公司";
const NEW_UNIT = "浙江示例交通集团有限公司";

const claims: FormClaims = {
  kind: "单位信息变更",
  certificateNumber: "浙交安B（2023）0012345",
  holderName: "张三丰",
  fields: { 原单位名称: OLD_UNIT, 新单位名称: NEW_UNIT },
  generatedOn: "2025-06-01",
};

function formData(verifyUrl: string): ApplicationFormData {
  return {
    title: "安管人员证书单位信息变更申请表",
    rows: [
      ["姓名", "张三丰"],
      ["身份证号", "330102199001011234"],
      ["证书编号", claims.certificateNumber],
      ["类别", "B类（项目负责人）"],
      ["专业", "公路工程"],
      ["原单位名称", OLD_UNIT],
      ["新单位名称", NEW_UNIT],
    ],
    declaration: "本人承诺：以上所填信息及所附材料真实、准确、完整，如有虚假，本人愿意承担相应的法律责任。",
    signatureBoxes: ["持证人签字", "单位盖章"],
    verifyUrl,
    generatedOn: "2025-06-01",
    footer: "本表由交通运输工程施工单位安管人员安全生产考核管理信息系统生成。",
  };
}

describe("renderApplicationFormPdf", () => {
  const verifyUrl = `http://localhost:3000/forms/verify?t=${signFormToken(claims)}`;

  it("prints the CJK text as real text (extractable through ToUnicode), in a small file", async () => {
    const pdf = await renderApplicationFormPdf(formData(verifyUrl));

    expect(new TextDecoder().decode(pdf.subarray(0, 5))).toBe("%PDF-");
    expect(pdf.byteLength).toBeLessThan(200 * 1024);

    const text = await extractText(pdf);
    for (const s of [
      "安管人员证书单位信息变更申请表",
      "张三丰",
      OLD_UNIT,
      NEW_UNIT,
      "生成日期：2025-06-01",
      "扫码核验申请表",
    ]) {
      expect(text).toContain(s);
    }
  });

  it("embeds one subset CFF font declared as OpenType, and the QR code as an image", async () => {
    const pdf = await renderApplicationFormPdf(formData(verifyUrl));
    const doc = await PDFDocument.load(pdf);
    const streams = doc.context
      .enumerateIndirectObjects()
      .flatMap(([, obj]) => (obj instanceof PDFRawStream ? [obj] : []));

    const fontFiles = streams.filter((s) => s.dict.get(PDFName.of("Subtype")) === PDFName.of("OpenType"));
    expect(fontFiles).toHaveLength(1);
    expect(fontFiles[0].contents.byteLength).toBeLessThan(60 * 1024); // a subset, not the 8 MB font

    const images = streams.filter((s) => s.dict.get(PDFName.of("Subtype")) === PDFName.of("Image"));
    expect(images).toHaveLength(1);
    expect(images[0].dict.get(PDFName.of("Width"))?.toString()).toBe(
      images[0].dict.get(PDFName.of("Height"))?.toString(),
    );
  });

  it.skipIf(!hasCommand("pdftoppm") || !hasCommand("zbarimg"))(
    "encodes the verification link in the QR code",
    async () => {
      const pdf = await renderApplicationFormPdf(formData(verifyUrl));
      const dir = mkdtempSync(path.join(os.tmpdir(), "form-qr-"));
      try {
        writeFileSync(path.join(dir, "form.pdf"), pdf);
        execFileSync("pdftoppm", ["-png", "-r", "150", "-f", "1", "-l", "1", "-singlefile", "form.pdf", "page"], {
          cwd: dir,
        });
        const decoded = execFileSync("zbarimg", ["-q", "--raw", "page.png"], { cwd: dir, encoding: "utf8" }).trim();
        expect(decoded).toBe(verifyUrl);
        expect(verifyFormToken(new URL(decoded).searchParams.get("t")!)).toEqual(claims);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  );

  it("wraps long values and continues the table on further pages", async () => {
    const reason = "因工作调动，本人已与原单位解除劳动合同，并与新单位签订劳动合同，现申请变更证书所属单位。".repeat(
      40,
    );
    const data = formData(verifyUrl);
    data.rows.push(["变更原因", reason]);
    const pdf = await renderApplicationFormPdf(data);
    const doc = await PDFDocument.load(pdf);
    expect(doc.getPageCount()).toBeGreaterThan(1);
    const text = (await extractText(pdf)).replace(/\s/g, "");
    // All of it is there, across the page break (where the footer and （续） interrupt it).
    expect(text.split("因工作调动").length - 1).toBe(40);
    expect(text.split("现申请变更证书所属单位。").length - 1).toBe(40);
    expect(text).toContain("（续）");
    expect(text).toContain(`第1页共${doc.getPageCount()}页`);
  });
});

describe("form tokens", () => {
  const secret = process.env.AUTH_SECRET;
  afterEach(() => {
    process.env.AUTH_SECRET = secret;
  });

  it("round-trips the claims and stays short enough for a QR code", () => {
    const token = signFormToken(claims);
    expect(token).toMatch(/^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]{43}$/);
    expect(token.length).toBeLessThan(600);
    expect(verifyFormToken(token)).toEqual(claims);
  });

  it("rejects a tampered payload", () => {
    const [payload, signature] = signFormToken(claims).split(".");
    const json = JSON.parse(Buffer.from(payload, "base64url").toString("utf8"));
    json.f["新单位名称"] = "浙江另一家公司";
    const forged = `${Buffer.from(JSON.stringify(json)).toString("base64url")}.${signature}`;
    expect(verifyFormToken(forged)).toBeNull();
    // One flipped character anywhere in the payload is enough.
    const flipped = (payload[5] === "A" ? "B" : "A") as string;
    expect(verifyFormToken(`${payload.slice(0, 5)}${flipped}${payload.slice(6)}.${signature}`)).toBeNull();
  });

  it("rejects a tampered or truncated signature", () => {
    const [payload, signature] = signFormToken(claims).split(".");
    const last = signature.at(-1) === "A" ? "B" : "A";
    expect(verifyFormToken(`${payload}.${signature.slice(0, -1)}${last}`)).toBeNull();
    expect(verifyFormToken(`${payload}.${signature.slice(0, -2)}`)).toBeNull();
    expect(verifyFormToken(`${payload}.`)).toBeNull();
    expect(verifyFormToken(payload)).toBeNull();
  });

  it("rejects a token signed with another secret", () => {
    const token = signFormToken(claims);
    process.env.AUTH_SECRET = "another-deployment-secret";
    expect(verifyFormToken(token)).toBeNull();
  });

  it("returns null for garbage, never throws", () => {
    for (const garbage of [
      "",
      ".",
      "..",
      "abc",
      "a.b",
      "a.b.c",
      "!!!.???",
      "😀.😀",
      "x".repeat(10_000),
      `${"A".repeat(43)}.${"A".repeat(43)}`,
    ]) {
      expect(verifyFormToken(garbage)).toBeNull();
    }
    expect(verifyFormToken(undefined as unknown as string)).toBeNull();
  });

  it("refuses to sign without AUTH_SECRET", () => {
    delete process.env.AUTH_SECRET;
    expect(() => signFormToken(claims)).toThrow(/AUTH_SECRET/);
  });
});

describe("renderHolderForm", () => {
  it("prints the holder and certificate first (ID masked), then the kind's rows and the date; names the file", async () => {
    const { pdf, fileName } = await renderHolderForm({
      kind: "单位信息变更",
      title: "安管人员证书单位信息变更申请表",
      certificate: {
        number: "浙交安B(23)G00012",
        category: "B",
        specialty: "HIGHWAY",
        person: { name: "张三丰", idNumber: "330102199001011234" },
      },
      rows: [
        ["原单位名称", OLD_UNIT],
        ["新单位名称", NEW_UNIT],
      ],
      signed: { 原单位名称: OLD_UNIT, 新单位名称: NEW_UNIT },
      declaration: "本人及本单位承诺所填信息真实、准确。",
    });
    expect(fileName).toBe("单位信息变更申请表-张三丰-浙交安B(23)G00012.pdf");
    const text = await extractText(pdf);
    expect(text).not.toContain("330102199001011234");
    const order = [
      "姓名",
      "张三丰",
      "身份证号",
      "证书编号",
      "浙交安B(23)G00012",
      "类别",
      "专业",
      "公路",
      "原单位名称",
      OLD_UNIT,
      "新单位名称",
      NEW_UNIT,
      "申请日期",
    ];
    const positions = order.map((s) => text.indexOf(s));
    expect(
      positions.every((p) => p >= 0),
      JSON.stringify(positions),
    ).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(text).toContain("持证人签字");
  });
});
