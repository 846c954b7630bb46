import "server-only";
import { assertRole, type Actor } from "../auth/actor";
import { audit } from "../audit";
import { db } from "../db";
import { NotFoundError } from "../errors";
import { staffAccountWhere } from "../staff-accounts/staff-account-scope";

/**
 * 系统管理员 【重置动态口令】 (a lost phone): the enrolment and the recovery codes are cleared and the
 * account's sessions end, so the member signs in with the password and must enrol again.
 */
export async function resetSecondFactor({ actor, accountId, ip }: { actor: Actor; accountId: string; ip?: string }) {
  assertRole(actor, ["ADMIN"]);
  await db.$transaction(async (tx) => {
    const { count } = await tx.account.updateMany({
      where: staffAccountWhere(accountId),
      data: { totpSecret: null, totpPendingSecret: null, totpEnrolledAt: null, totpLastCounter: null },
    });
    if (count === 0) throw new NotFoundError();
    await tx.recoveryCode.deleteMany({ where: { accountId } });
    await tx.loginChallenge.deleteMany({ where: { accountId } });
    await tx.session.deleteMany({ where: { accountId } });
    await audit(tx, { actor, action: "second-factor.reset", targetType: "Account", targetId: accountId, ip });
  });
}
