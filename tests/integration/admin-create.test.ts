// `npm run admin:create` (issue 9 §1) and the 审计日志 export.
import ExcelJS from "exceljs";
import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { GET as exportAudit } from "@/app/staff/audit/export/route";
import { AUDIT_EXPORT } from "@/lib/server/admin/export-audit-log";
import { login } from "@/lib/server/auth/login";
import { createSession, sessionCookieName } from "@/lib/server/auth/session";
import { db } from "@/lib/server/db";
import { InvalidInputError } from "@/lib/server/errors";
import { createAdminAccount } from "@/lib/server/staff-accounts/create-admin-account";
import { resetStaffPassword } from "@/lib/server/staff-accounts/reset-staff-password";
import { createStaff, uniqueIp } from "./support/factories";

describe("admin:create", () => {
  it("creates an administrator whose one-time password must be replaced at first login", async () => {
    const result = await createAdminAccount({ username: "chief" });
    const account = await db.account.findUniqueOrThrow({ where: { username: "chief" } });
    expect(account).toMatchObject({ role: "ADMIN", mustChangePassword: true, departmentId: null, disabledAt: null });
    const session = await login({
      portal: "staff",
      account: "chief",
      password: result.temporaryPassword,
      ip: uniqueIp(),
    });
    expect(session.mustChangePassword).toBe(true);
    expect(await db.auditLog.findFirst({ where: { action: "staff.create" } })).toMatchObject({
      actorId: null,
      targetId: account.id,
    });
  });

  it("refuses an existing username and a malformed one, and changes nothing", async () => {
    const first = await createAdminAccount({ username: "chief" });
    await expect(createAdminAccount({ username: "chief" })).rejects.toThrow("该用户名已被使用");
    await expect(createAdminAccount({ username: "1 bad" })).rejects.toBeInstanceOf(InvalidInputError);
    expect(await db.account.count()).toBe(1);
    const session = await login({
      portal: "staff",
      account: "chief",
      password: first.temporaryPassword,
      ip: uniqueIp(),
    });
    expect(session.role).toBe("ADMIN");
  });
});

describe("GET /staff/audit/export", () => {
  async function fetchExport(query: string, accountId?: string) {
    const cookie = accountId ? `${sessionCookieName()}=${(await createSession(accountId)).token}` : "";
    return exportAudit(new NextRequest(`http://localhost/staff/audit/export?${query}`, { headers: { cookie } }));
  }

  it("gives the administrator the matching rows as .xlsx; refuses other staff (403) and strangers (401)", async () => {
    const admin = await createStaff("ADMIN");
    const reviewer = await createStaff("REVIEWER");
    await resetStaffPassword({ actor: admin.actor, accountId: reviewer.account.id });
    await createAdminAccount({ username: "chief" });

    const response = await fetchExport("action=password.admin-reset", admin.account.id);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toContain("spreadsheetml");
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await response.arrayBuffer()) as ArrayBuffer);
    const sheet = workbook.getWorksheet(AUDIT_EXPORT.sheetName)!;
    expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual(AUDIT_EXPORT.columns.map((c) => c.header));
    expect(sheet.rowCount).toBe(2);
    const row = sheet.getRow(2).values as unknown[];
    expect(row[2]).toBe("管理员重置密码");
    expect(row[3]).toBe(`${admin.actor.displayName}（${admin.username}）`);
    expect(row[6]).toBe(reviewer.account.id);

    expect((await fetchExport("", reviewer.account.id)).status).toBe(403);
    expect((await fetchExport("")).status).toBe(401);
  });
});
