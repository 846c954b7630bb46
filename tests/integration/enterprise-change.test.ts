// 企业信息 【编辑】 (guide §2): other fields saved at once and audited; a new 单位名称 or new 资质
// become applications (单位名称变更, 资质变更) that change nothing until the 审核部门 approves them;
// 更换邮箱 confirmed by a code sent to the new address.
import { describe, expect, it } from "vitest";
import { fromDateOnly, toDateOnly } from "@/lib/domain/calendar-date";
import type { EnterpriseEdit } from "@/lib/schemas/enterprise.schema";
import { nameChangePayload, qualificationChangePayload } from "@/lib/schemas/payloads";
import type { Actor } from "@/lib/server/auth/actor";
import { db } from "@/lib/server/db";
import { confirmEmailChange, requestEmailChange } from "@/lib/server/enterprises/change-email";
import { editEnterprise } from "@/lib/server/enterprises/edit-enterprise";
import { getOwnApplication } from "@/lib/server/enterprises/own-applications";
import { resubmitEnterpriseChange } from "@/lib/server/enterprises/resubmit-enterprise-change";
import { ConflictError, ForbiddenError, InvalidInputError, NotFoundError, RateLimitedError } from "@/lib/server/errors";
import { decideApplication } from "@/lib/server/workflow/decide-application";
import { createApplication } from "@/lib/server/workflow/transition";
import {
  createEnterprise,
  createStaff,
  latestCodeFor,
  pdfFile,
  pngFile,
  uniqueEmail,
  uniqueIp,
} from "./support/factories";

/** What a Windows executable looks like: "MZ", then the DOS stub. */
function exeFile(name = "营业执照.pdf"): File {
  const bytes = new Uint8Array(512);
  bytes.set([0x4d, 0x5a, 0x90, 0x00, 0x03]);
  bytes.set(new TextEncoder().encode("This program cannot be run in DOS mode."), 78);
  return new File([bytes], name, { type: "application/pdf" });
}

async function approvedUnit() {
  const unit = await createEnterprise({ approved: true });
  const { creditCode: _c, email: _e, ...edit } = unit.fields;
  return { ...unit, edit: edit as EnterpriseEdit };
}

function edit(
  actor: Actor,
  fields: EnterpriseEdit,
  files: { licenseFile?: File | null; qualificationFile?: File | null } = {},
) {
  return editEnterprise({
    actor,
    fields,
    licenseFile: files.licenseFile ?? null,
    qualificationFile: files.qualificationFile ?? null,
  });
}

const nameChanges = (enterpriseId: string) => db.application.findMany({ where: { enterpriseId, kind: "NAME_CHANGE" } });

describe("editEnterprise: other information", () => {
  it("saves the direct fields at once, audited with before/after, without any application or file", async () => {
    const unit = await approvedUnit();
    const before = await db.enterprise.findUniqueOrThrow({ where: { id: unit.enterprise.id } });

    const outcome = await edit(unit.actor, {
      ...unit.edit,
      contactName: "李四",
      contactPhone: "13900001111",
      contactAddress: "浙江省宁波市海曙区新址1号",
    });

    expect(outcome.submitted).toEqual([]);
    expect(outcome.saved.sort()).toEqual(["联系人", "联系地址", "联系电话"].sort());
    const after = await db.enterprise.findUniqueOrThrow({ where: { id: unit.enterprise.id } });
    expect(after).toMatchObject({
      contactName: "李四",
      contactPhone: "13900001111",
      contactAddress: "浙江省宁波市海曙区新址1号",
    });
    // Untouched fields stay as they were.
    expect(after).toMatchObject({
      name: before.name,
      legalRepresentative: before.legalRepresentative,
      licenseFileId: before.licenseFileId,
    });

    const logs = await db.auditLog.findMany({ where: { targetType: "Enterprise", targetId: unit.enterprise.id } });
    expect(logs).toHaveLength(1);
    expect(logs[0]).toMatchObject({ action: "enterprise.edit", actorId: unit.account.id, actorRole: "ENTERPRISE" });
    expect(logs[0].detail).toEqual({
      contactName: [before.contactName, "李四"],
      contactPhone: [before.contactPhone, "13900001111"],
      contactAddress: [before.contactAddress, "浙江省宁波市海曙区新址1号"],
    });

    // Only the registration exists; no file was added.
    expect(await db.application.count({ where: { enterpriseId: unit.enterprise.id } })).toBe(1);
    expect(await db.storedFile.count()).toBe(2);
  });

  it("says 未作任何修改 when nothing changed, and records nothing", async () => {
    const unit = await approvedUnit();
    const attempt = edit(unit.actor, unit.edit);
    await expect(attempt).rejects.toBeInstanceOf(InvalidInputError);
    await expect(attempt).rejects.toThrow("未作任何修改");
    expect(await db.auditLog.count({ where: { targetType: { not: "Application" } } })).toBe(0);
    expect(await db.application.count()).toBe(1);
  });

  it("refuses an enterprise that is not approved yet, and staff", async () => {
    const pending = await createEnterprise();
    const { creditCode: _c, email: _e, ...fields } = pending.fields;
    await expect(edit(pending.actor, { ...fields, contactName: "王五" })).rejects.toBeInstanceOf(NotFoundError);
    const { actor: reviewer } = await createStaff("REVIEWER");
    await expect(edit(reviewer, { ...fields, contactName: "王五" })).rejects.toBeInstanceOf(ForbiddenError);
    expect((await db.enterprise.findUniqueOrThrow({ where: { id: pending.enterprise.id } })).contactName).toBe(
      pending.fields.contactName,
    );
  });
});

describe("单位名称变更", () => {
  it("requires a new 营业执照 with a new name, and refuses one without a new name", async () => {
    const unit = await approvedUnit();
    const attempt = edit(unit.actor, { ...unit.edit, name: "新名称交通建设有限公司" });
    await expect(attempt).rejects.toBeInstanceOf(InvalidInputError);
    await expect(attempt).rejects.toMatchObject({
      fieldErrors: { licenseFile: [expect.stringContaining("营业执照")] },
    });

    const fileOnly = edit(unit.actor, unit.edit, { licenseFile: pdfFile() });
    await expect(fileOnly).rejects.toMatchObject({
      fieldErrors: { licenseFile: [expect.stringContaining("无需重新上传")] },
    });

    expect(await nameChanges(unit.enterprise.id)).toHaveLength(0);
    expect(await db.storedFile.count()).toBe(2);
    expect((await db.enterprise.findUniqueOrThrow({ where: { id: unit.enterprise.id } })).name).toBe(unit.fields.name);
  });

  it("becomes a NAME_CHANGE 待审核; the name stays in force until approval (direct fields save at once)", async () => {
    const unit = await approvedUnit();
    const newName = "浙江新航道交通建设集团有限公司";
    const outcome = await edit(
      unit.actor,
      { ...unit.edit, name: newName, contactName: "赵六" },
      { licenseFile: pdfFile("新营业执照.pdf") },
    );
    expect(outcome).toEqual({ saved: ["联系人"], submitted: ["NAME_CHANGE"] });

    const [app] = await nameChanges(unit.enterprise.id);
    expect(app).toMatchObject({ status: "PENDING_REVIEW", version: 0, personId: null, certificateId: null });
    const payload = nameChangePayload.parse(app.payload);
    expect(payload.before).toEqual({ name: unit.fields.name, licenseFileId: unit.licenseFileId });
    expect(payload.after.name).toBe(newName);
    expect(payload.after.licenseFileId).not.toBe(unit.licenseFileId);
    const newFile = await db.storedFile.findUniqueOrThrow({ where: { id: payload.after.licenseFileId } });
    expect(newFile).toMatchObject({
      enterpriseId: unit.enterprise.id,
      uploadedById: unit.account.id,
      mimeType: "application/pdf",
    });
    expect(await db.applicationEvent.findMany({ where: { applicationId: app.id } })).toMatchObject([
      { action: "submit", fromStatus: null, toStatus: "PENDING_REVIEW", actorId: unit.account.id },
    ]);

    const enterprise = await db.enterprise.findUniqueOrThrow({
      where: { id: unit.enterprise.id },
      include: { account: true },
    });
    expect(enterprise).toMatchObject({
      name: unit.fields.name,
      licenseFileId: unit.licenseFileId,
      contactName: "赵六",
    });
    expect(enterprise.account.displayName).toBe(unit.fields.name);

    // The enterprise can read its own application.
    expect((await getOwnApplication({ actor: unit.actor, applicationId: app.id, kind: "NAME_CHANGE" })).id).toBe(
      app.id,
    );
  });

  it("refuses a second name change while one is open", async () => {
    const unit = await approvedUnit();
    await edit(unit.actor, { ...unit.edit, name: "第一次新名称有限公司" }, { licenseFile: pdfFile() });
    const attempt = edit(unit.actor, { ...unit.edit, name: "第二次新名称有限公司" }, { licenseFile: pdfFile() });
    await expect(attempt).rejects.toBeInstanceOf(InvalidInputError);
    await expect(attempt).rejects.toMatchObject({ fieldErrors: { name: [expect.stringContaining("审核中")] } });

    const apps = await nameChanges(unit.enterprise.id);
    expect(apps).toHaveLength(1);
    expect(nameChangePayload.parse(apps[0].payload).after.name).toBe("第一次新名称有限公司");
    expect(await db.storedFile.count()).toBe(3);
  });

  it("two name changes at the same moment: exactly one application; the database decides", async () => {
    const unit = await approvedUnit();
    const results = await Promise.allSettled(
      ["甲", "乙"].map((s) =>
        edit(unit.actor, { ...unit.edit, name: `并发改名${s}有限公司` }, { licenseFile: pdfFile() }),
      ),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const loser = results.find((r): r is PromiseRejectedResult => r.status === "rejected")!;
    expect([ConflictError, InvalidInputError].some((E) => loser.reason instanceof E)).toBe(true);
    // Both pass the read-then-write check in practice; the partial unique index refuses the second.
    if (loser.reason instanceof ConflictError) expect(loser.reason.message).toContain("已有办理中的同类申请");
    else expect(loser.reason.fieldErrors).toHaveProperty("name");

    expect(await nameChanges(unit.enterprise.id)).toHaveLength(1);
    expect(await db.applicationEvent.count({ where: { application: { kind: "NAME_CHANGE" } } })).toBe(1);
    // The loser's upload (if it got that far) was discarded.
    expect(await db.storedFile.count()).toBe(3);
  });

  it("the partial unique index refuses a second open NAME_CHANGE even past the read-then-write check", async () => {
    const unit = await approvedUnit();
    const payload = {
      before: { name: "a", licenseFileId: unit.licenseFileId },
      after: { name: "b", licenseFileId: unit.licenseFileId },
    };
    const create = () =>
      db.$transaction((tx) =>
        createApplication(tx, { actor: unit.actor, kind: "NAME_CHANGE", enterpriseId: unit.enterprise.id, payload }),
      );
    await create();
    const attempt = create();
    await expect(attempt).rejects.toBeInstanceOf(ConflictError);
    await expect(attempt).rejects.toThrow("已有办理中的同类申请");
    expect(await nameChanges(unit.enterprise.id)).toHaveLength(1);
    // A different kind is not blocked by it, but its payload must have the kind's shape.
    const qualification = (fields: object) =>
      db.$transaction((tx) =>
        createApplication(tx, {
          actor: unit.actor,
          kind: "QUALIFICATION_CHANGE",
          enterpriseId: unit.enterprise.id,
          payload: { before: fields, after: fields },
        }),
      );
    await expect(qualification({})).rejects.toThrow();
    expect(await db.application.count({ where: { enterpriseId: unit.enterprise.id, status: "PENDING_REVIEW" } })).toBe(
      1,
    );
    await qualification({
      qualificationType: "公路工程施工总承包",
      qualificationLevel: "二级",
      qualificationCertNo: "D233000001",
      qualificationExpiry: "2030-01-01",
      qualificationFileId: unit.licenseFileId,
    });
    expect(await db.application.count({ where: { enterpriseId: unit.enterprise.id, status: "PENDING_REVIEW" } })).toBe(
      2,
    );
  });

  it("approved: the name, 营业执照 and account display name change; a new name change may follow", async () => {
    const unit = await approvedUnit();
    const { actor: reviewer } = await createStaff("REVIEWER");
    const { actor: assessor } = await createStaff("ASSESSOR");
    const newName = "杭州通途交通工程有限公司";
    await edit(unit.actor, { ...unit.edit, name: newName }, { licenseFile: pdfFile() });
    const [app] = await nameChanges(unit.enterprise.id);
    const proposedFile = nameChangePayload.parse(app.payload).after.licenseFileId;

    // Only the 审核部门 decides a name change.
    await expect(
      decideApplication({
        actor: assessor,
        kind: "NAME_CHANGE",
        applicationId: app.id,
        expectedVersion: 0,
        action: "approve",
      }),
    ).rejects.toBeInstanceOf(ForbiddenError);
    await expect(
      decideApplication({
        actor: unit.actor,
        kind: "NAME_CHANGE",
        applicationId: app.id,
        expectedVersion: 0,
        action: "approve",
      }),
    ).rejects.toBeInstanceOf(ForbiddenError);
    expect((await db.enterprise.findUniqueOrThrow({ where: { id: unit.enterprise.id } })).name).toBe(unit.fields.name);

    await decideApplication({
      actor: reviewer,
      kind: "NAME_CHANGE",
      applicationId: app.id,
      expectedVersion: 0,
      action: "approve",
    });

    const decided = await db.application.findUniqueOrThrow({ where: { id: app.id } });
    expect(decided).toMatchObject({ status: "APPROVED", version: 1 });
    expect(decided.decidedAt).toBeInstanceOf(Date);
    const enterprise = await db.enterprise.findUniqueOrThrow({
      where: { id: unit.enterprise.id },
      include: { account: true },
    });
    expect(enterprise).toMatchObject({ name: newName, licenseFileId: proposedFile });
    expect(enterprise.account.displayName).toBe(newName);
    // The old licence is kept (it is part of the history), not deleted.
    expect(await db.storedFile.findUnique({ where: { id: unit.licenseFileId } })).not.toBeNull();

    // Approving again is a conflict; a new change is possible now that none is open.
    await expect(
      decideApplication({
        actor: reviewer,
        kind: "NAME_CHANGE",
        applicationId: app.id,
        expectedVersion: 1,
        action: "approve",
      }),
    ).rejects.toBeInstanceOf(ConflictError);
    const { creditCode: _c, email: _e, ...current } = { ...unit.fields, name: newName };
    await edit(unit.actor, { ...current, name: "再次更名有限公司" }, { licenseFile: pdfFile() });
    expect(await nameChanges(unit.enterprise.id)).toHaveLength(2);
    const second = nameChangePayload.parse(
      (await db.application.findFirstOrThrow({ where: { kind: "NAME_CHANGE", status: "PENDING_REVIEW" } })).payload,
    );
    expect(second.before).toEqual({ name: newName, licenseFileId: proposedFile });
  });

  it("rejection needs a reason; rejected → resubmitted with a corrected name (file kept) → approved", async () => {
    const unit = await approvedUnit();
    const { actor: reviewer } = await createStaff("REVIEWER");
    await edit(unit.actor, { ...unit.edit, name: "杭州通途交通工程有限公 司" }, { licenseFile: pdfFile() });
    const [app] = await nameChanges(unit.enterprise.id);
    const proposedFile = nameChangePayload.parse(app.payload).after.licenseFileId;

    for (const opinion of [undefined, "", "   "]) {
      const attempt = decideApplication({
        actor: reviewer,
        kind: "NAME_CHANGE",
        applicationId: app.id,
        expectedVersion: 0,
        action: "reject",
        opinion,
      });
      await expect(attempt).rejects.toBeInstanceOf(InvalidInputError);
      await expect(attempt).rejects.toMatchObject({ fieldErrors: { opinion: [expect.any(String)] } });
    }
    expect(await db.application.findUniqueOrThrow({ where: { id: app.id } })).toMatchObject({
      status: "PENDING_REVIEW",
      version: 0,
    });

    await decideApplication({
      actor: reviewer,
      kind: "NAME_CHANGE",
      applicationId: app.id,
      expectedVersion: 0,
      action: "reject",
      opinion: "名称中有多余空格，与营业执照不一致",
    });
    expect(await db.application.findUniqueOrThrow({ where: { id: app.id } })).toMatchObject({
      status: "REJECTED",
      version: 1,
    });
    expect(
      await db.applicationEvent.findFirstOrThrow({ where: { applicationId: app.id, action: "reject" } }),
    ).toMatchObject({
      opinion: "名称中有多余空格，与营业执照不一致",
      actorId: reviewer.accountId,
    });
    // A rejection changes nothing.
    expect((await db.enterprise.findUniqueOrThrow({ where: { id: unit.enterprise.id } })).name).toBe(unit.fields.name);

    // Stale version, empty name, another enterprise: refused.
    const corrected = "杭州通途交通工程有限公司";
    await expect(
      resubmitEnterpriseChange({
        actor: unit.actor,
        applicationId: app.id,
        expectedVersion: 0,
        fields: { name: corrected },
        file: null,
      }),
    ).rejects.toBeInstanceOf(ConflictError);
    await expect(
      resubmitEnterpriseChange({
        actor: unit.actor,
        applicationId: app.id,
        expectedVersion: 1,
        fields: { name: "" },
        file: null,
      }),
    ).rejects.toMatchObject({ fieldErrors: { name: [expect.any(String)] } });
    // Resubmitting the unit's current name would be a change of nothing but the file.
    await expect(
      resubmitEnterpriseChange({
        actor: unit.actor,
        applicationId: app.id,
        expectedVersion: 1,
        fields: { name: unit.fields.name },
        file: null,
      }),
    ).rejects.toMatchObject({ fieldErrors: { name: ["新单位名称与现名称相同"] } });
    const other = await createEnterprise({ approved: true });
    await expect(
      resubmitEnterpriseChange({
        actor: other.actor,
        applicationId: app.id,
        expectedVersion: 1,
        fields: { name: "别人的名字有限公司" },
        file: null,
      }),
    ).rejects.toBeInstanceOf(NotFoundError);
    await expect(
      getOwnApplication({ actor: other.actor, applicationId: app.id, kind: "NAME_CHANGE" }),
    ).rejects.toBeInstanceOf(NotFoundError);

    const result = await resubmitEnterpriseChange({
      actor: unit.actor,
      applicationId: app.id,
      expectedVersion: 1,
      fields: { name: corrected },
      file: null,
    });
    expect(result).toMatchObject({ status: "PENDING_REVIEW", version: 2 });
    const resubmitted = await db.application.findUniqueOrThrow({ where: { id: app.id } });
    expect(resubmitted).toMatchObject({ status: "PENDING_REVIEW", version: 2, decidedAt: null });
    expect(resubmitted.submittedAt.getTime()).toBeGreaterThan(app.submittedAt.getTime());
    expect(nameChangePayload.parse(resubmitted.payload).after).toEqual({
      name: corrected,
      licenseFileId: proposedFile,
    });
    expect(await db.storedFile.count({ where: { enterpriseId: unit.enterprise.id } })).toBe(3);

    await decideApplication({
      actor: reviewer,
      kind: "NAME_CHANGE",
      applicationId: app.id,
      expectedVersion: 2,
      action: "approve",
    });
    expect(await db.enterprise.findUniqueOrThrow({ where: { id: unit.enterprise.id } })).toMatchObject({
      name: corrected,
      licenseFileId: proposedFile,
    });
    expect(
      (await db.applicationEvent.findMany({ where: { applicationId: app.id }, orderBy: { at: "asc" } })).map(
        (e) => e.action,
      ),
    ).toEqual(["submit", "reject", "resubmit", "approve"]);
  });

  it("refuses an .exe renamed .pdf as 营业执照 by its content, and creates nothing", async () => {
    const unit = await approvedUnit();
    const attempt = edit(
      unit.actor,
      { ...unit.edit, name: "可执行文件有限公司", contactName: "不应保存" },
      { licenseFile: exeFile() },
    );
    await expect(attempt).rejects.toBeInstanceOf(InvalidInputError);
    await expect(attempt).rejects.toMatchObject({
      fieldErrors: { licenseFile: [expect.stringContaining("不是 PDF、JPG 或 PNG")] },
    });

    expect(await nameChanges(unit.enterprise.id)).toHaveLength(0);
    expect(await db.storedFile.count()).toBe(2);
    expect(await db.auditLog.count({ where: { targetType: { not: "Application" } } })).toBe(0);
    expect(await db.enterprise.findUniqueOrThrow({ where: { id: unit.enterprise.id } })).toMatchObject({
      name: unit.fields.name,
      contactName: unit.fields.contactName,
    });
  });

  it("a good 营业执照 with a bad 资质证书: neither application, and the good upload is discarded", async () => {
    const unit = await approvedUnit();
    const attempt = edit(
      unit.actor,
      { ...unit.edit, name: "半途而废有限公司", qualificationLevel: "二级" },
      { licenseFile: pdfFile(), qualificationFile: exeFile("资质证书.png") },
    );
    await expect(attempt).rejects.toMatchObject({ fieldErrors: { qualificationFile: [expect.any(String)] } });
    expect(await db.application.count({ where: { kind: { in: ["NAME_CHANGE", "QUALIFICATION_CHANGE"] } } })).toBe(0);
    expect(await db.storedFile.count()).toBe(2);
  });
});

describe("资质变更", () => {
  const newQualification = {
    qualificationType: "港口与航道工程施工总承包",
    qualificationLevel: "二级",
    qualificationCertNo: "D2330099999",
    qualificationExpiry: "2031-12-31",
  } as const;

  it("requires a new 资质证书; then 待审核 with nothing changed until approval, which updates all four fields and the file", async () => {
    const unit = await approvedUnit();
    const { actor: reviewer } = await createStaff("REVIEWER");
    const missing = edit(unit.actor, { ...unit.edit, ...newQualification });
    await expect(missing).rejects.toBeInstanceOf(InvalidInputError);
    await expect(missing).rejects.toMatchObject({
      fieldErrors: { qualificationFile: [expect.stringContaining("资质证书")] },
    });
    expect(await db.application.count({ where: { kind: "QUALIFICATION_CHANGE" } })).toBe(0);

    const outcome = await edit(unit.actor, { ...unit.edit, ...newQualification }, { qualificationFile: pngFile() });
    expect(outcome).toEqual({ saved: [], submitted: ["QUALIFICATION_CHANGE"] });
    const app = await db.application.findFirstOrThrow({ where: { kind: "QUALIFICATION_CHANGE" } });
    expect(app).toMatchObject({ status: "PENDING_REVIEW", enterpriseId: unit.enterprise.id });
    const payload = qualificationChangePayload.parse(app.payload);
    expect(payload.before).toEqual({
      qualificationType: unit.fields.qualificationType,
      qualificationLevel: unit.fields.qualificationLevel,
      qualificationCertNo: unit.fields.qualificationCertNo,
      qualificationExpiry: unit.fields.qualificationExpiry,
      qualificationFileId: unit.qualificationFileId,
    });
    expect(payload.after).toMatchObject(newQualification);
    expect((await db.storedFile.findUniqueOrThrow({ where: { id: payload.after.qualificationFileId } })).mimeType).toBe(
      "image/png",
    );

    // A second one while it is open is refused.
    await expect(
      edit(unit.actor, { ...unit.edit, qualificationLevel: "三级" }, { qualificationFile: pngFile() }),
    ).rejects.toMatchObject({
      fieldErrors: { qualificationType: [expect.stringContaining("审核中")] },
    });

    let enterprise = await db.enterprise.findUniqueOrThrow({ where: { id: unit.enterprise.id } });
    expect(enterprise).toMatchObject({
      qualificationType: unit.fields.qualificationType,
      qualificationFileId: unit.qualificationFileId,
    });
    expect(toDateOnly(enterprise.qualificationExpiry)).toBe(unit.fields.qualificationExpiry);

    await decideApplication({
      actor: reviewer,
      kind: "QUALIFICATION_CHANGE",
      applicationId: app.id,
      expectedVersion: 0,
      action: "approve",
    });
    enterprise = await db.enterprise.findUniqueOrThrow({ where: { id: unit.enterprise.id } });
    expect(enterprise).toMatchObject({
      qualificationType: newQualification.qualificationType,
      qualificationLevel: newQualification.qualificationLevel,
      qualificationCertNo: newQualification.qualificationCertNo,
      qualificationExpiry: fromDateOnly(newQualification.qualificationExpiry),
      qualificationFileId: payload.after.qualificationFileId,
      name: unit.fields.name,
    });
  });

  it("rejected → resubmitted with corrected fields and no new file (file kept) → approved; or with a new file", async () => {
    const unit = await approvedUnit();
    const { actor: reviewer } = await createStaff("REVIEWER");
    await edit(unit.actor, { ...unit.edit, ...newQualification }, { qualificationFile: pngFile() });
    const app = await db.application.findFirstOrThrow({ where: { kind: "QUALIFICATION_CHANGE" } });
    const proposedFile = qualificationChangePayload.parse(app.payload).after.qualificationFileId;

    await expect(
      decideApplication({
        actor: reviewer,
        kind: "QUALIFICATION_CHANGE",
        applicationId: app.id,
        expectedVersion: 0,
        action: "reject",
      }),
    ).rejects.toBeInstanceOf(InvalidInputError);
    await decideApplication({
      actor: reviewer,
      kind: "QUALIFICATION_CHANGE",
      applicationId: app.id,
      expectedVersion: 0,
      action: "reject",
      opinion: "证书编号与扫描件不符",
    });

    // Incomplete qualification fields are refused.
    await expect(
      resubmitEnterpriseChange({
        actor: unit.actor,
        applicationId: app.id,
        expectedVersion: 1,
        fields: { qualificationType: "公路工程施工总承包" },
        file: null,
      }),
    ).rejects.toBeInstanceOf(InvalidInputError);
    expect(await db.application.findUniqueOrThrow({ where: { id: app.id } })).toMatchObject({
      status: "REJECTED",
      version: 1,
    });

    const corrected = { ...newQualification, qualificationCertNo: "D2330088888" };
    await resubmitEnterpriseChange({
      actor: unit.actor,
      applicationId: app.id,
      expectedVersion: 1,
      fields: corrected,
      file: null,
    });
    const resubmitted = await db.application.findUniqueOrThrow({ where: { id: app.id } });
    expect(resubmitted).toMatchObject({ status: "PENDING_REVIEW", version: 2 });
    expect(qualificationChangePayload.parse(resubmitted.payload).after).toEqual({
      ...corrected,
      qualificationFileId: proposedFile,
    });

    // Rejected again, resubmitted with a new file this time: the new file is proposed.
    await decideApplication({
      actor: reviewer,
      kind: "QUALIFICATION_CHANGE",
      applicationId: app.id,
      expectedVersion: 2,
      action: "reject",
      opinion: "扫描件不清晰",
    });
    await resubmitEnterpriseChange({
      actor: unit.actor,
      applicationId: app.id,
      expectedVersion: 3,
      fields: corrected,
      file: pdfFile("资质证书-清晰.pdf"),
    });
    const newFile = qualificationChangePayload.parse(
      (await db.application.findUniqueOrThrow({ where: { id: app.id } })).payload,
    ).after.qualificationFileId;
    expect(newFile).not.toBe(proposedFile);
    expect(await db.storedFile.findUniqueOrThrow({ where: { id: newFile } })).toMatchObject({
      enterpriseId: unit.enterprise.id,
      mimeType: "application/pdf",
    });

    await decideApplication({
      actor: reviewer,
      kind: "QUALIFICATION_CHANGE",
      applicationId: app.id,
      expectedVersion: 4,
      action: "approve",
    });
    expect(await db.enterprise.findUniqueOrThrow({ where: { id: unit.enterprise.id } })).toMatchObject({
      qualificationCertNo: "D2330088888",
      qualificationFileId: newFile,
    });
  });

  it("a resubmission with an .exe as the new file is refused and leaves the rejected application as it was", async () => {
    const unit = await approvedUnit();
    const { actor: reviewer } = await createStaff("REVIEWER");
    await edit(unit.actor, { ...unit.edit, ...newQualification }, { qualificationFile: pngFile() });
    const app = await db.application.findFirstOrThrow({ where: { kind: "QUALIFICATION_CHANGE" } });
    await decideApplication({
      actor: reviewer,
      kind: "QUALIFICATION_CHANGE",
      applicationId: app.id,
      expectedVersion: 0,
      action: "reject",
      opinion: "请重传",
    });
    const files = await db.storedFile.count();
    await expect(
      resubmitEnterpriseChange({
        actor: unit.actor,
        applicationId: app.id,
        expectedVersion: 1,
        fields: newQualification,
        file: exeFile("资质证书.pdf"),
      }),
    ).rejects.toMatchObject({ fieldErrors: { qualificationFile: [expect.stringContaining("不是 PDF、JPG 或 PNG")] } });
    expect(await db.application.findUniqueOrThrow({ where: { id: app.id } })).toMatchObject({
      status: "REJECTED",
      version: 1,
    });
    expect(await db.storedFile.count()).toBe(files);
  });
});

describe("更换邮箱", () => {
  it("sending codes is throttled per address like 注册 and 找回密码 (10 an hour), before anything is sent", async () => {
    const unit = await approvedUnit();
    const ip = uniqueIp();
    for (let i = 0; i < 10; i++) await requestEmailChange({ actor: unit.actor, newEmail: uniqueEmail("many"), ip });
    const eleventh = requestEmailChange({ actor: unit.actor, newEmail: uniqueEmail("many"), ip });
    await expect(eleventh).rejects.toBeInstanceOf(RateLimitedError);
    await expect(eleventh).rejects.toThrow(/验证码发送过于频繁，请\d+分钟后再试/);
    expect(await db.outboxMessage.count()).toBe(10);
    expect(await db.emailCode.count()).toBe(10);
  });

  it("sends the code to the NEW address only; confirming changes the email and is audited", async () => {
    const unit = await approvedUnit();
    const newEmail = uniqueEmail("new");
    await requestEmailChange({ actor: unit.actor, newEmail, ip: uniqueIp() });

    const mails = await db.outboxMessage.findMany();
    expect(mails).toHaveLength(1);
    expect(mails[0].to).toBe(newEmail);
    expect(mails[0].subject).toContain("更换邮箱");
    expect((await db.enterprise.findUniqueOrThrow({ where: { id: unit.enterprise.id } })).email).toBe(
      unit.fields.email,
    );

    const code = await latestCodeFor(newEmail);
    await confirmEmailChange({ actor: unit.actor, newEmail, code });
    expect((await db.enterprise.findUniqueOrThrow({ where: { id: unit.enterprise.id } })).email).toBe(newEmail);
    const log = await db.auditLog.findFirstOrThrow({
      where: { action: "enterprise.email-change", targetId: unit.enterprise.id },
    });
    expect(log).toMatchObject({ actorId: unit.account.id, targetType: "Enterprise" });
    expect(log.detail).toEqual({ email: [unit.fields.email, newEmail] });

    // The code is spent.
    await expect(confirmEmailChange({ actor: unit.actor, newEmail, code })).rejects.toBeInstanceOf(InvalidInputError);
  });

  it("a wrong code leaves the email unchanged", async () => {
    const unit = await approvedUnit();
    const newEmail = uniqueEmail("new");
    await requestEmailChange({ actor: unit.actor, newEmail, ip: uniqueIp() });
    const code = await latestCodeFor(newEmail);
    const wrong = code === "000000" ? "000001" : "000000";
    const attempt = confirmEmailChange({ actor: unit.actor, newEmail, code: wrong });
    await expect(attempt).rejects.toBeInstanceOf(InvalidInputError);
    await expect(attempt).rejects.toMatchObject({ fieldErrors: { code: [expect.any(String)] } });
    expect((await db.enterprise.findUniqueOrThrow({ where: { id: unit.enterprise.id } })).email).toBe(
      unit.fields.email,
    );
    expect(await db.auditLog.count({ where: { targetType: { not: "Application" } } })).toBe(0);

    // Another enterprise cannot use this enterprise's code for the address.
    const other = await approvedUnit();
    await expect(confirmEmailChange({ actor: other.actor, newEmail, code })).rejects.toBeInstanceOf(InvalidInputError);
    expect((await db.enterprise.findUniqueOrThrow({ where: { id: other.enterprise.id } })).email).toBe(
      other.fields.email,
    );
  });

  it("refuses an address used by another enterprise (at request and at confirmation) and the current one", async () => {
    const unit = await approvedUnit();
    const other = await approvedUnit();
    const taken = requestEmailChange({ actor: unit.actor, newEmail: other.fields.email, ip: uniqueIp() });
    await expect(taken).rejects.toBeInstanceOf(InvalidInputError);
    await expect(taken).rejects.toMatchObject({ fieldErrors: { newEmail: ["该邮箱已被其他单位使用"] } });
    await expect(
      requestEmailChange({ actor: unit.actor, newEmail: unit.fields.email, ip: uniqueIp() }),
    ).rejects.toMatchObject({
      fieldErrors: { newEmail: [expect.stringContaining("相同")] },
    });
    expect(await db.outboxMessage.count()).toBe(0);

    // Free when requested, taken before it is confirmed.
    const newEmail = uniqueEmail("race");
    await requestEmailChange({ actor: unit.actor, newEmail, ip: uniqueIp() });
    const code = await latestCodeFor(newEmail);
    await db.enterprise.update({ where: { id: other.enterprise.id }, data: { email: newEmail } });
    await expect(confirmEmailChange({ actor: unit.actor, newEmail, code })).rejects.toMatchObject({
      fieldErrors: { newEmail: ["该邮箱已被其他单位使用"] },
    });
    expect((await db.enterprise.findUniqueOrThrow({ where: { id: unit.enterprise.id } })).email).toBe(
      unit.fields.email,
    );
  });
});
