import "server-only";
import { STAFF_ACCOUNT_ROLES } from "@/lib/domain/staff";
import { isUuid } from "@/lib/domain/uuid";
import type { Tx } from "../db";
import { ConflictError, NotFoundError } from "../errors";

/** What the 系统管理员 manages: staff accounts only, never an enterprise's or a holder's. */
export function staffAccountWhere(id: string) {
  if (!isUuid(id)) throw new NotFoundError();
  return { id, role: { in: [...STAFF_ACCOUNT_ROLES] } };
}

export const LAST_ADMIN = "这是最后一个启用的系统管理员账号，不能停用或改为其他角色";

/**
 * Refuses to take away the last active administrator. The active administrators' rows are locked,
 * so two administrators disabling each other at once cannot both succeed: the second waits, then
 * sees one row left.
 */
export async function assertAnotherActiveAdmin(tx: Tx, accountId: string) {
  const admins = await tx.$queryRaw<{ id: string }[]>`
    SELECT id::text FROM "Account" WHERE role = 'ADMIN' AND "disabledAt" IS NULL FOR UPDATE`;
  if (admins.some((a) => a.id === accountId) && admins.length <= 1) throw new ConflictError(LAST_ADMIN);
}
