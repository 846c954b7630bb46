// 安全审计: the audit table is append-only in the database itself, and sign-ins, logouts and
// status changes leave rows with actor, role, time, address and target.
import { describe, expect, it } from "vitest";
import { login } from "@/lib/server/auth/login";
import { logout } from "@/lib/server/auth/logout";
import { NextRequest } from "next/server";
import { GET as getFile } from "@/app/files/[id]/route";
import { searchCertificatesForStaff } from "@/lib/server/certificates/queries";
import { createSession, sessionCookieName } from "@/lib/server/auth/session";
import { db } from "@/lib/server/db";
import { decideApplication } from "@/lib/server/workflow/decide-application";
import { createEnterprise, createStaff, uniqueIdNumber, uniqueIp } from "./support/factories";

const WRONG = "Wrong-Passw0rd";

async function anAuditRow() {
  const { actor } = await createStaff("ADMIN");
  return db.auditLog.create({
    data: { actorId: actor.accountId, actorRole: actor.role, action: "test", targetType: "Account", targetId: "x" },
  });
}

describe("the audit table is append-only", () => {
  it("refuses UPDATE and DELETE through the app's own connection", async () => {
    const row = await anAuditRow();
    await expect(db.auditLog.update({ where: { id: row.id }, data: { action: "forged" } })).rejects.toThrow(
      /append-only/,
    );
    await expect(db.auditLog.delete({ where: { id: row.id } })).rejects.toThrow(/append-only/);
    await expect(db.$executeRaw`UPDATE "AuditLog" SET "ip" = '6.6.6.6'`).rejects.toThrow(/append-only/);
    await expect(db.$executeRaw`DELETE FROM "AuditLog"`).rejects.toThrow(/append-only/);
    expect(await db.auditLog.findUniqueOrThrow({ where: { id: row.id } })).toMatchObject({ action: "test", ip: null });
  });

  it("an account with audit rows cannot be deleted (the trail keeps its actor)", async () => {
    const row = await anAuditRow();
    await expect(db.account.delete({ where: { id: row.actorId! } })).rejects.toThrow();
    expect(await db.auditLog.count()).toBe(1);
  });
});

describe("what is logged", () => {
  it("sign-in success, failure and lockout, with address and user agent", async () => {
    const staff = await createStaff("REVIEWER");
    const ip = uniqueIp();
    const meta = { ip, userAgent: "vitest-agent" };
    await login({ portal: "staff", account: staff.username, password: staff.password, ...meta });
    for (let i = 0; i < 5; i++) {
      await login({ portal: "staff", account: staff.username, password: WRONG, ...meta }).catch(() => {});
    }
    const rows = await db.auditLog.findMany({ orderBy: { id: "asc" } });
    expect(rows.map((r) => r.action)).toEqual(["auth.login", ...Array(5).fill("auth.login-failed"), "auth.lockout"]);
    expect(rows[0]).toMatchObject({
      actorId: staff.account.id,
      actorRole: "REVIEWER",
      targetType: "Account",
      targetId: staff.account.id,
      ip,
      userAgent: "vitest-agent",
    });
    expect(rows[1]).toMatchObject({ actorId: null, targetType: "Account", targetId: staff.account.id, ip });
    expect(rows[1].detail).toMatchObject({ portal: "staff", account: staff.username });
  });

  it("a failure for an unknown name is logged against the name", async () => {
    await login({ portal: "staff", account: "nobody", password: WRONG, ip: uniqueIp() }).catch(() => {});
    expect(await db.auditLog.findFirstOrThrow()).toMatchObject({
      action: "auth.login-failed",
      targetType: "LoginName",
      targetId: "staff:nobody",
    });
  });

  it("logout", async () => {
    const staff = await createStaff("ASSESSOR");
    const session = await login({ portal: "staff", account: staff.username, password: staff.password, ip: "1.2.3.4" });
    await logout({ token: session.token, ip: "1.2.3.4" });
    expect(await db.session.count()).toBe(0);
    expect(await db.auditLog.findFirstOrThrow({ where: { action: "auth.logout" } })).toMatchObject({
      actorId: staff.account.id,
      targetId: staff.account.id,
      ip: "1.2.3.4",
    });
  });

  it("every status change, with its from and to", async () => {
    const e = await createEnterprise();
    const { actor: reviewer } = await createStaff("REVIEWER");
    const application = await db.application.findFirstOrThrow({ where: { enterpriseId: e.enterprise.id } });
    await decideApplication({
      actor: reviewer,
      applicationId: application.id,
      expectedVersion: application.version,
      action: "approve",
      opinion: "同意",
    });
    const rows = await db.auditLog.findMany({ where: { targetType: "Application" }, orderBy: { id: "asc" } });
    expect(rows.map((r) => [r.action, r.detail])).toEqual([
      ["application.submit", { kind: "ENTERPRISE_REGISTRATION", from: null, to: "PENDING_REVIEW" }],
      ["application.approve", { kind: "ENTERPRISE_REGISTRATION", from: "PENDING_REVIEW", to: "APPROVED" }],
    ]);
    expect(rows[1]).toMatchObject({ actorId: reviewer.accountId, actorRole: "REVIEWER", targetId: application.id });
  });

  it("file downloads", async () => {
    const a = await createEnterprise();
    const cookie = `${sessionCookieName()}=${(await createSession(a.actor.accountId)).token}`;
    const request = new NextRequest(`http://localhost/files/${a.licenseFileId}`, { headers: { cookie } });
    expect((await getFile(request, { params: Promise.resolve({ id: a.licenseFileId }) })).status).toBe(200);
    expect(await db.auditLog.findFirstOrThrow({ where: { action: "file.download" } })).toMatchObject({
      actorId: a.actor.accountId,
      actorRole: "ENTERPRISE",
      targetType: "StoredFile",
      targetId: a.licenseFileId,
    });
  });

  it("a staff search by 身份证号, and not other searches", async () => {
    const { actor } = await createStaff("ASSESSOR");
    const idNumber = uniqueIdNumber();
    await searchCertificatesForStaff({ actor, q: "张三" });
    await searchCertificatesForStaff({ actor, q: idNumber.toLowerCase() });
    const rows = await db.auditLog.findMany({ where: { action: "search.id-number" } });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ actorId: actor.accountId, targetType: "Person", targetId: idNumber });
  });
});
