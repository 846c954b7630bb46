// 撤销 by the 考核部门: the certificate becomes 已注销 once, with a history row, notices to the unit and
// the holder, an audit row, and the same effects everywhere (lists, verification, 电子证书, applications).
import { describe, expect, it } from "vitest";
import { addMonths, todayInShanghai } from "@/lib/domain/calendar-date";
import { renderCertificateDownload } from "@/lib/server/certificates/download-certificate";
import { enterpriseCertificateRows, getCertificateForStaff } from "@/lib/server/certificates/queries";
import { revokeCertificate } from "@/lib/server/certificates/revoke-certificate";
import { verifyCertificate, verifyCertificateById } from "@/lib/server/certificates/verify-certificate";
import { db } from "@/lib/server/db";
import { ConflictError, ForbiddenError, InvalidInputError, NotFoundError } from "@/lib/server/errors";
import { listOwnCertificates } from "@/lib/server/persons/queries";
import { submitRenewal } from "@/lib/server/renewals/submit-renewal";
import { submitTransferOut } from "@/lib/server/transfers/submit-transfer-out";
import { submitUnitInfoChange } from "@/lib/server/unit-info-changes/submit-unit-info-change";
import { decideApplication } from "@/lib/server/workflow/decide-application";
import {
  createEnterprise,
  createHolderAccount,
  createPersonWithCertificate,
  createStaff,
  pdfFile,
  uniqueIp,
} from "./support/factories";

const REASON = "以欺骗手段取得证书，经核查属实";

async function setup(opts: { expiresOn?: string; unitName?: string } = {}) {
  const unit = await createEnterprise({ approved: true });
  const holder = await createPersonWithCertificate({
    enterprise: unit.enterprise,
    name: "王建华",
    ...(opts.expiresOn ? { expiresOn: opts.expiresOn } : {}),
    ...(opts.unitName ? { unitName: opts.unitName } : {}),
  });
  const account = await createHolderAccount({ ...holder.person, idNumber: holder.idNumber });
  const assessor = await createStaff("ASSESSOR");
  const reviewer = await createStaff("REVIEWER");
  const admin = await createStaff("ADMIN");
  const certificateId = holder.certificate.id;
  const revoke = (actor = assessor.actor, over: { expectedVersion?: number; reason?: string } = {}) =>
    revokeCertificate({
      actor,
      certificateId,
      expectedVersion: over.expectedVersion ?? 0,
      reason: over.reason ?? REASON,
    });
  return { unit, holder, account, assessor, reviewer, admin, certificateId, revoke };
}

const eventsOf = (certificateId: string) =>
  db.certificateEvent.findMany({ where: { certificateId }, orderBy: { at: "asc" } });
const certificateOf = (id: string) => db.certificate.findUniqueOrThrow({ where: { id } });

describe("revokeCertificate (撤销)", () => {
  it("ends it: 已注销, a history row with who and why, notices to unit and holder, an audit row", async () => {
    const s = await setup();
    const result = await s.revoke();
    expect(result).toEqual({ id: s.certificateId, version: 1 });

    const certificate = await certificateOf(s.certificateId);
    // Still attached to the unit, for the record.
    expect(certificate).toMatchObject({ status: "REVOKED", version: 1, enterpriseId: s.unit.enterprise.id });

    const events = await eventsOf(s.certificateId);
    expect(events.map((e) => e.kind)).toEqual(["ISSUED", "REVOKED"]);
    expect(events[1]).toMatchObject({
      reason: REASON,
      actorId: s.assessor.account.id,
      actorRole: "ASSESSOR",
      changes: { status: ["ACTIVE", "REVOKED"] },
      applicationId: null,
    });

    const staffView = await getCertificateForStaff({ actor: s.reviewer.actor, certificateId: s.certificateId });
    expect(staffView.status).toBe("已注销");
    expect(staffView.events.at(-1)).toMatchObject({
      kind: "REVOKED",
      reason: REASON,
      actor: { displayName: s.assessor.actor.displayName },
    });

    for (const [accountId, email, greeting] of [
      [s.unit.account.id, s.unit.fields.email, s.unit.enterprise.name],
      [s.account.account.id, s.account.email, "王建华"],
    ] as const) {
      const notices = await db.notification.findMany({ where: { accountId } });
      expect(notices).toHaveLength(1);
      expect(notices[0].title).toBe("证书已撤销");
      expect(notices[0].body).toContain(`${greeting}：`);
      expect(notices[0].body).toContain(s.holder.certificate.number);
      expect(notices[0].body).toContain("已注销");
      expect(notices[0].body).toContain(`撤销原因：${REASON}`);
      const mails = await db.outboxMessage.findMany({ where: { to: email.toLowerCase() } });
      expect(mails).toHaveLength(1);
      expect(mails[0].subject).toBe("【安管人员考核系统】证书已撤销");
      expect(mails[0].text).toContain(`撤销原因：${REASON}`);
    }

    const audits = await db.auditLog.findMany({ where: { targetType: "Certificate", targetId: s.certificateId } });
    expect(audits).toHaveLength(1);
    expect(audits[0]).toMatchObject({
      action: "certificate.revoke",
      actorId: s.assessor.account.id,
      actorRole: "ASSESSOR",
      detail: { number: s.holder.certificate.number, reason: REASON },
    });
  });

  it("tells only the unit when the holder has no account", async () => {
    const unit = await createEnterprise({ approved: true });
    const holder = await createPersonWithCertificate({ enterprise: unit.enterprise });
    const assessor = await createStaff("ASSESSOR");
    const certificateId = holder.certificate.id;
    await revokeCertificate({ actor: assessor.actor, certificateId, expectedVersion: 0, reason: REASON });
    expect(await db.notification.count()).toBe(1);
    expect(await db.outboxMessage.count()).toBe(1);
    expect(await db.notification.count({ where: { accountId: unit.account.id } })).toBe(1);
  });

  it("is for the 考核部门 only: reviewer, unit, holder and administrator are refused, nothing changes", async () => {
    const s = await setup();
    for (const actor of [s.reviewer.actor, s.unit.actor, s.account.actor, s.admin.actor]) {
      await expect(s.revoke(actor)).rejects.toBeInstanceOf(ForbiddenError);
    }
    expect(await certificateOf(s.certificateId)).toMatchObject({ status: "ACTIVE", version: 0 });
    expect((await eventsOf(s.certificateId)).map((e) => e.kind)).toEqual(["ISSUED"]);
    expect(await db.notification.count()).toBe(0);
    expect(await db.auditLog.count({ where: { targetType: "Certificate" } })).toBe(0);
  });

  it("requires a reason of at most 500 characters (a field error), and refuses an unknown certificate", async () => {
    const s = await setup();
    for (const [reason, message] of [
      ["", "请填写撤销原因"],
      ["   ", "请填写撤销原因"],
      ["理".repeat(501), "撤销原因不能超过500字"],
    ] as const) {
      const refused = s.revoke(s.assessor.actor, { reason });
      await expect(refused).rejects.toBeInstanceOf(InvalidInputError);
      await expect(refused).rejects.toMatchObject({ fieldErrors: { reason: [message] } });
    }
    for (const certificateId of ["00000000-0000-4000-8000-000000000000", "not-a-uuid"]) {
      const unknown = revokeCertificate({ actor: s.assessor.actor, certificateId, expectedVersion: 0, reason: REASON });
      await expect(unknown).rejects.toBeInstanceOf(NotFoundError);
    }
    expect(await certificateOf(s.certificateId)).toMatchObject({ status: "ACTIVE" });
  });

  it("twice, or by two assessors at once: one revocation, one event, a clear conflict", async () => {
    const s = await setup();
    const second = await createStaff("ASSESSOR");
    const outcomes = await Promise.allSettled([s.revoke(), s.revoke(second.actor)]);
    expect(outcomes.filter((o) => o.status === "fulfilled")).toHaveLength(1);
    const [rejected] = outcomes.filter((o) => o.status === "rejected");
    expect(rejected.reason).toBeInstanceOf(ConflictError);

    // Again later, at the version now shown: already ended.
    await expect(s.revoke(s.assessor.actor, { expectedVersion: 1 })).rejects.toThrow("该证书已注销，无需重复办理");
    expect((await eventsOf(s.certificateId)).filter((e) => e.kind === "REVOKED")).toHaveLength(1);
    expect(await db.auditLog.count({ where: { action: "certificate.revoke" } })).toBe(1);
    expect(await db.notification.count()).toBe(2);
  });

  it("refuses a version the certificate has moved past (e.g. renewed meanwhile)", async () => {
    const s = await setup();
    await db.certificate.update({ where: { id: s.certificateId }, data: { version: { increment: 1 } } });
    const stale = s.revoke();
    await expect(stale).rejects.toBeInstanceOf(ConflictError);
    await expect(stale).rejects.toThrow("该证书已被他人处理，请刷新页面后查看最新状态");
    expect(await certificateOf(s.certificateId)).toMatchObject({ status: "ACTIVE", version: 1 });
    await s.revoke(s.assessor.actor, { expectedVersion: 1 });
  });

  it("also ends a certificate that had lapsed (失效 → 已注销)", async () => {
    const s = await setup();
    await db.certificate.update({ where: { id: s.certificateId }, data: { status: "LAPSED" } });
    await s.revoke();
    expect((await eventsOf(s.certificateId)).at(-1)).toMatchObject({
      kind: "REVOKED",
      changes: { status: ["LAPSED", "REVOKED"] },
    });
  });
});

describe("a revoked certificate, everywhere", () => {
  it("public verification (the QR's page and 证书查询) says 已注销", async () => {
    const s = await setup();
    await s.revoke();
    const byId = await verifyCertificateById(s.certificateId);
    expect(byId).toMatchObject({ number: s.holder.certificate.number, status: "已注销" });
    const found = await verifyCertificate({
      number: s.holder.certificate.number,
      holderName: "王建华",
      ip: uniqueIp(),
    });
    expect(found).toMatchObject({ status: "已注销" });
  });

  it("the 电子证书 can no longer be downloaded, by the unit or the holder", async () => {
    const s = await setup();
    // Downloadable before.
    const before = await renderCertificateDownload({ actor: s.unit.actor, certificateId: s.certificateId });
    expect(before.pdf.byteLength).toBeGreaterThan(0);
    await s.revoke();
    for (const actor of [s.unit.actor, s.account.actor]) {
      const refused = renderCertificateDownload({ actor, certificateId: s.certificateId });
      await expect(refused).rejects.toBeInstanceOf(ConflictError);
      await expect(refused).rejects.toThrow("证书当前状态为已注销，不提供电子证书");
    }
  });

  it("leaves the unit's 证书查询 (and its export) unless the 已注销 filter is chosen", async () => {
    const s = await setup();
    const other = await createPersonWithCertificate({ enterprise: s.unit.enterprise, name: "李明轩" });
    const ids = async (filter: Parameters<typeof enterpriseCertificateRows>[1]) =>
      (await enterpriseCertificateRows(s.unit.actor, filter)).map((r) => r.id).sort();
    expect(await ids({})).toEqual([s.certificateId, other.certificate.id].sort());
    await s.revoke();
    expect(await ids({})).toEqual([other.certificate.id]);
    expect(await ids({ category: "C" })).toEqual([other.certificate.id]);
    expect(await ids({ q: "王建华" })).toEqual([]);
    expect(await ids({ status: "已注销" })).toEqual([s.certificateId]);
    expect(await ids({ status: "已注销", q: "王建华" })).toEqual([s.certificateId]);
    expect(await ids({ status: "有效" })).toEqual([other.certificate.id]);
  });

  it("the holder's 我的证书 shows 已注销 with no 调出/调入, and a 调出 is refused", async () => {
    const s = await setup();
    await s.revoke();
    const [row] = await listOwnCertificates({ actor: s.account.actor });
    expect(row).toMatchObject({ id: s.certificateId, status: "已注销", canTransferOut: false, canTransferIn: false });
    const refused = submitTransferOut({ actor: s.account.actor, certificateId: s.certificateId, reason: "离职" });
    await expect(refused).rejects.toThrow("证书已注销，不能办理调动");
    expect(await db.application.count({ where: { certificateId: s.certificateId } })).toBe(0);
  });

  it("refuses a 延续 and a 单位信息变更 for it", async () => {
    const today = todayInShanghai();
    const s = await setup({ expiresOn: addMonths(today, 1), unitName: "旧名称路桥有限公司" });
    await s.revoke();
    const { actor } = s.unit;
    const certificateId = s.certificateId;
    const renewal = submitRenewal({ actor, certificateId, formFile: pdfFile("延续申请表.pdf"), supportingFiles: [] });
    await expect(renewal).rejects.toBeInstanceOf(NotFoundError);
    const unitInfo = submitUnitInfoChange({ actor, certificateId, formFile: pdfFile("变更申请表.pdf") });
    await expect(unitInfo).rejects.toBeInstanceOf(NotFoundError);
    expect(await db.application.count({ where: { certificateId: s.certificateId } })).toBe(0);
  });

  it("a 调出 filed before the revocation can no longer be issued", async () => {
    const s = await setup();
    const app = await submitTransferOut({ actor: s.account.actor, certificateId: s.certificateId, reason: "离职" });
    const transfer = { kind: "TRANSFER_OUT", applicationId: app.id } as const;
    await decideApplication({ actor: s.unit.actor, ...transfer, expectedVersion: 0, action: "unitApprove" });
    await decideApplication({ actor: s.reviewer.actor, ...transfer, expectedVersion: 1, action: "approve" });
    await s.revoke();
    const refused = decideApplication({ actor: s.assessor.actor, ...transfer, expectedVersion: 2, action: "issue" });
    await expect(refused).rejects.toBeInstanceOf(ConflictError);
    await expect(refused).rejects.toThrow("无法核发");
    expect(await certificateOf(s.certificateId)).toMatchObject({
      status: "REVOKED",
      enterpriseId: s.unit.enterprise.id,
    });
  });
});
