// Who may see and do what: every use case authorises with the actor it is given.
import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { GET as getFile } from "@/app/files/[id]/route";
import { createSession, sessionCookieName } from "@/lib/server/auth/session";
import type { Actor } from "@/lib/server/auth/actor";
import { db } from "@/lib/server/db";
import { listEnterprises, getEnterpriseForStaff, getOwnEnterprise } from "@/lib/server/enterprises/queries";
import { ConflictError, ForbiddenError, NotFoundError } from "@/lib/server/errors";
import { readFileForActor } from "@/lib/server/files/read-file";
import { resetEnterprisePassword } from "@/lib/server/password/reset-enterprise-password";
import { decideApplication } from "@/lib/server/workflow/decide-application";
import { getOwnRegistration } from "@/lib/server/registration/queries";
import { getApplicationForStaff, listApplicationsForStaff } from "@/lib/server/review/queries";
import { resubmitRegistration } from "@/lib/server/registration/resubmit-registration";
import { createEnterprise, createStaff, pdfBytes, pdfFile } from "./support/factories";

async function expectUnchanged(applicationId: string, status = "PENDING_REVIEW", version = 0) {
  expect(await db.application.findUniqueOrThrow({ where: { id: applicationId } })).toMatchObject({ status, version });
}

describe("files", () => {
  it("an enterprise reads its own files, not another enterprise's (not found, not forbidden)", async () => {
    const a = await createEnterprise();
    const b = await createEnterprise();

    const own = await readFileForActor({ actor: a.actor, fileId: a.licenseFileId });
    expect(own.file.id).toBe(a.licenseFileId);
    expect(Buffer.from(own.bytes).equals(Buffer.from(pdfBytes()))).toBe(true);

    for (const fileId of [b.licenseFileId, b.qualificationFileId]) {
      const attempt = readFileForActor({ actor: a.actor, fileId });
      await expect(attempt).rejects.toBeInstanceOf(NotFoundError);
    }
    // A missing id and a malformed id look the same.
    await expect(
      readFileForActor({ actor: a.actor, fileId: "00000000-0000-0000-0000-000000000001" }),
    ).rejects.toBeInstanceOf(NotFoundError);
    await expect(readFileForActor({ actor: a.actor, fileId: "../../etc/passwd" })).rejects.toBeInstanceOf(
      NotFoundError,
    );
  });

  it("staff read any enterprise's files", async () => {
    const a = await createEnterprise();
    const b = await createEnterprise();
    const { actor: reviewer } = await createStaff("REVIEWER");
    for (const fileId of [a.licenseFileId, b.qualificationFileId]) {
      expect((await readFileForActor({ actor: reviewer, fileId })).file.id).toBe(fileId);
    }
  });

  it("a file not (yet) attached to any enterprise is readable by staff only", async () => {
    const a = await createEnterprise();
    const orphan = await db.storedFile.update({ where: { id: a.licenseFileId }, data: { enterpriseId: null } });
    await expect(readFileForActor({ actor: a.actor, fileId: orphan.id })).rejects.toBeInstanceOf(NotFoundError);
    const noEnterprise: Actor = { ...a.actor, enterpriseId: null };
    await expect(readFileForActor({ actor: noEnterprise, fileId: a.qualificationFileId })).rejects.toBeInstanceOf(
      NotFoundError,
    );
    const { actor: assessor } = await createStaff("ASSESSOR");
    expect((await readFileForActor({ actor: assessor, fileId: orphan.id })).file.id).toBe(orphan.id);
  });

  it("the 系统管理员 and a person may not read uploads", async () => {
    const a = await createEnterprise();
    const { actor: admin } = await createStaff("ADMIN");
    const person: Actor = { ...a.actor, role: "PERSON" };
    for (const actor of [admin, person]) {
      await expect(readFileForActor({ actor, fileId: a.licenseFileId })).rejects.toBeInstanceOf(ForbiddenError);
    }
  });
});

describe("GET /files/[id]", () => {
  async function fetchFile(fileId: string, accountId?: string) {
    const cookie = accountId ? `${sessionCookieName()}=${(await createSession(accountId)).token}` : "";
    const request = new NextRequest(`http://localhost/files/${fileId}`, { headers: { cookie } });
    return getFile(request, { params: Promise.resolve({ id: fileId }) });
  }

  it("serves the unit's own file and a reviewer, refuses the 系统管理员 (403) and a stranger (401)", async () => {
    const a = await createEnterprise();
    const { account: reviewer } = await createStaff("REVIEWER");
    const { account: admin } = await createStaff("ADMIN");

    for (const accountId of [a.actor.accountId, reviewer.id]) {
      const ok = await fetchFile(a.licenseFileId, accountId);
      expect(ok.status).toBe(200);
      expect(Buffer.from(await ok.arrayBuffer()).equals(Buffer.from(pdfBytes()))).toBe(true);
    }

    const refused = await fetchFile(a.licenseFileId, admin.id);
    expect(refused.status).toBe(403);
    expect(await refused.text()).toBe("您没有权限执行此操作");

    const anonymous = await fetchFile(a.licenseFileId);
    expect(anonymous.status).toBe(401);
    expect(await anonymous.text()).toBe("未登录或登录已失效，请重新登录");
  });

  it("another unit's file is not found", async () => {
    const a = await createEnterprise();
    const b = await createEnterprise();
    expect((await fetchFile(b.licenseFileId, a.actor.accountId)).status).toBe(404);
  });
});

describe("deciding registrations", () => {
  for (const role of ["ADMIN", "ASSESSOR"] as const) {
    it(`${role} cannot decide a registration`, async () => {
      const e = await createEnterprise();
      const { actor } = await createStaff(role);
      for (const decision of ["approve", "reject"] as const) {
        await expect(
          decideApplication({
            kind: "ENTERPRISE_REGISTRATION",
            actor,
            applicationId: e.applicationId,
            expectedVersion: 0,
            action: decision,
            opinion: "不通过",
          }),
        ).rejects.toBeInstanceOf(ForbiddenError);
      }
      await expectUnchanged(e.applicationId);
      expect(await db.applicationEvent.count({ where: { applicationId: e.applicationId } })).toBe(1);
      expect(await db.enterprise.findUniqueOrThrow({ where: { id: e.enterprise.id } })).toMatchObject({
        approvedAt: null,
      });
    });
  }

  it("an enterprise cannot decide its own registration", async () => {
    const e = await createEnterprise();
    await expect(
      decideApplication({
        kind: "ENTERPRISE_REGISTRATION",
        actor: e.actor,
        applicationId: e.applicationId,
        expectedVersion: 0,
        action: "approve",
      }),
    ).rejects.toBeInstanceOf(ForbiddenError);
    await expectUnchanged(e.applicationId);
    expect(await db.enterprise.findUniqueOrThrow({ where: { id: e.enterprise.id } })).toMatchObject({
      approvedAt: null,
    });
  });

  it("an enterprise cannot decide another enterprise's registration either", async () => {
    const a = await createEnterprise();
    const b = await createEnterprise();
    await expect(
      decideApplication({
        kind: "ENTERPRISE_REGISTRATION",
        actor: a.actor,
        applicationId: b.applicationId,
        expectedVersion: 0,
        action: "approve",
      }),
    ).rejects.toBeInstanceOf(ForbiddenError);
    await expectUnchanged(b.applicationId);
  });

  it("a reviewer cannot resubmit on the enterprise's behalf", async () => {
    const e = await createEnterprise();
    const { actor: reviewer } = await createStaff("REVIEWER");
    await decideApplication({
      kind: "ENTERPRISE_REGISTRATION",
      actor: reviewer,
      applicationId: e.applicationId,
      expectedVersion: 0,
      action: "reject",
      opinion: "材料不全",
    });
    const { email: _e, ...fields } = e.fields;
    await expect(
      resubmitRegistration({
        actor: reviewer,
        applicationId: e.applicationId,
        expectedVersion: 1,
        fields,
        licenseFile: null,
        qualificationFile: null,
      }),
    ).rejects.toBeInstanceOf(ForbiddenError);
    await expectUnchanged(e.applicationId, "REJECTED", 1);
  });
});

describe("resubmitting registrations", () => {
  it("an enterprise cannot resubmit another enterprise's rejected registration", async () => {
    const a = await createEnterprise();
    const b = await createEnterprise();
    const { actor: reviewer } = await createStaff("REVIEWER");
    await decideApplication({
      kind: "ENTERPRISE_REGISTRATION",
      actor: reviewer,
      applicationId: b.applicationId,
      expectedVersion: 0,
      action: "reject",
      opinion: "材料不全",
    });
    await decideApplication({
      kind: "ENTERPRISE_REGISTRATION",
      actor: reviewer,
      applicationId: a.applicationId,
      expectedVersion: 0,
      action: "reject",
      opinion: "材料不全",
    });

    const { email: _e, ...aFields } = a.fields;
    const attempt = resubmitRegistration({
      actor: a.actor,
      applicationId: b.applicationId,
      expectedVersion: 1,
      fields: { ...aFields, name: "冒名顶替有限公司" },
      licenseFile: pdfFile(),
      qualificationFile: null,
    });
    await expect(attempt).rejects.toBeInstanceOf(NotFoundError);

    await expectUnchanged(b.applicationId, "REJECTED", 1);
    await expectUnchanged(a.applicationId, "REJECTED", 1);
    // Neither enterprise row changed (the update runs in the rolled-back transaction).
    expect((await db.enterprise.findUniqueOrThrow({ where: { id: a.enterprise.id } })).name).toBe(a.fields.name);
    expect((await db.enterprise.findUniqueOrThrow({ where: { id: b.enterprise.id } })).name).toBe(b.fields.name);
    expect((await db.enterprise.findUniqueOrThrow({ where: { id: a.enterprise.id } })).licenseFileId).toBe(
      a.licenseFileId,
    );
  });

  it("an approved registration cannot be resubmitted (the page is out of date)", async () => {
    const e = await createEnterprise({ approved: true });
    const { email: _e, ...fields } = e.fields;
    await expect(
      resubmitRegistration({
        actor: e.actor,
        applicationId: e.applicationId,
        expectedVersion: 1,
        fields: { ...fields, name: "改名" },
        licenseFile: null,
        qualificationFile: null,
      }),
    ).rejects.toBeInstanceOf(ConflictError);
    await expectUnchanged(e.applicationId, "APPROVED", 1);
    expect((await db.enterprise.findUniqueOrThrow({ where: { id: e.enterprise.id } })).name).toBe(e.fields.name);
  });
});

describe("registration queries", () => {
  it("getRegistrationForReview is for reviewers only", async () => {
    const a = await createEnterprise();
    const { actor: reviewer } = await createStaff("REVIEWER");
    const { actor: assessor } = await createStaff("ASSESSOR");
    const { actor: admin } = await createStaff("ADMIN");

    const app = await getApplicationForStaff({
      kind: "ENTERPRISE_REGISTRATION",
      actor: reviewer,
      applicationId: a.applicationId,
    });
    expect(app.id).toBe(a.applicationId);
    expect(app.enterprise.licenseFile.id).toBe(a.licenseFileId);
    expect(app.events.map((e) => e.action)).toEqual(["submit"]);

    for (const actor of [a.actor, assessor, admin]) {
      await expect(
        getApplicationForStaff({ kind: "ENTERPRISE_REGISTRATION", actor, applicationId: a.applicationId }),
      ).rejects.toBeInstanceOf(ForbiddenError);
    }
    await expect(
      getApplicationForStaff({ kind: "ENTERPRISE_REGISTRATION", actor: reviewer, applicationId: "not-a-uuid" }),
    ).rejects.toBeInstanceOf(NotFoundError);
    await expect(
      getApplicationForStaff({
        kind: "ENTERPRISE_REGISTRATION",
        actor: reviewer,
        applicationId: "00000000-0000-0000-0000-000000000001",
      }),
    ).rejects.toBeInstanceOf(NotFoundError);
  });

  it("listRegistrations is for reviewers only, and filters by status and search", async () => {
    const a = await createEnterprise({ fields: { name: "甲路桥工程有限公司" } });
    const b = await createEnterprise({ fields: { name: "乙港航工程有限公司" } });
    const { actor: reviewer } = await createStaff("REVIEWER");
    const { actor: assessor } = await createStaff("ASSESSOR");
    await decideApplication({
      kind: "ENTERPRISE_REGISTRATION",
      actor: reviewer,
      applicationId: b.applicationId,
      expectedVersion: 0,
      action: "approve",
    });

    for (const actor of [a.actor, assessor]) {
      await expect(listApplicationsForStaff({ kind: "ENTERPRISE_REGISTRATION", actor })).rejects.toBeInstanceOf(
        ForbiddenError,
      );
    }

    const all = await listApplicationsForStaff({ kind: "ENTERPRISE_REGISTRATION", actor: reviewer });
    expect(all.total).toBe(2);
    const pending = await listApplicationsForStaff({
      kind: "ENTERPRISE_REGISTRATION",
      actor: reviewer,
      status: "PENDING_REVIEW",
    });
    expect(pending.rows.map((r) => r.id)).toEqual([a.applicationId]);
    const byName = await listApplicationsForStaff({ kind: "ENTERPRISE_REGISTRATION", actor: reviewer, q: "港航" });
    expect(byName.rows.map((r) => r.id)).toEqual([b.applicationId]);
    const byCode = await listApplicationsForStaff({
      kind: "ENTERPRISE_REGISTRATION",
      actor: reviewer,
      q: a.fields.creditCode.slice(-6).toLowerCase(),
    });
    expect(byCode.rows.map((r) => r.id)).toEqual([a.applicationId]);
  });

  it("getOwnRegistration returns the enterprise's own registration only", async () => {
    const a = await createEnterprise();
    const b = await createEnterprise();
    expect((await getOwnRegistration({ actor: a.actor })).id).toBe(a.applicationId);
    expect((await getOwnRegistration({ actor: b.actor })).id).toBe(b.applicationId);
    const { actor: reviewer } = await createStaff("REVIEWER");
    await expect(getOwnRegistration({ actor: reviewer })).rejects.toBeInstanceOf(ForbiddenError);
  });
});

describe("enterprise queries and staff actions", () => {
  it("enterprise records: own only for the enterprise, any for reviewers, none for other staff", async () => {
    const a = await createEnterprise();
    const b = await createEnterprise();
    const { actor: reviewer } = await createStaff("REVIEWER");
    const { actor: admin } = await createStaff("ADMIN");

    expect((await getOwnEnterprise({ actor: a.actor })).id).toBe(a.enterprise.id);
    await expect(getOwnEnterprise({ actor: reviewer })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(getEnterpriseForStaff({ actor: a.actor, enterpriseId: b.enterprise.id })).rejects.toBeInstanceOf(
      ForbiddenError,
    );
    await expect(getEnterpriseForStaff({ actor: admin, enterpriseId: b.enterprise.id })).rejects.toBeInstanceOf(
      ForbiddenError,
    );
    expect((await getEnterpriseForStaff({ actor: reviewer, enterpriseId: b.enterprise.id })).id).toBe(b.enterprise.id);
    await expect(listEnterprises({ actor: a.actor })).rejects.toBeInstanceOf(ForbiddenError);
    expect((await listEnterprises({ actor: reviewer })).total).toBe(2);
  });

  it("only a reviewer can reset an enterprise's password", async () => {
    const a = await createEnterprise({ approved: true });
    const b = await createEnterprise({ approved: true });
    const { actor: admin } = await createStaff("ADMIN");
    const { actor: assessor } = await createStaff("ASSESSOR");
    const before = (await db.account.findUniqueOrThrow({ where: { id: b.account.id } })).passwordHash;
    for (const actor of [a.actor, admin, assessor]) {
      await expect(resetEnterprisePassword({ actor, enterpriseId: b.enterprise.id })).rejects.toBeInstanceOf(
        ForbiddenError,
      );
    }
    const after = await db.account.findUniqueOrThrow({ where: { id: b.account.id } });
    expect(after.passwordHash).toBe(before);
    expect(after.mustChangePassword).toBe(false);
    expect(await db.auditLog.count({ where: { targetType: { not: "Application" } } })).toBe(0);
  });
});
