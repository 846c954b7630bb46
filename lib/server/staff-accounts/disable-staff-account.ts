import "server-only";
import { assertRole, type Actor } from "../auth/actor";
import { audit } from "../audit";
import { db } from "../db";
import { ConflictError, NotFoundError } from "../errors";
import { assertAnotherActiveAdmin, staffAccountWhere } from "./staff-account-scope";

/**
 * 【停用】: the account can no longer sign in, and its open sessions end in the same transaction, so
 * the next request with an old cookie is anonymous. The last active administrator cannot be disabled.
 */
export async function disableStaffAccount({ actor, accountId, ip }: { actor: Actor; accountId: string; ip?: string }) {
  assertRole(actor, ["ADMIN"]);
  await db.$transaction(async (tx) => {
    const account = await tx.account.findFirst({ where: staffAccountWhere(accountId), select: { role: true } });
    if (!account) throw new NotFoundError();
    if (account.role === "ADMIN") await assertAnotherActiveAdmin(tx, accountId);
    const { count } = await tx.account.updateMany({
      where: { ...staffAccountWhere(accountId), disabledAt: null },
      data: { disabledAt: new Date() },
    });
    if (count === 0) throw new ConflictError("该账号已停用，请刷新页面");
    await tx.session.deleteMany({ where: { accountId } });
    await audit(tx, { actor, action: "staff.disable", targetType: "Account", targetId: accountId, ip });
  });
}
