import "server-only";
import { assertRole, type Actor } from "../auth/actor";
import { generateTemporaryPassword, hashPassword } from "../auth/password";
import { db } from "../db";
import { NotFoundError } from "../errors";
import { audit } from "../audit";

/**
 * 审核部门 【重置密码】 for an enterprise that brought a stamped licence copy: a temporary password,
 * returned once and never stored in clear; the enterprise must set its own at next login.
 */
export async function resetEnterprisePassword(input: { actor: Actor; enterpriseId: string }) {
  assertRole(input.actor, ["REVIEWER"]);
  const enterprise = await db.enterprise.findUnique({
    where: { id: input.enterpriseId },
    select: { accountId: true, name: true },
  });
  if (!enterprise) throw new NotFoundError();
  const temporaryPassword = generateTemporaryPassword();
  const passwordHash = await hashPassword(temporaryPassword);
  await db.$transaction(async (tx) => {
    await tx.account.update({
      where: { id: enterprise.accountId },
      data: { passwordHash, mustChangePassword: true, passwordChangedAt: new Date() },
    });
    await tx.session.deleteMany({ where: { accountId: enterprise.accountId } });
    await audit(tx, {
      actor: input.actor,
      action: "password.staff-reset",
      targetType: "Enterprise",
      targetId: input.enterpriseId,
    });
  });
  return { temporaryPassword, enterpriseName: enterprise.name };
}
