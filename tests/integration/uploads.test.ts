// saveUpload judges a file by its size and its first bytes, never by its name or claimed type.
import { readFile } from "node:fs/promises";
import path from "node:path";
import { PDFDocument, PDFName, PDFString } from "pdf-lib";
import { describe, expect, it } from "vitest";
import { MAX_UPLOAD_BYTES } from "@/lib/domain/upload-rules";
import { db } from "@/lib/server/db";
import { InvalidInputError } from "@/lib/server/errors";
import { readFileForActor } from "@/lib/server/files/read-file";
import { saveUpload } from "@/lib/server/files/save-upload";
import { registerEnterprise } from "@/lib/server/registration/register-enterprise";
import {
  createStaff,
  enterpriseFields,
  issueCode,
  pdfBytes,
  pdfFile,
  pngBytes,
  sha256,
  uniqueIp,
} from "./support/factories";

/** What a Windows executable looks like: "MZ", then the DOS stub. */
function exeBytes(): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(512);
  bytes.set([0x4d, 0x5a, 0x90, 0x00, 0x03]);
  bytes.set(new TextEncoder().encode("This program cannot be run in DOS mode."), 78);
  return bytes;
}

describe("saveUpload", () => {
  it("refuses an executable renamed to .pdf and declared as application/pdf", async () => {
    const file = new File([exeBytes()], "营业执照.pdf", { type: "application/pdf" });
    const attempt = saveUpload({ file, field: "licenseFile" });
    await expect(attempt).rejects.toBeInstanceOf(InvalidInputError);
    await expect(attempt).rejects.toMatchObject({
      fieldErrors: { licenseFile: [expect.stringContaining("不是 PDF、JPG 或 PNG")] },
    });
    expect(await db.storedFile.count()).toBe(0);
  });

  it("refuses other look-alikes: HTML named .png, a PDF header not at the start, an empty file", async () => {
    const cases = [
      new File(["<html><script>alert(1)</script></html>"], "a.png", { type: "image/png" }),
      new File([" %PDF-1.4\n"], "a.pdf", { type: "application/pdf" }),
      new File([], "empty.pdf", { type: "application/pdf" }),
    ];
    for (const file of cases) {
      await expect(saveUpload({ file, field: "qualificationFile" })).rejects.toBeInstanceOf(InvalidInputError);
    }
    expect(await db.storedFile.count()).toBe(0);
  });

  it("refuses a file over 10 MB, and accepts one of exactly 10 MB", async () => {
    const tooBig = new Uint8Array(MAX_UPLOAD_BYTES + 1);
    tooBig.set(pdfBytes().subarray(0, 8)); // a real PDF header: only the size is wrong
    const attempt = saveUpload({
      file: new File([tooBig], "big.pdf", { type: "application/pdf" }),
      field: "licenseFile",
    });
    await expect(attempt).rejects.toBeInstanceOf(InvalidInputError);
    await expect(attempt).rejects.toMatchObject({ fieldErrors: { licenseFile: ["文件不能超过 10 MB"] } });
    expect(await db.storedFile.count()).toBe(0);

    const justRight = tooBig.subarray(0, MAX_UPLOAD_BYTES);
    const id = await saveUpload({ file: new File([justRight], "ok.pdf"), field: "licenseFile" });
    expect(await db.storedFile.findUniqueOrThrow({ where: { id } })).toMatchObject({
      size: MAX_UPLOAD_BYTES,
      mimeType: "application/pdf",
    });
  });

  it("stores a real PNG with the sniffed type, its size and sha256, under its base name only", async () => {
    const bytes = pngBytes();
    // A crafted request may put a path in the name: only the last segment is kept.
    const file = new File([bytes], "..\\..\\扫描/../资质证书扫描件.png", { type: "" });
    const { actor: reviewer, account } = await createStaff("REVIEWER");
    const id = await saveUpload({ file, field: "qualificationFile", uploadedById: account.id });

    const row = await db.storedFile.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({
      mimeType: "image/png",
      originalName: "资质证书扫描件.png",
      size: bytes.length,
      sha256: sha256(bytes),
      uploadedById: account.id,
      enterpriseId: null,
    });
    expect(row.sha256).toBe("b1ff9c8ea3a780bad09b346c423d2d0e46815926879b18e841d928376a946640"); // sha256sum of the fixture

    // The bytes are on disk under the key, unchanged.
    const onDisk = await readFile(path.join(process.env.FILE_STORAGE_DIR!, row.key));
    expect(sha256(onDisk)).toBe(row.sha256);
    const read = await readFileForActor({ actor: reviewer, fileId: id });
    expect(Buffer.from(read.bytes).equals(Buffer.from(bytes))).toBe(true);
  });

  it("a JPEG is recognised as image/jpeg", async () => {
    const jpeg = Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, 0xff, 0xd9]);
    const id = await saveUpload({ file: new File([jpeg], "photo.JPEG"), field: "licenseFile" });
    expect(await db.storedFile.findUniqueOrThrow({ where: { id } })).toMatchObject({
      mimeType: "image/jpeg",
      originalName: "photo.jpg",
    });
  });
});

describe("disguised, empty, named with a path, active PDF content", () => {
  async function refused(file: File, message: string | RegExp) {
    const attempt = saveUpload({ file, field: "licenseFile" });
    await expect(attempt).rejects.toBeInstanceOf(InvalidInputError);
    await expect(attempt).rejects.toMatchObject({ fieldErrors: { licenseFile: [expect.stringMatching(message)] } });
    expect(await db.storedFile.count()).toBe(0);
  }

  it("PNG bytes named .pdf, or declared application/pdf, are refused (a file is what it says it is)", async () => {
    await refused(new File([pngBytes()], "营业执照.pdf", { type: "application/pdf" }), "扩展名与内容不符");
    await refused(new File([pngBytes()], "营业执照.png", { type: "application/pdf" }), "扩展名与内容不符");
    await refused(new File([pdfBytes()], "营业执照.jpg", { type: "image/jpeg" }), "扩展名与内容不符");
  });

  it("a zero-byte file is refused with its own message", async () => {
    await refused(new File([], "营业执照.pdf", { type: "application/pdf" }), "文件为空");
  });

  it("control characters or a right-to-left override in the name are refused", async () => {
    await refused(new File([pdfBytes()], "营业执照\r\nX-Injected: 1.pdf"), "文件名含有不允许的字符");
    await refused(new File([pdfBytes()], "营业执照\u202Efdp.exe.pdf"), "文件名含有不允许的字符");
  });

  it("a path in the name is dropped: /etc/passwd-like and Windows paths keep only the base name", async () => {
    for (const [name, stored] of [
      ["../../../etc/营业执照.pdf", "营业执照.pdf"],
      ["C:\\Users\\张三\\Desktop\\营业执照.pdf", "营业执照.pdf"],
      ["/..", "附件.pdf"],
    ]) {
      const id = await saveUpload({ file: new File([pdfBytes()], name), field: "licenseFile" });
      expect((await db.storedFile.findUniqueOrThrow({ where: { id } })).originalName).toBe(stored);
    }
  });

  it("a clean PDF with compressed object streams (as pdf-lib and most tools write) is accepted", async () => {
    const doc = await PDFDocument.create();
    doc.addPage().drawText("licence scan");
    const bytes = await doc.save({ useObjectStreams: true });
    expect(Buffer.from(bytes).toString("latin1")).toContain("/ObjStm");
    await saveUpload({ file: new File([bytes.slice()], "营业执照.pdf"), field: "licenseFile" });
  });

  describe("a PDF with active content is refused", () => {
    const ACTIVE = "含有脚本、自动操作或嵌入文件";
    const plain = (dictionary: string) =>
      new File(
        [
          new TextEncoder().encode(
            Buffer.from(pdfBytes())
              .toString("latin1")
              .replace("<< /Type /Catalog /Pages 2 0 R >>", `<< /Type /Catalog /Pages 2 0 R ${dictionary} >>`),
          ),
        ],
        "a.pdf",
      );

    it("/OpenAction with /JavaScript, /Launch, an /EmbeddedFile, in plain bytes", async () => {
      await refused(plain("/OpenAction << /S /JavaScript /JS (app.alert(1)) >>"), ACTIVE);
      await refused(plain("/OpenAction << /S /Launch /F (cmd.exe) >>"), ACTIVE);
      await refused(plain("/Names << /EmbeddedFiles << /Names [(a.exe) 9 0 R] >> >>"), ACTIVE);
      await refused(plain("/AA << /O << /S /JavaScript /JS 9 0 R >> >>"), ACTIVE);
    });

    it("names spelt with #xx escapes (/J#61vaScript)", async () => {
      await refused(plain("/OpenAction << /S /J#61vaScript /J#53 (app.alert(1)) >>"), ACTIVE);
    });

    it("JavaScript hidden in a compressed object stream (pdf-lib, useObjectStreams)", async () => {
      const doc = await PDFDocument.create();
      doc.addPage();
      const action = doc.context.obj({ Type: "Action", S: "JavaScript", JS: PDFString.of("app.alert(1)") });
      doc.catalog.set(PDFName.of("OpenAction"), doc.context.register(action));
      const bytes = await doc.save({ useObjectStreams: true });
      expect(Buffer.from(bytes).toString("latin1")).not.toMatch(/\/JavaScript|\/OpenAction/); // compressed away
      await refused(new File([bytes.slice()], "营业执照.pdf"), ACTIVE);
    });

    it("an attached file (pdf-lib attach)", async () => {
      const doc = await PDFDocument.create();
      doc.addPage();
      await doc.attach(new TextEncoder().encode("MZ"), "payload.exe", { mimeType: "application/octet-stream" });
      await refused(new File([(await doc.save()).slice()], "营业执照.pdf"), ACTIVE);
    });

    it("an object stream that does not inflate is refused as unreadable, not passed", async () => {
      const broken = `%PDF-1.5\n1 0 obj\n<< /Type /ObjStm /N 1 /First 4 /Filter /FlateDecode /Length 9 >>\nstream\nnot-zlib!\nendstream\nendobj\n%%EOF\n`;
      await refused(new File([broken], "a.pdf"), "无法检查该 PDF");
    });
  });
});

describe("uploads in registration", () => {
  it("a disguised executable refuses the registration, per field, and creates nothing", async () => {
    const fields = enterpriseFields();
    const code = await issueCode("REGISTER", fields.email);
    const attempt = registerEnterprise({
      fields,
      code,
      password: "Passw0rd!x",
      licenseFile: pdfFile(),
      qualificationFile: new File([exeBytes()], "资质证书.png", { type: "image/png" }),
      ip: uniqueIp(),
    });
    await expect(attempt).rejects.toBeInstanceOf(InvalidInputError);
    await expect(attempt).rejects.toMatchObject({ fieldErrors: { qualificationFile: expect.any(Array) } });
    expect(await db.enterprise.count()).toBe(0);
    expect(await db.account.count()).toBe(0);
    // The code is still unused, so the user can fix the file and submit again.
    expect((await db.emailCode.findFirstOrThrow({ where: { email: fields.email } })).consumedAt).toBeNull();
  });
});
