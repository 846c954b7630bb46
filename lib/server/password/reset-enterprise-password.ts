import "server-only";
import { assertRole, type Actor } from "../auth/actor";
import { db } from "../db";
import { NotFoundError } from "../errors";
import { audit } from "../audit";
import { newTemporaryPassword, setTemporaryPassword } from "./temporary-password";

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
  const { password, passwordHash } = await newTemporaryPassword();
  await db.$transaction(async (tx) => {
    await setTemporaryPassword(tx, enterprise.accountId, passwordHash);
    await audit(tx, {
      actor: input.actor,
      action: "password.staff-reset",
      targetType: "Enterprise",
      targetId: input.enterpriseId,
    });
  });
  return { temporaryPassword: password, enterpriseName: enterprise.name };
}
