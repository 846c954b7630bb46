// 企业注册 end to end: register → reject → resubmit → approve, against the real database.
import { describe, expect, it } from "vitest";
import { verifyPassword } from "@/lib/server/auth/password";
import { db } from "@/lib/server/db";
import { InvalidInputError } from "@/lib/server/errors";
import { decideApplication } from "@/lib/server/workflow/decide-application";
import { registerEnterprise } from "@/lib/server/registration/register-enterprise";
import { resubmitRegistration } from "@/lib/server/registration/resubmit-registration";
import {
  createEnterprise,
  createStaff,
  enterpriseFields,
  issueCode,
  pdfFile,
  pngBytes,
  pngFile,
  registerViaUseCase,
  sha256,
  uniqueIp,
} from "./support/factories";

describe("registerEnterprise", () => {
  it("creates the account, enterprise, pending application, submit event and owned files", async () => {
    const reg = await registerViaUseCase();

    const account = await db.account.findUniqueOrThrow({ where: { id: reg.accountId } });
    expect(account.role).toBe("ENTERPRISE");
    expect(account.displayName).toBe(reg.fields.name);
    expect(account.passwordHash).not.toContain(reg.password);
    expect(await verifyPassword(account.passwordHash, reg.password)).toBe(true);

    const enterprise = await db.enterprise.findUniqueOrThrow({ where: { id: reg.enterpriseId } });
    expect(enterprise).toMatchObject({
      accountId: reg.accountId,
      name: reg.fields.name,
      creditCode: reg.fields.creditCode,
      email: reg.fields.email,
      approvedAt: null,
    });
    expect(enterprise.qualificationExpiry.toISOString()).toBe("2029-06-30T00:00:00.000Z");

    const app = await db.application.findUniqueOrThrow({ where: { id: reg.applicationId } });
    expect(app).toMatchObject({
      kind: "ENTERPRISE_REGISTRATION",
      status: "PENDING_REVIEW",
      enterpriseId: reg.enterpriseId,
      version: 0,
      decidedAt: null,
    });
    expect(app.payload).toMatchObject({
      creditCode: reg.fields.creditCode,
      licenseFileId: enterprise.licenseFileId,
      qualificationFileId: enterprise.qualificationFileId,
    });

    const events = await db.applicationEvent.findMany({ where: { applicationId: reg.applicationId } });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      action: "submit",
      fromStatus: null,
      toStatus: "PENDING_REVIEW",
      actorId: reg.accountId,
      actorRole: "ENTERPRISE",
    });

    const files = await db.storedFile.findMany({ orderBy: { originalName: "asc" } });
    expect(files).toHaveLength(2);
    for (const file of files) {
      expect(file.enterpriseId).toBe(reg.enterpriseId);
      expect(file.uploadedById).toBe(reg.accountId);
    }
    expect(files.map((f) => f.id).sort()).toEqual([enterprise.licenseFileId, enterprise.qualificationFileId].sort());
    const qualification = files.find((f) => f.id === enterprise.qualificationFileId)!;
    expect(qualification).toMatchObject({
      mimeType: "image/png",
      originalName: "资质证书.png",
      sha256: sha256(pngBytes()),
    });

    // The code was consumed.
    const code = await db.emailCode.findFirstOrThrow({ where: { email: reg.fields.email, purpose: "REGISTER" } });
    expect(code.consumedAt).not.toBeNull();
  });

  it("goes through reject (opinion required) → resubmit → approve", async () => {
    const reg = await registerViaUseCase();
    const { actor: reviewer } = await createStaff("REVIEWER");
    const enterpriseBefore = await db.enterprise.findUniqueOrThrow({ where: { id: reg.enterpriseId } });

    // 不通过 without a reason is refused, and nothing changes.
    for (const opinion of [undefined, "", "   "]) {
      const attempt = decideApplication({
        kind: "ENTERPRISE_REGISTRATION",
        actor: reviewer,
        applicationId: reg.applicationId,
        expectedVersion: 0,
        action: "reject",
        opinion,
      });
      await expect(attempt).rejects.toBeInstanceOf(InvalidInputError);
      await expect(attempt).rejects.toMatchObject({ fieldErrors: { opinion: expect.any(Array) } });
    }
    expect(await db.application.findUniqueOrThrow({ where: { id: reg.applicationId } })).toMatchObject({
      status: "PENDING_REVIEW",
      version: 0,
    });
    expect(await db.applicationEvent.count()).toBe(1);
    const mailsBefore = await db.outboxMessage.count();

    // 不通过 with a reason.
    const opinion = "营业执照扫描件不清晰，请重新上传。";
    const rejected = await decideApplication({
      kind: "ENTERPRISE_REGISTRATION",
      actor: reviewer,
      applicationId: reg.applicationId,
      expectedVersion: 0,
      action: "reject",
      opinion,
    });
    expect(rejected).toEqual({ id: reg.applicationId, status: "REJECTED", version: 1 });
    const afterReject = await db.application.findUniqueOrThrow({ where: { id: reg.applicationId } });
    expect(afterReject).toMatchObject({ status: "REJECTED", version: 1 });
    expect(afterReject.decidedAt).not.toBeNull();
    const rejectEvent = await db.applicationEvent.findFirstOrThrow({
      where: { applicationId: reg.applicationId, action: "reject" },
    });
    expect(rejectEvent).toMatchObject({
      fromStatus: "PENDING_REVIEW",
      toStatus: "REJECTED",
      actorId: reviewer.accountId,
      actorRole: "REVIEWER",
      opinion,
    });
    const mails = await db.outboxMessage.findMany({ orderBy: { id: "asc" }, skip: mailsBefore });
    expect(mails).toHaveLength(1);
    expect(mails[0].to).toBe(reg.fields.email);
    expect(mails[0].subject).toContain("审核不通过");
    expect(mails[0].text).toContain(opinion);
    expect(mails[0].sentAt).toBeNull();
    expect((await db.enterprise.findUniqueOrThrow({ where: { id: reg.enterpriseId } })).approvedAt).toBeNull();

    // 前往修改: change the name, replace only the licence.
    const { email: _email, ...fieldsWithoutEmail } = reg.fields;
    const changed = { ...fieldsWithoutEmail, name: `${reg.fields.name}（更正）` };
    const resubmitted = await resubmitRegistration({
      actor: reg.actor,
      applicationId: reg.applicationId,
      expectedVersion: 1,
      fields: changed,
      licenseFile: pdfFile("营业执照-清晰版.pdf", "clear licence"),
      qualificationFile: null,
    });
    expect(resubmitted).toEqual({ id: reg.applicationId, status: "PENDING_REVIEW", version: 2 });

    const afterResubmit = await db.application.findUniqueOrThrow({ where: { id: reg.applicationId } });
    expect(afterResubmit).toMatchObject({ status: "PENDING_REVIEW", version: 2, decidedAt: null });
    const enterprise = await db.enterprise.findUniqueOrThrow({ where: { id: reg.enterpriseId } });
    expect(enterprise.name).toBe(changed.name);
    expect(enterprise.licenseFileId).not.toBe(enterpriseBefore.licenseFileId);
    expect(enterprise.qualificationFileId).toBe(enterpriseBefore.qualificationFileId);
    expect(afterResubmit.payload).toMatchObject({
      name: changed.name,
      email: reg.fields.email,
      licenseFileId: enterprise.licenseFileId,
      qualificationFileId: enterpriseBefore.qualificationFileId,
    });
    const newLicence = await db.storedFile.findUniqueOrThrow({ where: { id: enterprise.licenseFileId } });
    expect(newLicence).toMatchObject({
      enterpriseId: reg.enterpriseId,
      uploadedById: reg.accountId,
      originalName: "营业执照-清晰版.pdf",
    });
    expect((await db.account.findUniqueOrThrow({ where: { id: reg.accountId } })).displayName).toBe(changed.name);
    const resubmitEvent = await db.applicationEvent.findFirstOrThrow({
      where: { applicationId: reg.applicationId, action: "resubmit" },
    });
    expect(resubmitEvent).toMatchObject({
      fromStatus: "REJECTED",
      toStatus: "PENDING_REVIEW",
      actorRole: "ENTERPRISE",
    });

    // 通过.
    const approved = await decideApplication({
      kind: "ENTERPRISE_REGISTRATION",
      actor: reviewer,
      applicationId: reg.applicationId,
      expectedVersion: 2,
      action: "approve",
    });
    expect(approved).toEqual({ id: reg.applicationId, status: "APPROVED", version: 3 });
    expect(await db.application.findUniqueOrThrow({ where: { id: reg.applicationId } })).toMatchObject({
      status: "APPROVED",
      version: 3,
    });
    expect((await db.enterprise.findUniqueOrThrow({ where: { id: reg.enterpriseId } })).approvedAt).toBeInstanceOf(
      Date,
    );

    const history = await db.applicationEvent.findMany({
      where: { applicationId: reg.applicationId },
      orderBy: { at: "asc" },
    });
    expect(history.map((e) => e.action)).toEqual(["submit", "reject", "resubmit", "approve"]);
    const lastMail = await db.outboxMessage.findFirstOrThrow({ orderBy: { id: "desc" } });
    expect(lastMail).toMatchObject({ to: reg.fields.email });
    expect(lastMail.subject).toContain("审核通过");
  });

  it("refuses a credit code or email that is already registered, per field", async () => {
    const existing = await createEnterprise();

    const sameCode = enterpriseFields({ creditCode: existing.fields.creditCode });
    const code1 = await issueCode("REGISTER", sameCode.email);
    const first = registerEnterprise({
      fields: sameCode,
      code: code1,
      password: "Passw0rd!x",
      licenseFile: pdfFile(),
      qualificationFile: pngFile(),
      ip: uniqueIp(),
    });
    await expect(first).rejects.toBeInstanceOf(InvalidInputError);
    await expect(first).rejects.toMatchObject({ fieldErrors: { creditCode: [expect.stringContaining("已注册")] } });
    await expect(first).rejects.not.toMatchObject({ fieldErrors: { email: expect.anything() } });

    const sameEmail = enterpriseFields({ email: existing.fields.email });
    const code2 = await issueCode("REGISTER", sameEmail.email);
    const second = registerEnterprise({
      fields: sameEmail,
      code: code2,
      password: "Passw0rd!x",
      licenseFile: pdfFile(),
      qualificationFile: pngFile(),
      ip: uniqueIp(),
    });
    await expect(second).rejects.toBeInstanceOf(InvalidInputError);
    await expect(second).rejects.toMatchObject({
      fieldErrors: { email: [expect.stringContaining("已被其他单位使用")] },
    });
    await expect(second).rejects.not.toMatchObject({ fieldErrors: { creditCode: expect.anything() } });

    expect(await db.enterprise.count()).toBe(1);
    expect(await db.application.count()).toBe(1);
    // The refusal rolled the code's use back: both codes are still usable.
    expect(await db.emailCode.count({ where: { consumedAt: null } })).toBe(2);
  });

  it("checks the email code before saying whether a credit code or email is taken", async () => {
    const existing = await createEnterprise();
    for (const fields of [
      enterpriseFields({ creditCode: existing.fields.creditCode }),
      enterpriseFields({ email: existing.fields.email }),
    ]) {
      const code = await issueCode("REGISTER", fields.email);
      const wrong = code === "000000" ? "000001" : "000000";
      const attempt = registerEnterprise({
        fields,
        code: wrong,
        password: "Passw0rd!x",
        licenseFile: pdfFile(),
        qualificationFile: pngFile(),
        ip: uniqueIp(),
      });
      await expect(attempt).rejects.toBeInstanceOf(InvalidInputError);
      // Only the code is wrong, as far as the caller can tell: nothing about the existing enterprise.
      await expect(attempt).rejects.toMatchObject({ fieldErrors: { code: [expect.stringContaining("验证码")] } });
      await expect(attempt).rejects.not.toMatchObject({ fieldErrors: { creditCode: expect.anything() } });
      await expect(attempt).rejects.not.toMatchObject({ fieldErrors: { email: expect.anything() } });
    }
    expect(await db.enterprise.count()).toBe(1);
    expect(await db.storedFile.count()).toBe(
      await db.storedFile.count({ where: { enterpriseId: existing.enterprise.id } }),
    );
  });

  it("refuses a resubmission that takes another enterprise's credit code", async () => {
    const other = await createEnterprise();
    const reg = await registerViaUseCase();
    const { actor: reviewer } = await createStaff("REVIEWER");
    await decideApplication({
      kind: "ENTERPRISE_REGISTRATION",
      actor: reviewer,
      applicationId: reg.applicationId,
      expectedVersion: 0,
      action: "reject",
      opinion: "信用代码有误",
    });

    const { email: _email, ...fields } = reg.fields;
    const attempt = resubmitRegistration({
      actor: reg.actor,
      applicationId: reg.applicationId,
      expectedVersion: 1,
      fields: { ...fields, creditCode: other.fields.creditCode },
      licenseFile: null,
      qualificationFile: null,
    });
    await expect(attempt).rejects.toBeInstanceOf(InvalidInputError);
    await expect(attempt).rejects.toMatchObject({ fieldErrors: { creditCode: expect.any(Array) } });
    expect(await db.application.findUniqueOrThrow({ where: { id: reg.applicationId } })).toMatchObject({
      status: "REJECTED",
      version: 1,
    });
    expect((await db.enterprise.findUniqueOrThrow({ where: { id: reg.enterpriseId } })).creditCode).toBe(
      reg.fields.creditCode,
    );

    // Keeping its own credit code is of course fine.
    await resubmitRegistration({
      actor: reg.actor,
      applicationId: reg.applicationId,
      expectedVersion: 1,
      fields,
      licenseFile: null,
      qualificationFile: null,
    });
    expect(await db.application.findUniqueOrThrow({ where: { id: reg.applicationId } })).toMatchObject({
      status: "PENDING_REVIEW",
      version: 2,
    });
  });

  it("refuses a wrong code, counts the attempt and creates nothing", async () => {
    const fields = enterpriseFields();
    const code = await issueCode("REGISTER", fields.email);
    const wrong = code === "000000" ? "111111" : "000000";

    const attempt = registerEnterprise({
      fields,
      code: wrong,
      password: "Passw0rd!x",
      licenseFile: pdfFile(),
      qualificationFile: pngFile(),
      ip: uniqueIp(),
    });
    await expect(attempt).rejects.toBeInstanceOf(InvalidInputError);
    await expect(attempt).rejects.toMatchObject({
      message: "验证码错误或已失效，请重新获取",
      fieldErrors: { code: expect.any(Array) },
    });

    const row = await db.emailCode.findFirstOrThrow({ where: { email: fields.email } });
    expect(row.attempts).toBe(1);
    expect(row.consumedAt).toBeNull();
    expect(await db.account.count()).toBe(0);
    expect(await db.enterprise.count()).toBe(0);
    expect(await db.application.count()).toBe(0);
    expect(await db.storedFile.count()).toBe(0); // the uploads of the refused attempt are discarded

    // The right code still works afterwards.
    const reg = await registerEnterprise({
      fields,
      code,
      password: "Passw0rd!x",
      licenseFile: pdfFile(),
      qualificationFile: pngFile(),
      ip: uniqueIp(),
    });
    expect(await db.application.findUniqueOrThrow({ where: { id: reg.applicationId } })).toMatchObject({
      status: "PENDING_REVIEW",
    });
  });

  it("refuses a registration with a missing file, per field", async () => {
    const fields = enterpriseFields();
    const code = await issueCode("REGISTER", fields.email);
    const attempt = registerEnterprise({
      fields,
      code,
      password: "Passw0rd!x",
      licenseFile: null,
      qualificationFile: null,
      ip: uniqueIp(),
    });
    await expect(attempt).rejects.toBeInstanceOf(InvalidInputError);
    await expect(attempt).rejects.toMatchObject({
      fieldErrors: { licenseFile: expect.any(Array), qualificationFile: expect.any(Array) },
    });
    expect(await db.enterprise.count()).toBe(0);
    expect(await db.storedFile.count()).toBe(0);
  });
});
