import "server-only";
import { generateTemporaryPassword, hashPassword } from "../auth/password";
import type { Tx } from "../db";

/** A temporary password and its hash (hashed before the transaction: argon2 takes a while). */
export async function newTemporaryPassword() {
  const password = generateTemporaryPassword();
  return { password, passwordHash: await hashPassword(password) };
}

/** The account must replace it at its next login; every open session ends now. */
export async function setTemporaryPassword(tx: Tx, accountId: string, passwordHash: string) {
  await tx.account.update({
    where: { id: accountId },
    data: { passwordHash, mustChangePassword: true, passwordChangedAt: new Date() },
  });
  await tx.session.deleteMany({ where: { accountId } });
}
