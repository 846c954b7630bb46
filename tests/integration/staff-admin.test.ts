// 系统管理员: departments and staff accounts (issue 9 §2). Only the administrator manages them; the
// last active administrator stays; disabling ends sessions at once; every change leaves an audit row.
import { describe, expect, it } from "vitest";
import type { Actor } from "@/lib/server/auth/actor";
import { login, LOGIN_FAILED } from "@/lib/server/auth/login";
import { verifyPassword } from "@/lib/server/auth/password";
import { actorFromSessionToken, createSession } from "@/lib/server/auth/session";
import { db } from "@/lib/server/db";
import { auditExportRows } from "@/lib/server/admin/export-audit-log";
import { listAuditLog } from "@/lib/server/admin/list-audit-log";
import { createDepartment } from "@/lib/server/departments/create-department";
import { listDepartments } from "@/lib/server/departments/list-departments";
import { updateDepartment } from "@/lib/server/departments/update-department";
import { ConflictError, ForbiddenError, InvalidInputError, NotFoundError } from "@/lib/server/errors";
import { createStaffAccount } from "@/lib/server/staff-accounts/create-staff-account";
import { disableStaffAccount } from "@/lib/server/staff-accounts/disable-staff-account";
import { enableStaffAccount } from "@/lib/server/staff-accounts/enable-staff-account";
import { getStaffAccount, listStaffAccounts } from "@/lib/server/staff-accounts/queries";
import { resetStaffPassword } from "@/lib/server/staff-accounts/reset-staff-password";
import { LAST_ADMIN } from "@/lib/server/staff-accounts/staff-account-scope";
import { updateStaffAccount } from "@/lib/server/staff-accounts/update-staff-account";
import { departmentSchema } from "@/lib/schemas/staff-account.schema";
import { createEnterprise, createStaff, uniqueIp } from "./support/factories";

const department = (name: string, type: "REVIEW" | "ASSESSMENT" = "REVIEW") =>
  departmentSchema.parse({
    name,
    type: type === "REVIEW" ? "审核部门" : "考核部门",
    province: "浙江省",
    city: "杭州市",
  });

async function setup() {
  const admin = await createStaff("ADMIN");
  await createDepartment({ actor: admin.actor, input: department("杭州市审核处") });
  await createDepartment({ actor: admin.actor, input: department("杭州市考核处", "ASSESSMENT") });
  return admin;
}

const reviewerInput = (username = "newreviewer") => ({
  username,
  displayName: "张审核",
  role: "REVIEWER" as const,
  department: "杭州市审核处",
});

describe("separation of duties", () => {
  it("every admin use case refuses every other role, and changes nothing", async () => {
    const admin = await setup();
    const target = await createStaff("REVIEWER");
    const { actor: reviewer } = await createStaff("REVIEWER");
    const { actor: assessor } = await createStaff("ASSESSOR");
    const { actor: enterprise } = await createEnterprise();
    const person: Actor = { ...assessor, role: "PERSON", personId: null };
    const accountId = target.account.id;
    const auditsBefore = await db.auditLog.count();
    for (const actor of [reviewer, assessor, enterprise, person]) {
      const calls = [
        () => createStaffAccount({ actor, input: reviewerInput(`x${actor.role.toLowerCase()}`) }),
        () => updateStaffAccount({ actor, accountId, role: "ASSESSOR", department: "杭州市考核处" }),
        () => disableStaffAccount({ actor, accountId }),
        () => enableStaffAccount({ actor, accountId }),
        () => resetStaffPassword({ actor, accountId }),
        () => listStaffAccounts({ actor }),
        () => getStaffAccount({ actor, accountId }),
        () => createDepartment({ actor, input: department(`部门${actor.role}`) }),
        () => listDepartments({ actor }),
        () => updateDepartment({ actor, departmentId: target.account.id, input: department("改名") }),
        () => listAuditLog({ actor }),
        () => auditExportRows({ actor, filter: {} }),
      ];
      for (const call of calls) await expect(call()).rejects.toBeInstanceOf(ForbiddenError);
    }
    expect(await db.auditLog.count()).toBe(auditsBefore);
    expect(await db.department.count()).toBe(2);
    expect(await db.account.findUniqueOrThrow({ where: { id: accountId } })).toMatchObject({
      role: "REVIEWER",
      disabledAt: null,
      passwordHash: target.account.passwordHash,
    });
    expect((await listStaffAccounts({ actor: admin.actor })).total).toBe(4);
  });

  it("the administrator manages staff accounts only, not an enterprise's account", async () => {
    const admin = await setup();
    const e = await createEnterprise();
    for (const call of [
      () => disableStaffAccount({ actor: admin.actor, accountId: e.account.id }),
      () => resetStaffPassword({ actor: admin.actor, accountId: e.account.id }),
      () => getStaffAccount({ actor: admin.actor, accountId: "not-a-uuid" }),
    ]) {
      await expect(call()).rejects.toBeInstanceOf(NotFoundError);
    }
    expect((await db.account.findUniqueOrThrow({ where: { id: e.account.id } })).disabledAt).toBeNull();
  });
});

describe("staff accounts", () => {
  it("【新增】 gives a temporary password that works once and must be changed", async () => {
    const admin = await setup();
    const created = await createStaffAccount({ actor: admin.actor, input: reviewerInput(), ip: "10.0.0.1" });
    const account = await db.account.findUniqueOrThrow({
      where: { id: created.accountId },
      include: { department: true },
    });
    expect(account).toMatchObject({ role: "REVIEWER", displayName: "张审核", mustChangePassword: true });
    expect(account.department?.name).toBe("杭州市审核处");
    expect(account.passwordHash).not.toContain(created.temporaryPassword);
    expect(await verifyPassword(account.passwordHash, created.temporaryPassword)).toBe(true);
    const session = await login({
      portal: "staff",
      account: "newreviewer",
      password: created.temporaryPassword,
      ip: uniqueIp(),
    });
    expect(session.mustChangePassword).toBe(true);
    expect(await db.auditLog.findFirst({ where: { action: "staff.create", targetId: account.id } })).toMatchObject({
      actorId: admin.actor.accountId,
      actorRole: "ADMIN",
      ip: "10.0.0.1",
    });
  });

  it("refuses a taken username, and a department of the wrong kind, beside the field", async () => {
    const admin = await setup();
    await createStaffAccount({ actor: admin.actor, input: reviewerInput() });
    await expect(createStaffAccount({ actor: admin.actor, input: reviewerInput() })).rejects.toMatchObject({
      fieldErrors: { username: ["该用户名已被使用"] },
    });
    const wrongKind = { ...reviewerInput("other"), department: "杭州市考核处" };
    await expect(createStaffAccount({ actor: admin.actor, input: wrongKind })).rejects.toMatchObject({
      fieldErrors: { department: ["请选择一个审核部门"] },
    });
    expect(await db.account.count({ where: { username: "other" } })).toBe(0);
  });

  it("edits role and department; an administrator has no department", async () => {
    const admin = await setup();
    const { accountId } = await createStaffAccount({ actor: admin.actor, input: reviewerInput() });
    await updateStaffAccount({ actor: admin.actor, accountId, role: "ASSESSOR", department: "杭州市考核处" });
    const moved = await db.account.findUniqueOrThrow({ where: { id: accountId }, include: { department: true } });
    expect(moved.role).toBe("ASSESSOR");
    expect(moved.department?.name).toBe("杭州市考核处");
    await updateStaffAccount({ actor: admin.actor, accountId, role: "ADMIN", department: "杭州市考核处" });
    expect(await db.account.findUniqueOrThrow({ where: { id: accountId } })).toMatchObject({
      role: "ADMIN",
      departmentId: null,
    });
    expect(await db.auditLog.count({ where: { action: "staff.update", targetId: accountId } })).toBe(2);
  });

  it("【停用】 ends the account's sessions at once and login refuses it like a wrong password", async () => {
    const admin = await setup();
    const reviewer = await createStaff("REVIEWER");
    const first = await createSession(reviewer.account.id);
    const second = await createSession(reviewer.account.id);
    expect(await actorFromSessionToken(first.token)).not.toBeNull();

    await disableStaffAccount({ actor: admin.actor, accountId: reviewer.account.id });
    expect(await db.session.count({ where: { accountId: reviewer.account.id } })).toBe(0);
    expect(await actorFromSessionToken(first.token)).toBeNull();
    expect(await actorFromSessionToken(second.token)).toBeNull();
    const attempt = login({ portal: "staff", account: reviewer.username, password: reviewer.password, ip: uniqueIp() });
    await expect(attempt).rejects.toThrow(LOGIN_FAILED);
    await expect(disableStaffAccount({ actor: admin.actor, accountId: reviewer.account.id })).rejects.toBeInstanceOf(
      ConflictError,
    );

    await enableStaffAccount({ actor: admin.actor, accountId: reviewer.account.id });
    const back = await login({
      portal: "staff",
      account: reviewer.username,
      password: reviewer.password,
      ip: uniqueIp(),
    });
    expect(await actorFromSessionToken(back.token)).toMatchObject({ role: "REVIEWER" });
    await expect(enableStaffAccount({ actor: admin.actor, accountId: reviewer.account.id })).rejects.toBeInstanceOf(
      ConflictError,
    );
    const actions = await db.auditLog.findMany({ where: { targetId: reviewer.account.id }, orderBy: { id: "asc" } });
    // The refused login while disabled and the later one are audited too (auth.*), in between.
    expect(actions.map((a) => a.action)).toEqual(["staff.disable", "auth.login-failed", "staff.enable", "auth.login"]);
  });

  it("【重置密码】 replaces the password with a temporary one and ends the sessions", async () => {
    const admin = await setup();
    const reviewer = await createStaff("REVIEWER");
    const session = await createSession(reviewer.account.id);
    const { temporaryPassword } = await resetStaffPassword({ actor: admin.actor, accountId: reviewer.account.id });
    expect(await actorFromSessionToken(session.token)).toBeNull();
    const account = await db.account.findUniqueOrThrow({ where: { id: reviewer.account.id } });
    expect(account.mustChangePassword).toBe(true);
    expect(await verifyPassword(account.passwordHash, reviewer.password)).toBe(false);
    expect(await verifyPassword(account.passwordHash, temporaryPassword)).toBe(true);
    expect(await db.auditLog.count({ where: { action: "password.admin-reset", targetId: account.id } })).toBe(1);
  });
});

describe("the last active administrator", () => {
  it("cannot be disabled or demoted; with a second one, either can go", async () => {
    const admin = await setup();
    const own = admin.actor.accountId;
    await expect(disableStaffAccount({ actor: admin.actor, accountId: own })).rejects.toThrow(LAST_ADMIN);
    await expect(
      updateStaffAccount({ actor: admin.actor, accountId: own, role: "REVIEWER", department: "杭州市审核处" }),
    ).rejects.toThrow(LAST_ADMIN);
    // A disabled administrator does not count.
    const other = await createStaff("ADMIN");
    await db.account.update({ where: { id: other.account.id }, data: { disabledAt: new Date() } });
    await expect(disableStaffAccount({ actor: admin.actor, accountId: own })).rejects.toThrow(LAST_ADMIN);

    await enableStaffAccount({ actor: admin.actor, accountId: other.account.id });
    await disableStaffAccount({ actor: admin.actor, accountId: other.account.id });
    await enableStaffAccount({ actor: admin.actor, accountId: other.account.id });
    await updateStaffAccount({ actor: admin.actor, accountId: own, role: "REVIEWER", department: "杭州市审核处" });
    expect(await db.account.count({ where: { role: "ADMIN", disabledAt: null } })).toBe(1);
  });

  it("two administrators disabling each other at once: exactly one succeeds", async () => {
    const a = await setup();
    const b = await createStaff("ADMIN");
    const results = await Promise.allSettled([
      disableStaffAccount({ actor: a.actor, accountId: b.account.id }),
      disableStaffAccount({ actor: b.actor, accountId: a.actor.accountId }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const failure = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect(failure.reason).toBeInstanceOf(ConflictError);
    expect(await db.account.count({ where: { role: "ADMIN", disabledAt: null } })).toBe(1);
  });
});

describe("departments", () => {
  it("are stored by 行政区划代码; a name is used once", async () => {
    const admin = await setup();
    const rows = await listDepartments({ actor: admin.actor });
    expect(rows.map((d) => [d.name, d.type, d.provinceCode, d.cityCode])).toEqual([
      ["杭州市审核处", "REVIEW", "33", "3301"],
      ["杭州市考核处", "ASSESSMENT", "33", "3301"],
    ]);
    await expect(createDepartment({ actor: admin.actor, input: department("杭州市审核处") })).rejects.toBeInstanceOf(
      InvalidInputError,
    );
    expect(
      departmentSchema.safeParse({ name: "x", type: "审核部门", province: "浙江省", city: "南京市" }).success,
    ).toBe(false);
  });
});

describe("the audit log", () => {
  it("is searched by actor, target, action and time range", async () => {
    const admin = await setup();
    const { accountId } = await createStaffAccount({ actor: admin.actor, input: reviewerInput() });
    await resetStaffPassword({ actor: admin.actor, accountId });
    const search = async (filter: Parameters<typeof listAuditLog>[0]["filter"]) =>
      (await listAuditLog({ actor: admin.actor, filter })).rows.map((r) => r.action);
    expect(await search({ action: "password.admin-reset" })).toEqual(["password.admin-reset"]);
    expect(await search({ target: accountId })).toEqual(["password.admin-reset", "staff.create"]);
    expect(await search({ actor: admin.username, target: "Department" })).toEqual([
      "department.create",
      "department.create",
    ]);
    expect(await search({ actor: "nobody" })).toEqual([]);
    const today = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
    expect(await search({ from: today, to: today })).toHaveLength(4);
    expect(await search({ to: "2000-01-01" })).toEqual([]);
    expect(await auditExportRows({ actor: admin.actor, filter: { action: "staff.create" } })).toHaveLength(1);
  });
});
