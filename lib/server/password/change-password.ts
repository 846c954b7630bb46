import "server-only";
import type { Actor } from "../auth/actor";
import { hashPassword, verifyPassword } from "../auth/password";
import { db } from "../db";
import { InvalidInputError } from "../errors";
import { audit } from "../audit";

/** 【修改密码】: old + new. Ends every other session of the account. */
export async function changePassword(input: { actor: Actor; oldPassword: string; password: string }) {
  const account = await db.account.findUniqueOrThrow({ where: { id: input.actor.accountId } });
  if (!(await verifyPassword(account.passwordHash, input.oldPassword))) {
    throw new InvalidInputError("原密码不正确", { oldPassword: ["原密码不正确"] });
  }
  if (input.oldPassword === input.password) {
    throw new InvalidInputError("新密码不能与原密码相同", { password: ["新密码不能与原密码相同"] });
  }
  const passwordHash = await hashPassword(input.password);
  await db.$transaction(async (tx) => {
    await tx.account.update({
      where: { id: account.id },
      data: { passwordHash, mustChangePassword: false, passwordChangedAt: new Date() },
    });
    await tx.session.deleteMany({
      where: { accountId: account.id, ...(input.actor.sessionId ? { NOT: { id: input.actor.sessionId } } : {}) },
    });
    await audit(tx, { actor: input.actor, action: "password.change", targetType: "Account", targetId: account.id });
  });
}
