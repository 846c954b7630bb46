import "server-only";
import { assertRole, type Actor } from "../auth/actor";
import { audit } from "../audit";
import { db } from "../db";
import { NotFoundError } from "../errors";
import { newTemporaryPassword, setTemporaryPassword } from "../password/temporary-password";
import { staffAccountWhere } from "./staff-account-scope";

/** 系统管理员 【重置密码】 for a staff account: a temporary password shown once; its sessions end. */
export async function resetStaffPassword({ actor, accountId, ip }: { actor: Actor; accountId: string; ip?: string }) {
  assertRole(actor, ["ADMIN"]);
  const account = await db.account.findFirst({ where: staffAccountWhere(accountId), select: { id: true } });
  if (!account) throw new NotFoundError();
  const { password, passwordHash } = await newTemporaryPassword();
  await db.$transaction(async (tx) => {
    await setTemporaryPassword(tx, accountId, passwordHash);
    await audit(tx, { actor, action: "password.admin-reset", targetType: "Account", targetId: accountId, ip });
  });
  return { temporaryPassword: password };
}
