import "server-only";
import type { StaffAccountRole } from "@/lib/domain/staff";
import { assertRole, type Actor } from "../auth/actor";
import { audit } from "../audit";
import { db } from "../db";
import { departmentIdForRole } from "../departments/department-for-role";
import { NotFoundError } from "../errors";
import { assertAnotherActiveAdmin, staffAccountWhere } from "./staff-account-scope";

/** 系统管理员: change a staff account's role and department. The last active administrator keeps its role. */
export async function updateStaffAccount({
  actor,
  accountId,
  role,
  department,
  ip,
}: {
  actor: Actor;
  accountId: string;
  role: StaffAccountRole;
  department?: string;
  ip?: string;
}) {
  assertRole(actor, ["ADMIN"]);
  await db.$transaction(async (tx) => {
    const before = await tx.account.findFirst({
      where: staffAccountWhere(accountId),
      select: { role: true, departmentId: true },
    });
    if (!before) throw new NotFoundError();
    if (before.role === "ADMIN" && role !== "ADMIN") await assertAnotherActiveAdmin(tx, accountId);
    const departmentId = await departmentIdForRole(tx, role, department);
    await tx.account.update({ where: { id: accountId }, data: { role, departmentId } });
    await audit(tx, {
      actor,
      action: "staff.update",
      targetType: "Account",
      targetId: accountId,
      detail: { before, after: { role, departmentId } },
      ip,
    });
  });
}
