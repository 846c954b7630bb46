import "server-only";
import { assertRole, type Actor } from "../auth/actor";
import { audit } from "../audit";
import { db } from "../db";
import { ConflictError, NotFoundError } from "../errors";
import { staffAccountWhere } from "./staff-account-scope";

/** 【启用】: a disabled staff account may sign in again with its password. */
export async function enableStaffAccount({ actor, accountId, ip }: { actor: Actor; accountId: string; ip?: string }) {
  assertRole(actor, ["ADMIN"]);
  await db.$transaction(async (tx) => {
    const { count } = await tx.account.updateMany({
      where: { ...staffAccountWhere(accountId), disabledAt: { not: null } },
      data: { disabledAt: null },
    });
    if (count === 0) {
      if (!(await tx.account.count({ where: staffAccountWhere(accountId) }))) throw new NotFoundError();
      throw new ConflictError("该账号已启用，请刷新页面");
    }
    await audit(tx, { actor, action: "staff.enable", targetType: "Account", targetId: accountId, ip });
  });
}
