// 单位信息变更 (guide §3): after a 单位名称变更 is approved, each holder's certificate still prints the
// old name until the unit applies for it (申请表 scan) → 审核部门 → 考核部门 核发证书, which reissues
// the certificate with the new name and today's 发证日期 (number and expiry unchanged).
import { describe, expect, it } from "vitest";
import { toDateOnly, todayInShanghai } from "@/lib/domain/calendar-date";
import { unitInfoChangePayload } from "@/lib/schemas/payloads";
import type { Actor } from "@/lib/server/auth/actor";
import { getCertificateForStaff } from "@/lib/server/certificates/queries";
import { db } from "@/lib/server/db";
import { editEnterprise } from "@/lib/server/enterprises/edit-enterprise";
import { getOwnApplication } from "@/lib/server/enterprises/own-applications";
import { ConflictError, ForbiddenError, InvalidInputError, NotFoundError } from "@/lib/server/errors";
import { decideApplication, decideApplications } from "@/lib/server/workflow/decide-application";
import { getApplicationForStaff } from "@/lib/server/review/queries";
import { listCertificatesNeedingUnitInfoChange } from "@/lib/server/unit-info-changes/list-certificates-needing-unit-info-change";
import { resubmitUnitInfoChange } from "@/lib/server/unit-info-changes/resubmit-unit-info-change";
import { submitUnitInfoChange } from "@/lib/server/unit-info-changes/submit-unit-info-change";
import { createEnterprise, createPersonWithCertificate, createStaff, pdfFile, pngFile } from "./support/factories";

const KIND = "UNIT_INFO_CHANGE" as const;

function exeFile(name = "申请表.pdf"): File {
  const bytes = new Uint8Array(512);
  bytes.set([0x4d, 0x5a, 0x90, 0x00, 0x03]);
  bytes.set(new TextEncoder().encode("This program cannot be run in DOS mode."), 78);
  return new File([bytes], name, { type: "application/pdf" });
}

/** 单位名称变更 through the real use cases: edit with a new 营业执照, then a reviewer approves. */
async function rename(unit: Awaited<ReturnType<typeof createEnterprise>>, reviewer: Actor, newName: string) {
  const { creditCode: _c, email: _e, ...fields } = unit.fields;
  const current = await db.enterprise.findUniqueOrThrow({ where: { id: unit.enterprise.id } });
  await editEnterprise({
    actor: unit.actor,
    fields: { ...fields, name: newName },
    licenseFile: pdfFile(),
    qualificationFile: null,
  });
  const app = await db.application.findFirstOrThrow({
    where: { enterpriseId: unit.enterprise.id, kind: "NAME_CHANGE", status: "PENDING_REVIEW" },
  });
  await decideApplication({
    actor: reviewer,
    kind: "NAME_CHANGE",
    applicationId: app.id,
    expectedVersion: 0,
    action: "approve",
  });
  return { oldName: current.name, newName };
}

/**
 * Unit A (renamed) with two active certificates printing the old name and a revoked one; unit B with
 * a certificate printing an old name of its own.
 */
async function setup() {
  const unit = await createEnterprise({ approved: true });
  const other = await createEnterprise({ approved: true });
  const { actor: reviewer } = await createStaff("REVIEWER");
  const { actor: reviewer2 } = await createStaff("REVIEWER");
  const { actor: assessor } = await createStaff("ASSESSOR");
  const { actor: assessor2 } = await createStaff("ASSESSOR");
  const wang = await createPersonWithCertificate({ enterprise: unit.enterprise, name: "王建华", category: "A" });
  const li = await createPersonWithCertificate({
    enterprise: unit.enterprise,
    name: "李明轩",
    category: "B",
    specialty: "WATERWAY",
  });
  const revoked = await createPersonWithCertificate({ enterprise: unit.enterprise, name: "陈志刚", status: "REVOKED" });
  const stranger = await createPersonWithCertificate({
    enterprise: other.enterprise,
    name: "张国强",
    unitName: "乙单位曾用名有限公司",
  });
  return { unit, other, reviewer, reviewer2, assessor, assessor2, wang, li, revoked, stranger };
}

async function renamedSetup() {
  const s = await setup();
  const names = await rename(s.unit, s.reviewer, "浙江通途交通建设集团有限公司");
  return { ...s, ...names };
}

const submit = (actor: Actor, certificateId: string, formFile: File | null = pdfFile("申请表.pdf")) =>
  submitUnitInfoChange({ actor, certificateId, formFile });

const decide = (
  actor: Actor,
  applicationId: string,
  expectedVersion: number,
  decision: "approve" | "reject" | "issue",
  opinion?: string,
) => decideApplication({ actor, kind: KIND, applicationId, expectedVersion, action: decision, opinion });

const appById = (id: string) => db.application.findUniqueOrThrow({ where: { id } });
const certById = (id: string) => db.certificate.findUniqueOrThrow({ where: { id } });

describe("listCertificatesNeedingUnitInfoChange", () => {
  it("lists the unit's active certificates that still print the old name, and nothing else", async () => {
    const s = await setup();
    // Before any rename every certificate prints the current name.
    expect((await listCertificatesNeedingUnitInfoChange({ actor: s.unit.actor })).certificates).toEqual([]);

    const { oldName, newName } = await rename(s.unit, s.reviewer, "浙江通途交通建设集团有限公司");
    // A certificate issued after the rename already prints the new name.
    const fresh = await createPersonWithCertificate({
      enterprise: { id: s.unit.enterprise.id, name: newName },
      name: "刘晓燕",
    });

    const listed = await listCertificatesNeedingUnitInfoChange({ actor: s.unit.actor });
    expect(listed.unitName).toBe(newName);
    expect(listed.certificates.map((c) => c.id).sort()).toEqual([s.wang.certificate.id, s.li.certificate.id].sort());
    for (const c of listed.certificates) {
      expect(c.unitName).toBe(oldName);
      expect(c.applications).toEqual([]);
      expect(c.person.name).toMatch(/王建华|李明轩/);
    }
    expect(listed.certificates.map((c) => c.id)).not.toContain(fresh.certificate.id);
    expect(listed.certificates.map((c) => c.id)).not.toContain(s.revoked.certificate.id);

    // Unit B sees its own only.
    const forOther = await listCertificatesNeedingUnitInfoChange({ actor: s.other.actor });
    expect(forOther.certificates.map((c) => c.id)).toEqual([s.stranger.certificate.id]);
  });
});

describe("submitUnitInfoChange", () => {
  it("requires the 申请表 scan (checked by content) and creates a 待审核 application bound to holder and certificate", async () => {
    const s = await renamedSetup();
    const filesBefore = await db.storedFile.count();

    const missing = submit(s.unit.actor, s.wang.certificate.id, null);
    await expect(missing).rejects.toBeInstanceOf(InvalidInputError);
    await expect(missing).rejects.toMatchObject({ fieldErrors: { formFile: [expect.any(String)] } });
    const exe = submit(s.unit.actor, s.wang.certificate.id, exeFile());
    await expect(exe).rejects.toMatchObject({
      fieldErrors: { formFile: [expect.stringContaining("不是 PDF、JPG 或 PNG")] },
    });
    expect(await db.application.count({ where: { kind: KIND } })).toBe(0);
    expect(await db.storedFile.count()).toBe(filesBefore);

    const app = await submit(s.unit.actor, s.wang.certificate.id, pngFile("申请表.png"));
    expect(await appById(app.id)).toMatchObject({
      kind: KIND,
      status: "PENDING_REVIEW",
      version: 0,
      enterpriseId: s.unit.enterprise.id,
      personId: s.wang.person.id,
      certificateId: s.wang.certificate.id,
    });
    const payload = unitInfoChangePayload.parse((await appById(app.id)).payload);
    expect(payload).toMatchObject({ oldUnitName: s.oldName, newUnitName: s.newName });
    expect(await db.storedFile.findUniqueOrThrow({ where: { id: payload.formFileId } })).toMatchObject({
      enterpriseId: s.unit.enterprise.id,
      mimeType: "image/png",
    });
    expect(await db.applicationEvent.findMany({ where: { applicationId: app.id } })).toMatchObject([
      { action: "submit", toStatus: "PENDING_REVIEW", actorRole: "ENTERPRISE" },
    ]);
    // The certificate itself is untouched until 核发.
    expect((await certById(s.wang.certificate.id)).unitName).toBe(s.oldName);

    const listed = await listCertificatesNeedingUnitInfoChange({ actor: s.unit.actor });
    expect(listed.certificates.find((c) => c.id === s.wang.certificate.id)?.applications).toEqual([
      { id: app.id, status: "PENDING_REVIEW", version: 0 },
    ]);
  });

  it("refuses a certificate that already prints the current name, a revoked one, and staff", async () => {
    const s = await setup();
    const same = submit(s.unit.actor, s.wang.certificate.id);
    await expect(same).rejects.toBeInstanceOf(InvalidInputError);
    await expect(same).rejects.toThrow("无需变更");
    await rename(s.unit, s.reviewer, "新名称交通工程有限公司");
    await expect(submit(s.unit.actor, s.revoked.certificate.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(submit(s.reviewer, s.wang.certificate.id)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(submit(s.unit.actor, "not-a-uuid")).rejects.toBeInstanceOf(NotFoundError);
    expect(await db.application.count({ where: { kind: KIND } })).toBe(0);
  });

  it("allows one open application per certificate: a second is a ConflictError (its upload discarded)", async () => {
    const s = await renamedSetup();
    await submit(s.unit.actor, s.wang.certificate.id);
    const files = await db.storedFile.count();
    const second = submit(s.unit.actor, s.wang.certificate.id);
    await expect(second).rejects.toBeInstanceOf(ConflictError);
    await expect(second).rejects.toThrow("已有办理中的同类申请");
    expect(await db.application.count({ where: { kind: KIND, certificateId: s.wang.certificate.id } })).toBe(1);
    expect(await db.storedFile.count()).toBe(files);

    // Another holder's certificate is independent.
    await submit(s.unit.actor, s.li.certificate.id);
    expect(await db.application.count({ where: { kind: KIND, status: "PENDING_REVIEW" } })).toBe(2);
  });

  it("two submissions for one certificate at the same moment: exactly one application", async () => {
    const s = await renamedSetup();
    const results = await Promise.allSettled([
      submit(s.unit.actor, s.wang.certificate.id),
      submit(s.unit.actor, s.wang.certificate.id),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const loser = results.find((r): r is PromiseRejectedResult => r.status === "rejected")!;
    expect(loser.reason).toBeInstanceOf(ConflictError);
    expect(await db.application.count({ where: { kind: KIND } })).toBe(1);
  });
});

describe("【取消申请】 a 单位信息变更", () => {
  it("cancels while 待审核 (then a new application may be made); not twice, not on a stale version, not by staff", async () => {
    const s = await renamedSetup();
    const app = await submit(s.unit.actor, s.wang.certificate.id);

    await expect(
      decideApplication({
        kind: "UNIT_INFO_CHANGE",
        action: "cancel",
        actor: s.reviewer,
        applicationId: app.id,
        expectedVersion: 0,
      }),
    ).rejects.toBeInstanceOf(ForbiddenError);
    await expect(
      decideApplication({
        kind: "UNIT_INFO_CHANGE",
        action: "cancel",
        actor: s.unit.actor,
        applicationId: app.id,
        expectedVersion: 5,
      }),
    ).rejects.toBeInstanceOf(ConflictError);

    const result = await decideApplication({
      kind: "UNIT_INFO_CHANGE",
      action: "cancel",
      actor: s.unit.actor,
      applicationId: app.id,
      expectedVersion: 0,
    });
    expect(result).toMatchObject({ status: "CANCELLED", version: 1 });
    const cancelled = await appById(app.id);
    expect(cancelled).toMatchObject({ status: "CANCELLED", version: 1 });
    expect(cancelled.decidedAt).toBeInstanceOf(Date);
    expect(
      await db.applicationEvent.findFirstOrThrow({ where: { applicationId: app.id, action: "cancel" } }),
    ).toMatchObject({
      fromStatus: "PENDING_REVIEW",
      toStatus: "CANCELLED",
      actorId: s.unit.account.id,
    });
    await expect(
      decideApplication({
        kind: "UNIT_INFO_CHANGE",
        action: "cancel",
        actor: s.unit.actor,
        applicationId: app.id,
        expectedVersion: 1,
      }),
    ).rejects.toBeInstanceOf(ConflictError);
    // An enterprise's own action notifies nobody.
    expect(await db.notification.count({ where: { applicationId: app.id } })).toBe(0);

    const again = await submit(s.unit.actor, s.wang.certificate.id);
    expect(again.id).not.toBe(app.id);
    expect((await appById(again.id)).status).toBe("PENDING_REVIEW");
  });

  it("cannot cancel once the 审核部门 has approved it", async () => {
    const s = await renamedSetup();
    const app = await submit(s.unit.actor, s.wang.certificate.id);
    await decide(s.reviewer, app.id, 0, "approve");
    await expect(
      decideApplication({
        kind: "UNIT_INFO_CHANGE",
        action: "cancel",
        actor: s.unit.actor,
        applicationId: app.id,
        expectedVersion: 1,
      }),
    ).rejects.toBeInstanceOf(ConflictError);
    expect(await appById(app.id)).toMatchObject({ status: "PENDING_ASSESSMENT", version: 1 });
  });
});

describe("decisions", () => {
  it("approve → 待考核 → 核发证书: reissued with the new name and today's date; number and expiry unchanged", async () => {
    const s = await renamedSetup();
    const before = await certById(s.wang.certificate.id);
    const app = await submit(s.unit.actor, s.wang.certificate.id);

    expect(await decide(s.reviewer, app.id, 0, "approve")).toMatchObject({ status: "PENDING_ASSESSMENT", version: 1 });
    expect(await appById(app.id)).toMatchObject({ status: "PENDING_ASSESSMENT", decidedAt: null });
    expect(await certById(s.wang.certificate.id)).toMatchObject({ unitName: s.oldName, version: 0 });

    expect(await decide(s.assessor, app.id, 1, "issue")).toMatchObject({ status: "APPROVED", version: 2 });
    const decided = await appById(app.id);
    expect(decided.status).toBe("APPROVED");
    expect(decided.decidedAt).toBeInstanceOf(Date);

    const after = await certById(s.wang.certificate.id);
    const today = todayInShanghai();
    expect(after.unitName).toBe(s.newName);
    expect(toDateOnly(after.issuedOn)).toBe(today);
    expect(after.number).toBe(before.number);
    expect(toDateOnly(after.expiresOn)).toBe(toDateOnly(before.expiresOn));
    expect(after).toMatchObject({
      status: "ACTIVE",
      enterpriseId: s.unit.enterprise.id,
      personId: s.wang.person.id,
      version: 1,
    });

    const events = await db.certificateEvent.findMany({
      where: { certificateId: s.wang.certificate.id, kind: "REISSUED" },
    });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ applicationId: app.id, actorId: s.assessor.accountId, actorRole: "ASSESSOR" });
    expect(events[0].changes).toEqual({
      unitName: [s.oldName, s.newName],
      issuedOn: [s.wang.issuedOn, today],
    });
    // Staff see it in the certificate's history.
    const history = await getCertificateForStaff({ actor: s.reviewer, certificateId: s.wang.certificate.id });
    expect(history.events.map((e) => e.kind)).toEqual(["ISSUED", "REISSUED"]);
    expect(history.events[1].application).toMatchObject({ id: app.id, kind: KIND });

    // The other holder's certificate is untouched; the reissued one leaves the list.
    expect(await certById(s.li.certificate.id)).toMatchObject({ unitName: s.oldName, version: 0 });
    const listed = await listCertificatesNeedingUnitInfoChange({ actor: s.unit.actor });
    expect(listed.certificates.map((c) => c.id)).toEqual([s.li.certificate.id]);
    expect(
      (await db.applicationEvent.findMany({ where: { applicationId: app.id }, orderBy: { at: "asc" } })).map(
        (e) => e.action,
      ),
    ).toEqual(["submit", "approve", "issue"]);
  });

  it("reviewer rejects (reason required) → resubmitted with the file kept → assessor rejects → 审核不通过", async () => {
    const s = await renamedSetup();
    const app = await submit(s.unit.actor, s.wang.certificate.id);
    const formFileId = unitInfoChangePayload.parse((await appById(app.id)).payload).formFileId;

    await expect(decide(s.reviewer, app.id, 0, "reject")).rejects.toMatchObject({
      fieldErrors: { opinion: [expect.any(String)] },
    });
    await decide(s.reviewer, app.id, 0, "reject", "申请表未盖单位公章");
    expect(await appById(app.id)).toMatchObject({ status: "REJECTED", version: 1 });

    // Resubmitting needs the current version.
    await expect(
      resubmitUnitInfoChange({ actor: s.unit.actor, applicationId: app.id, expectedVersion: 0, formFile: null }),
    ).rejects.toBeInstanceOf(ConflictError);
    const files = await db.storedFile.count();
    expect(
      await resubmitUnitInfoChange({
        actor: s.unit.actor,
        applicationId: app.id,
        expectedVersion: 1,
        formFile: null,
        note: "已补盖公章",
      }),
    ).toMatchObject({
      status: "PENDING_REVIEW",
      version: 2,
    });
    const resubmitted = await appById(app.id);
    expect(resubmitted).toMatchObject({ status: "PENDING_REVIEW", decidedAt: null });
    expect(unitInfoChangePayload.parse(resubmitted.payload)).toEqual({
      oldUnitName: s.oldName,
      newUnitName: s.newName,
      formFileId,
      note: "已补盖公章",
    });
    expect(await db.storedFile.count()).toBe(files);
    // Resubmitting what is already 待审核 is refused.
    await expect(
      resubmitUnitInfoChange({ actor: s.unit.actor, applicationId: app.id, expectedVersion: 2, formFile: null }),
    ).rejects.toBeInstanceOf(ConflictError);

    await decide(s.reviewer, app.id, 2, "approve");
    await expect(decide(s.assessor, app.id, 3, "reject", "  ")).rejects.toBeInstanceOf(InvalidInputError);
    await decide(s.assessor, app.id, 3, "reject", "持证人签字与身份证不符");
    expect(await appById(app.id)).toMatchObject({ status: "REJECTED", version: 4 });
    expect(
      await db.applicationEvent.findFirstOrThrow({ where: { applicationId: app.id, actorRole: "ASSESSOR" } }),
    ).toMatchObject({
      action: "reject",
      fromStatus: "PENDING_ASSESSMENT",
      toStatus: "REJECTED",
      opinion: "持证人签字与身份证不符",
    });
    // Nothing was reissued.
    expect(await certById(s.wang.certificate.id)).toMatchObject({ unitName: s.oldName, version: 0 });
    expect(await db.certificateEvent.count({ where: { kind: "REISSUED" } })).toBe(0);
  });

  it("resubmission with a new scan replaces the file; one conflicting with a newer open application is refused", async () => {
    const s = await renamedSetup();
    const app = await submit(s.unit.actor, s.wang.certificate.id);
    const oldFile = unitInfoChangePayload.parse((await appById(app.id)).payload).formFileId;
    await decide(s.reviewer, app.id, 0, "reject", "扫描件不清晰");

    await resubmitUnitInfoChange({
      actor: s.unit.actor,
      applicationId: app.id,
      expectedVersion: 1,
      formFile: pngFile("申请表-清晰.png"),
    });
    const newFile = unitInfoChangePayload.parse((await appById(app.id)).payload).formFileId;
    expect(newFile).not.toBe(oldFile);
    expect((await db.storedFile.findUniqueOrThrow({ where: { id: newFile } })).mimeType).toBe("image/png");

    // Rejected again; meanwhile a fresh application for the same certificate is made; resubmitting the
    // old one would open a second one, which the partial unique index refuses.
    await decide(s.reviewer, app.id, 2, "reject", "仍不清晰");
    const fresh = await submit(s.unit.actor, s.wang.certificate.id);
    const files = await db.storedFile.count();
    const attempt = resubmitUnitInfoChange({
      actor: s.unit.actor,
      applicationId: app.id,
      expectedVersion: 3,
      formFile: pdfFile(),
    });
    await expect(attempt).rejects.toBeInstanceOf(ConflictError);
    await expect(attempt).rejects.toThrow("已有办理中的同类申请");
    expect(await appById(app.id)).toMatchObject({ status: "REJECTED", version: 3 });
    expect(await appById(fresh.id)).toMatchObject({ status: "PENDING_REVIEW" });
    expect(await db.storedFile.count()).toBe(files);
  });

  it("核发 fails (and changes nothing) if the certificate is no longer active in the unit", async () => {
    const s = await renamedSetup();
    const app = await submit(s.unit.actor, s.wang.certificate.id);
    await decide(s.reviewer, app.id, 0, "approve");
    await db.certificate.update({ where: { id: s.wang.certificate.id }, data: { status: "LAPSED" } });

    const attempt = decide(s.assessor, app.id, 1, "issue");
    await expect(attempt).rejects.toBeInstanceOf(ConflictError);
    await expect(attempt).rejects.toThrow("无法核发");
    expect(await appById(app.id)).toMatchObject({ status: "PENDING_ASSESSMENT", version: 1 });
    expect(await db.applicationEvent.count({ where: { applicationId: app.id, action: "issue" } })).toBe(0);
    expect(await certById(s.wang.certificate.id)).toMatchObject({ unitName: s.oldName, version: 0 });
    expect(await db.notification.count({ where: { applicationId: app.id, title: { contains: "审核通过" } } })).toBe(0);
  });

  it("roles: a REVIEWER cannot 核发, an ASSESSOR cannot approve at 待审核, an enterprise cannot decide", async () => {
    const s = await renamedSetup();
    const app = await submit(s.unit.actor, s.wang.certificate.id);

    await expect(decide(s.assessor, app.id, 0, "approve")).rejects.toBeInstanceOf(ForbiddenError);
    await expect(decide(s.assessor, app.id, 0, "reject", "越权")).rejects.toBeInstanceOf(ForbiddenError);
    await expect(decide(s.unit.actor, app.id, 0, "approve")).rejects.toBeInstanceOf(ForbiddenError);
    expect(await appById(app.id)).toMatchObject({ status: "PENDING_REVIEW", version: 0 });

    await decide(s.reviewer, app.id, 0, "approve");
    await expect(decide(s.reviewer, app.id, 1, "issue")).rejects.toBeInstanceOf(ForbiddenError);
    await expect(decide(s.reviewer, app.id, 1, "reject", "越权")).rejects.toBeInstanceOf(ForbiddenError);
    expect(await appById(app.id)).toMatchObject({ status: "PENDING_ASSESSMENT", version: 1 });
    expect(await certById(s.wang.certificate.id)).toMatchObject({ unitName: s.oldName });

    // 核发 is never a reviewer's action: refused as forbidden in any status, and nothing changes.
    const early = await submit(s.unit.actor, s.li.certificate.id);
    await expect(decide(s.reviewer, early.id, 0, "issue")).rejects.toBeInstanceOf(ForbiddenError);
    expect(await appById(early.id)).toMatchObject({ status: "PENDING_REVIEW", version: 0 });
    expect(await certById(s.li.certificate.id)).toMatchObject({ unitName: s.oldName, version: 0 });

    // The wrong kind for the id is "not found"; an action no table gives the role on that kind is refused outright.
    await expect(
      decideApplication({
        actor: s.assessor,
        kind: "TRANSFER_OUT",
        applicationId: app.id,
        expectedVersion: 1,
        action: "issue",
      }),
    ).rejects.toBeInstanceOf(NotFoundError);
    await expect(
      decideApplication({
        actor: s.assessor,
        kind: "RENEWAL",
        applicationId: app.id,
        expectedVersion: 1,
        action: "issue",
      }),
    ).rejects.toBeInstanceOf(ForbiddenError);
    await decide(s.assessor, app.id, 1, "issue");
    expect(await appById(app.id)).toMatchObject({ status: "APPROVED" });
  });
});

describe("concurrency", () => {
  it("two reviewers approving at once: one succeeds, the other gets ConflictError; one history row", async () => {
    const s = await renamedSetup();
    const app = await submit(s.unit.actor, s.wang.certificate.id);
    const results = await Promise.allSettled([
      decide(s.reviewer, app.id, 0, "approve"),
      decide(s.reviewer2, app.id, 0, "approve"),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const loser = results.find((r): r is PromiseRejectedResult => r.status === "rejected")!;
    expect(loser.reason).toBeInstanceOf(ConflictError);
    expect(loser.reason.message).toContain("该申请已被他人处理");
    expect(await appById(app.id)).toMatchObject({ status: "PENDING_ASSESSMENT", version: 1 });
    expect(await db.applicationEvent.count({ where: { applicationId: app.id, action: "approve" } })).toBe(1);
    expect(await db.notification.count({ where: { applicationId: app.id } })).toBe(1);
  });

  it("two assessors issuing at once: the certificate is reissued once", async () => {
    const s = await renamedSetup();
    const app = await submit(s.unit.actor, s.wang.certificate.id);
    await decide(s.reviewer, app.id, 0, "approve");
    const results = await Promise.allSettled([
      decide(s.assessor, app.id, 1, "issue"),
      decide(s.assessor2, app.id, 1, "issue"),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect((results.find((r) => r.status === "rejected") as PromiseRejectedResult).reason).toBeInstanceOf(
      ConflictError,
    );
    expect(await db.certificateEvent.count({ where: { certificateId: s.wang.certificate.id, kind: "REISSUED" } })).toBe(
      1,
    );
    expect(await certById(s.wang.certificate.id)).toMatchObject({ unitName: s.newName, version: 1 });
  });

  it("batch approve with a mix of pending and already decided rows: per-row results", async () => {
    const s = await renamedSetup();
    const third = await createPersonWithCertificate({
      enterprise: { id: s.unit.enterprise.id, name: s.oldName },
      name: "刘晓燕",
    });
    const a1 = await submit(s.unit.actor, s.wang.certificate.id);
    const a2 = await submit(s.unit.actor, s.li.certificate.id);
    const a3 = await submit(s.unit.actor, third.certificate.id);
    // Another reviewer already rejected a2.
    await decide(s.reviewer2, a2.id, 0, "reject", "材料不全");

    const results = await decideApplications({
      actor: s.reviewer,
      kind: KIND,
      action: "approve",
      items: [a1, a2, a3].map((a) => ({ applicationId: a.id, expectedVersion: 0 })),
    });
    expect(results).toEqual([
      { id: a1.id, ok: true },
      { id: a2.id, ok: false, message: expect.stringContaining("该申请已被他人处理") },
      { id: a3.id, ok: true },
    ]);
    expect((await appById(a1.id)).status).toBe("PENDING_ASSESSMENT");
    expect(await appById(a2.id)).toMatchObject({ status: "REJECTED", version: 1 });
    expect((await appById(a3.id)).status).toBe("PENDING_ASSESSMENT");
    expect(await db.applicationEvent.count({ where: { applicationId: a2.id, action: "approve" } })).toBe(0);

    // Batch 核发 by an assessor with a stale version in one row.
    const issued = await decideApplications({
      actor: s.assessor,
      kind: KIND,
      action: "issue",
      items: [
        { applicationId: a1.id, expectedVersion: 1 },
        { applicationId: a3.id, expectedVersion: 0 },
      ],
    });
    expect(issued).toEqual([
      { id: a1.id, ok: true },
      { id: a3.id, ok: false, message: expect.stringContaining("该申请已被他人处理") },
    ]);
    expect((await certById(s.wang.certificate.id)).unitName).toBe(s.newName);
    expect((await certById(third.certificate.id)).unitName).toBe(s.oldName);

    // An enterprise cannot batch-decide.
    await expect(
      decideApplications({
        actor: s.unit.actor,
        kind: KIND,
        action: "approve",
        items: [{ applicationId: a3.id, expectedVersion: 1 }],
      }),
    ).rejects.toBeInstanceOf(ForbiddenError);
  });
});

describe("another enterprise", () => {
  it("cannot apply for, cancel, resubmit or read unit A's holder and application", async () => {
    const s = await renamedSetup();
    const app = await submit(s.unit.actor, s.wang.certificate.id);
    const b = s.other.actor;

    await expect(submit(b, s.li.certificate.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(
      decideApplication({
        kind: "UNIT_INFO_CHANGE",
        action: "cancel",
        actor: b,
        applicationId: app.id,
        expectedVersion: 0,
      }),
    ).rejects.toBeInstanceOf(NotFoundError);
    await expect(getOwnApplication({ actor: b, applicationId: app.id, kind: KIND })).rejects.toBeInstanceOf(
      NotFoundError,
    );

    await decide(s.reviewer, app.id, 0, "reject", "请重新上传");
    await expect(
      resubmitUnitInfoChange({ actor: b, applicationId: app.id, expectedVersion: 1, formFile: pdfFile() }),
    ).rejects.toBeInstanceOf(NotFoundError);

    expect(await appById(app.id)).toMatchObject({ status: "REJECTED", version: 1 });
    expect(await db.application.count({ where: { kind: KIND } })).toBe(1);
    expect(await db.storedFile.count({ where: { enterpriseId: s.other.enterprise.id } })).toBe(2);

    // Unit A reads its own; staff read it too.
    expect((await getOwnApplication({ actor: s.unit.actor, applicationId: app.id, kind: KIND })).certificate?.id).toBe(
      s.wang.certificate.id,
    );
    expect((await getApplicationForStaff({ actor: s.assessor, applicationId: app.id, kind: KIND })).id).toBe(app.id);
  });
});
