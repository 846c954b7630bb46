import "server-only";
import { consumeEmailCode, issueEmailCode } from "../auth/email-codes";
import { hashPassword } from "../auth/password";
import { db } from "../db";
import { InvalidInputError, RateLimitedError } from "../errors";
import { consume, TOO_MANY } from "../rate-limit";
import { audit } from "../audit";

export type ResetPortal = "enterprise" | "person";

/** The account whose login name (credit code, or 身份证号 for a holder) and registered email both match. */
async function findAccountForReset(portal: ResetPortal, account: string, email: string) {
  const name = account.trim().toUpperCase();
  if (portal === "person") {
    const person = await db.person.findFirst({
      where: { idNumber: name, email: email.toLowerCase(), accountId: { not: null } },
      select: { accountId: true, email: true },
    });
    if (person?.accountId && person.email) return { accountId: person.accountId, email: person.email };
    // an account bound to no record yet: the 身份证号 and email it registered with
    const profile = await db.holderProfile.findFirst({
      where: { idNumber: name, email: email.toLowerCase(), account: { person: null } },
      select: { accountId: true, email: true },
    });
    return profile?.email ? { accountId: profile.accountId, email: profile.email } : null;
  }
  return db.enterprise.findFirst({
    where: { creditCode: name, email: email.toLowerCase() },
    select: { accountId: true, email: true },
  });
}

/**
 * 【忘记密码】 step 1: account + registered email → a code to that email. The answer is the same
 * whether or not they match, so it never tells whether an account exists.
 */
export async function requestPasswordResetCode(input: {
  portal?: ResetPortal;
  account: string;
  email: string;
  ip: string;
}) {
  await consume("sendCodeIp", input.ip, TOO_MANY("验证码发送"));
  const match = await findAccountForReset(input.portal ?? "enterprise", input.account, input.email);
  if (!match) return;
  try {
    await issueEmailCode({ purpose: "RESET_PASSWORD", email: match.email, accountId: match.accountId });
  } catch (error) {
    // "Sent less than 60 s ago" would tell that account and email match: answer as for a mismatch.
    if (!(error instanceof RateLimitedError)) throw error;
  }
}

/** Step 2: the code and a new password. Ends every session of the account. */
export async function resetPasswordWithCode(input: {
  portal?: ResetPortal;
  account: string;
  email: string;
  code: string;
  password: string;
  ip: string;
}) {
  await consume("resetIp", input.ip, TOO_MANY("重置密码尝试"));
  const match = await findAccountForReset(input.portal ?? "enterprise", input.account, input.email);
  // Hashed before the match is judged, so the answer takes as long either way.
  const passwordHash = await hashPassword(input.password);
  if (!match)
    throw new InvalidInputError("验证码错误或已失效，请重新获取", { code: ["验证码错误或已失效，请重新获取"] });
  await db.$transaction(async (tx) => {
    await consumeEmailCode(tx, {
      purpose: "RESET_PASSWORD",
      email: match.email,
      code: input.code,
      accountId: match.accountId,
    });
    await tx.account.update({
      where: { id: match.accountId },
      data: { passwordHash, mustChangePassword: false, passwordChangedAt: new Date() },
    });
    await tx.session.deleteMany({ where: { accountId: match.accountId } });
    await audit(tx, {
      actor: null,
      action: "password.forgot-reset",
      targetType: "Account",
      targetId: match.accountId,
      ip: input.ip,
    });
  });
}
