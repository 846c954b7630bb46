// 证书查询 (public) and 电子证书: a lookup needs the number AND the holder's name and is limited per
// IP; the QR code's page masks the name; the PDF is real text with the live link in its QR code, only
// for certificates in force, and only for the certificate's unit or holder.
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { addDays, addYears, todayInShanghai } from "@/lib/domain/calendar-date";
import { getCertificateForDownload, renderCertificateDownload } from "@/lib/server/certificates/download-certificate";
import { maskHolderName, verifyCertificate, verifyCertificateById } from "@/lib/server/certificates/verify-certificate";
import { db } from "@/lib/server/db";
import { renderCertificatePdf } from "@/lib/server/documents/e-certificate";
import { env } from "@/lib/server/env";
import { ConflictError, ForbiddenError, NotFoundError, RateLimitedError } from "@/lib/server/errors";
import {
  createEnterprise,
  createHolderAccount,
  createPersonWithCertificate,
  createStaff,
  uniqueIp,
} from "./support/factories";
import { extractText, hasCommand } from "./support/pdf-text";

async function setup() {
  const unit = await createEnterprise({ approved: true });
  const holder = await createPersonWithCertificate({
    enterprise: unit.enterprise,
    name: "王建华",
    category: "B",
    specialty: "WATERWAY",
  });
  return { unit, holder };
}

describe("verifyCertificate (证书查询)", () => {
  it("answers only when the number and the holder's name both match", async () => {
    const { unit, holder } = await setup();
    const ip = uniqueIp();
    const found = await verifyCertificate({ number: holder.certificate.number, holderName: "王建华", ip });
    expect(found).toEqual({
      number: holder.certificate.number,
      holderName: "王建华",
      category: "B",
      specialty: "WATERWAY",
      unitName: unit.enterprise.name,
      issuingAuthority: "浙江省交通运输厅",
      issuedOn: holder.issuedOn,
      expiresOn: holder.expiresOn,
      status: "有效",
      idNumberMasked: `${holder.idNumber.slice(0, 6)}********${holder.idNumber.slice(-4)}`,
    });
    expect(JSON.stringify(found)).not.toContain(holder.idNumber);

    // Wrong name, wrong number, a name that is only part of the real one: the same null.
    expect(await verifyCertificate({ number: holder.certificate.number, holderName: "王建", ip })).toBeNull();
    expect(await verifyCertificate({ number: holder.certificate.number, holderName: "李明轩", ip })).toBeNull();
    expect(
      await verifyCertificate({ number: holder.certificate.number.slice(0, -1) + "9", holderName: "王建华", ip }),
    ).toBeNull();
    expect(
      await verifyCertificate({ number: holder.certificate.number.slice(0, -2), holderName: "王建华", ip }),
    ).toBeNull();
  });

  it("accepts the number in lower case, with spaces around it, or with full-width brackets", async () => {
    const { holder } = await setup();
    const ip = uniqueIp();
    const number = holder.certificate.number; // 浙交安C(25)G00012
    for (const typed of [
      number.toLowerCase(),
      `  ${number} `,
      number.replace("(", "（").replace(")", "）").toLowerCase(),
    ]) {
      expect(await verifyCertificate({ number: typed, holderName: " 王建华 ", ip })).toMatchObject({ number });
    }
  });

  it("shows the status for today and no unit once the certificate has left it", async () => {
    const { holder } = await setup();
    const ip = uniqueIp();
    const lookup = () => verifyCertificate({ number: holder.certificate.number, holderName: "王建华", ip });
    await db.certificate.update({ where: { id: holder.certificate.id }, data: { enterpriseId: null, unitName: null } });
    expect(await lookup()).toMatchObject({ unitName: null, status: "有效" });
    await db.certificate.update({ where: { id: holder.certificate.id }, data: { status: "LAPSED" } });
    expect(await lookup()).toMatchObject({ status: "失效" });
  });

  it("refuses the 31st lookup from one IP within 10 minutes, found or not", async () => {
    const { holder } = await setup();
    const ip = uniqueIp();
    for (let i = 0; i < 30; i++) {
      await verifyCertificate({ number: holder.certificate.number, holderName: i % 2 ? "王建华" : "某某", ip });
    }
    const refused = verifyCertificate({ number: holder.certificate.number, holderName: "王建华", ip });
    await expect(refused).rejects.toBeInstanceOf(RateLimitedError);
    await expect(verifyCertificate({ number: holder.certificate.number, holderName: "王建华", ip })).rejects.toThrow(
      "查询过于频繁，请10分钟后再试",
    );
    // Another IP is not affected.
    expect(
      await verifyCertificate({ number: holder.certificate.number, holderName: "王建华", ip: uniqueIp() }),
    ).not.toBeNull();
  });
});

describe("verifyCertificateById (the QR code's page)", () => {
  it("shows the certificate as it stands now, with the holder's name masked", async () => {
    const { unit, holder } = await setup();
    expect(await verifyCertificateById(holder.certificate.id)).toMatchObject({
      number: holder.certificate.number,
      holderName: "王*华",
      unitName: unit.enterprise.name,
      status: "有效",
    });
    await db.certificate.update({ where: { id: holder.certificate.id }, data: { status: "REVOKED" } });
    expect(await verifyCertificateById(holder.certificate.id)).toMatchObject({ status: "已注销" });
  });

  it("gives null for an unknown or malformed id", async () => {
    expect(await verifyCertificateById("00000000-0000-4000-8000-000000000000")).toBeNull();
    expect(await verifyCertificateById("not-a-uuid")).toBeNull();
    expect(await verifyCertificateById("")).toBeNull();
  });

  it("masks names: the first and last character from three characters, the first of two", () => {
    expect(maskHolderName("王建华")).toBe("王*华");
    expect(maskHolderName("欧阳娜娜")).toBe("欧**娜");
    expect(maskHolderName("王华")).toBe("王*");
    expect(maskHolderName("王")).toBe("*");
  });
});

describe("renderCertificatePdf (电子证书)", () => {
  it("prints the certificate as real text, in a small file", async () => {
    const { unit, holder } = await setup();
    const certificate = await getCertificateForDownload({ actor: unit.actor, certificateId: holder.certificate.id });
    const pdf = await renderCertificatePdf(certificate);

    expect(new TextDecoder().decode(pdf.subarray(0, 5))).toBe("%PDF-");
    expect(pdf.byteLength).toBeLessThan(150 * 1024);
    const text = await extractText(pdf);
    for (const s of [
      "安全生产考核合格证书",
      "王建华",
      holder.certificate.number,
      certificate.idNumberMasked,
      "B类 项目负责人",
      "水运",
      unit.enterprise.name,
      "浙江省交通运输厅",
      "扫码查验证书当前状态",
    ]) {
      expect(text).toContain(s);
    }
    expect(text).not.toContain(holder.idNumber);
  });

  it.skipIf(!hasCommand("pdftoppm") || !hasCommand("zbarimg"))(
    "encodes the live verification page in the QR code",
    async () => {
      const { unit, holder } = await setup();
      const pdf = await renderCertificatePdf(
        await getCertificateForDownload({ actor: unit.actor, certificateId: holder.certificate.id }),
      );
      const dir = mkdtempSync(path.join(os.tmpdir(), "e-cert-qr-"));
      try {
        writeFileSync(path.join(dir, "certificate.pdf"), pdf);
        execFileSync("pdftoppm", ["-png", "-r", "150", "-singlefile", "certificate.pdf", "page"], { cwd: dir });
        const decoded = execFileSync("zbarimg", ["-q", "--raw", "page.png"], { cwd: dir, encoding: "utf8" }).trim();
        expect(decoded).toBe(`${env.appUrl}/verify/${holder.certificate.id}`);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  );

  it("is offered while the certificate is 有效 or 即将到期, and refused once it is not", async () => {
    const unit = await createEnterprise({ approved: true });
    const today = todayInShanghai();
    const expiring = await createPersonWithCertificate({ enterprise: unit.enterprise, expiresOn: addDays(today, 30) });
    const expired = await createPersonWithCertificate({
      enterprise: unit.enterprise,
      issuedOn: addYears(today, -3),
      expiresOn: addDays(today, -10),
    });
    const lapsed = await createPersonWithCertificate({ enterprise: unit.enterprise, status: "LAPSED" });
    const revoked = await createPersonWithCertificate({ enterprise: unit.enterprise, status: "REVOKED" });

    const download = (certificateId: string) => renderCertificateDownload({ actor: unit.actor, certificateId });
    const ok = await download(expiring.certificate.id);
    expect(ok.fileName).toBe(`电子证书-${expiring.certificate.number}.pdf`);

    const row = await getCertificateForDownload({ actor: unit.actor, certificateId: lapsed.certificate.id });
    expect(row.status).toBe("失效");
    await expect(renderCertificatePdf(row)).rejects.toThrow(new ConflictError("证书当前状态为失效，不提供电子证书"));
    await expect(download(lapsed.certificate.id)).rejects.toBeInstanceOf(ConflictError);
    await expect(download(revoked.certificate.id)).rejects.toThrow("证书当前状态为已注销，不提供电子证书");
    await expect(download(expired.certificate.id)).rejects.toThrow(/证书当前状态为(已过期|失效)，不提供电子证书/);
  });
});

describe("getCertificateForDownload (ownership)", () => {
  it("gives a unit only its own certificates and a holder only their own", async () => {
    const { unit, holder } = await setup();
    const other = await createEnterprise({ approved: true });
    const stranger = await createPersonWithCertificate({ enterprise: other.enterprise, name: "李明轩" });
    const holderAccount = await createHolderAccount(holder.person);
    const strangerAccount = await createHolderAccount(stranger.person);
    const id = holder.certificate.id;

    expect(await getCertificateForDownload({ actor: unit.actor, certificateId: id })).toMatchObject({
      id,
      holderName: "王建华",
    });
    expect(await getCertificateForDownload({ actor: holderAccount.actor, certificateId: id })).toMatchObject({ id });
    const pdf = await renderCertificateDownload({ actor: holderAccount.actor, certificateId: id });
    expect(pdf.fileName).toBe(`电子证书-${holder.certificate.number}.pdf`);

    await expect(getCertificateForDownload({ actor: other.actor, certificateId: id })).rejects.toBeInstanceOf(
      NotFoundError,
    );
    await expect(getCertificateForDownload({ actor: strangerAccount.actor, certificateId: id })).rejects.toBeInstanceOf(
      NotFoundError,
    );
    await expect(renderCertificateDownload({ actor: other.actor, certificateId: id })).rejects.toBeInstanceOf(
      NotFoundError,
    );
    await expect(getCertificateForDownload({ actor: unit.actor, certificateId: "not-a-uuid" })).rejects.toBeInstanceOf(
      NotFoundError,
    );
    await expect(
      getCertificateForDownload({ actor: unit.actor, certificateId: "00000000-0000-4000-8000-000000000000" }),
    ).rejects.toBeInstanceOf(NotFoundError);

    // A unit whose registration is not approved sees nothing; staff are not served here.
    await db.enterprise.update({ where: { id: unit.enterprise.id }, data: { approvedAt: null } });
    await expect(
      getCertificateForDownload({ actor: { ...unit.actor, enterpriseApproved: false }, certificateId: id }),
    ).rejects.toBeInstanceOf(NotFoundError);
    const staff = await createStaff("REVIEWER");
    await expect(getCertificateForDownload({ actor: staff.actor, certificateId: id })).rejects.toBeInstanceOf(
      ForbiddenError,
    );

    // After 调出 the unit no longer has it; the holder still does, printed with 单位名称 无.
    await db.certificate.update({ where: { id }, data: { enterpriseId: null, unitName: null } });
    await db.enterprise.update({ where: { id: unit.enterprise.id }, data: { approvedAt: new Date() } });
    await expect(getCertificateForDownload({ actor: unit.actor, certificateId: id })).rejects.toBeInstanceOf(
      NotFoundError,
    );
    const moved = await getCertificateForDownload({ actor: holderAccount.actor, certificateId: id });
    expect(moved.unitName).toBeNull();
    expect((await extractText(await renderCertificatePdf(moved))).replace(/\s/g, "")).toContain("单位名称：无");
  });
});
