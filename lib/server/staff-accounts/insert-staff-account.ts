import "server-only";
import type { StaffAccountRole } from "@/lib/domain/staff";
import type { Actor } from "../auth/actor";
import { audit } from "../audit";
import { db } from "../db";
import { departmentIdForRole } from "../departments/department-for-role";
import { InvalidInputError } from "../errors";
import { uniqueViolationFields } from "../prisma-errors";
import { newTemporaryPassword } from "../password/temporary-password";

export const USERNAME_TAKEN = "该用户名已被使用";

/**
 * A new staff account with a temporary password, returned once, that it must replace at first login;
 * its audit row in the same transaction. Shared by 【新增】 and `npm run admin:create` (actor null).
 */
export async function insertStaffAccount(input: {
  actor: Actor | null;
  username: string;
  displayName: string;
  role: StaffAccountRole;
  department?: string;
  ip?: string;
}) {
  const { password, passwordHash } = await newTemporaryPassword();
  try {
    const account = await db.$transaction(async (tx) => {
      const account = await tx.account.create({
        data: {
          username: input.username,
          displayName: input.displayName,
          role: input.role,
          departmentId: await departmentIdForRole(tx, input.role, input.department),
          passwordHash,
          mustChangePassword: true,
        },
      });
      await audit(tx, {
        actor: input.actor,
        action: "staff.create",
        targetType: "Account",
        targetId: account.id,
        detail: { username: input.username, role: input.role },
        ip: input.ip,
      });
      return account;
    });
    return { accountId: account.id, username: input.username, temporaryPassword: password };
  } catch (error) {
    if (uniqueViolationFields(error)?.includes("username")) {
      throw new InvalidInputError(USERNAME_TAKEN, { username: [USERNAME_TAKEN] });
    }
    throw error;
  }
}
