import "server-only";
import { enterpriseIdOf, type Actor } from "../auth/actor";
import { consumeEmailCode, issueEmailCode } from "../auth/email-codes";
import { audit } from "../audit";
import { db } from "../db";
import { InvalidInputError } from "../errors";
import { uniqueViolationFields } from "../prisma-errors";
import { consume, TOO_MANY } from "../rate-limit";

const TAKEN = "该邮箱已被其他单位使用";

async function assertEmailFree(enterpriseId: string, email: string) {
  const other = await db.enterprise.findFirst({ where: { email, NOT: { id: enterpriseId } }, select: { id: true } });
  if (other) throw new InvalidInputError(TAKEN, { newEmail: [TAKEN] });
}

/**
 * 更换邮箱, step 1: a code to the NEW address (the change takes effect only once it is confirmed).
 * Throttled per address like every code sent (注册, 找回密码): a signed-in unit cannot make the system
 * mail codes to any number of addresses.
 */
export async function requestEmailChange({ actor, newEmail, ip }: { actor: Actor; newEmail: string; ip: string }) {
  const enterpriseId = enterpriseIdOf(actor);
  await consume("sendCodeIp", ip, TOO_MANY("验证码发送"));
  const current = await db.enterprise.findUniqueOrThrow({ where: { id: enterpriseId }, select: { email: true } });
  if (current.email === newEmail)
    throw new InvalidInputError("新邮箱与当前邮箱相同", { newEmail: ["新邮箱与当前邮箱相同"] });
  await assertEmailFree(enterpriseId, newEmail);
  await issueEmailCode({ purpose: "CHANGE_EMAIL", email: newEmail, accountId: actor.accountId });
}

/** Step 2: the code proves the new address; the email (also a login name) changes now. */
export async function confirmEmailChange({ actor, newEmail, code }: { actor: Actor; newEmail: string; code: string }) {
  const enterpriseId = enterpriseIdOf(actor);
  await assertEmailFree(enterpriseId, newEmail);
  try {
    await db.$transaction(async (tx) => {
      await consumeEmailCode(tx, { purpose: "CHANGE_EMAIL", email: newEmail, code, accountId: actor.accountId });
      const before = await tx.enterprise.findUniqueOrThrow({ where: { id: enterpriseId }, select: { email: true } });
      await tx.enterprise.update({ where: { id: enterpriseId }, data: { email: newEmail } });
      await audit(tx, {
        actor,
        action: "enterprise.email-change",
        targetType: "Enterprise",
        targetId: enterpriseId,
        detail: { email: [before.email, newEmail] },
      });
    });
  } catch (error) {
    if (uniqueViolationFields(error)) throw new InvalidInputError(TAKEN, { newEmail: [TAKEN] });
    throw error;
  }
}
