import "server-only";
import { isTotpCode } from "@/lib/domain/second-factor";
import { audit } from "../audit";
import { openSession } from "../auth/login";
import { db } from "../db";
import { InvalidInputError, RateLimitedError } from "../errors";
import { blockedMinutes, recordFailure, reset } from "../rate-limit";
import { findLoginChallenge } from "./login-challenge";
import { recoveryCodeHash } from "./recovery-codes";
import { openSecret } from "./secret-box";
import { matchingTimeStep } from "./totp";

export const WRONG_SECOND_FACTOR = "动态验证码或恢复码错误，请重新输入";
export const CHALLENGE_EXPIRED = "验证已超时，请返回重新登录";
const LOCKED = (m: number) => `动态验证码错误次数过多，请${m}分钟后再试`;

type Account = { id: string; totpSecret: string | null };

/**
 * A 动态验证码 of the current time step (±1 for clock drift), later than the last one accepted: a
 * code seen once (shoulder, replay) does not sign in again. The guarded update makes two requests
 * racing with the same code succeed once.
 */
async function spendTotpCode(account: Account, code: string): Promise<boolean> {
  if (!account.totpSecret) return false;
  const step = matchingTimeStep(openSecret(account.totpSecret), code);
  if (step === null) return false;
  const { count } = await db.account.updateMany({
    where: { id: account.id, OR: [{ totpLastCounter: null }, { totpLastCounter: { lt: step } }] },
    data: { totpLastCounter: step },
  });
  return count === 1;
}

/** A recovery code not used before; it is spent now (guarded by usedAt). */
async function spendRecoveryCode(accountId: string, code: string): Promise<boolean> {
  const { count } = await db.recoveryCode.updateMany({
    where: { accountId, codeHash: recoveryCodeHash(accountId, code), usedAt: null },
    data: { usedAt: new Date() },
  });
  return count === 1;
}

/**
 * The second step of a staff login: the challenge cookie from the password step and a 动态验证码 or a
 * recovery code. Five wrong codes lock the account's second step for 15 minutes (the password is
 * known to whoever is here) and void the challenge; success opens the session.
 */
export async function completeSecondFactor(input: {
  challengeToken?: string;
  code: string;
  ip: string;
  userAgent?: string;
  previousToken?: string;
}) {
  const challenge = input.challengeToken ? await findLoginChallenge(input.challengeToken) : null;
  if (!challenge || challenge.account.disabledAt || !challenge.account.totpEnrolledAt) {
    throw new InvalidInputError(CHALLENGE_EXPIRED);
  }
  const { account } = challenge;
  const origin = { ip: input.ip, userAgent: input.userAgent };
  const entry = { actor: { accountId: account.id, role: account.role }, targetType: "Account", targetId: account.id };
  const locked = await blockedMinutes("secondFactor", account.id);
  if (locked > 0) throw new RateLimitedError(LOCKED(locked));

  const method = isTotpCode(input.code)
    ? (await spendTotpCode(account, input.code)) && "totp"
    : (await spendRecoveryCode(account.id, input.code)) && "recovery";
  if (!method) {
    await audit(db, { ...entry, action: "auth.totp-failed", ...origin });
    await db.loginChallenge.updateMany({ where: { id: challenge.id }, data: { attempts: { increment: 1 } } });
    await recordFailure("secondFactor", account.id);
    const after = await blockedMinutes("secondFactor", account.id);
    if (after > 0) {
      await db.loginChallenge.deleteMany({ where: { id: challenge.id } });
      await audit(db, { ...entry, action: "auth.lockout", detail: { secondFactor: true }, ...origin });
      throw new RateLimitedError(LOCKED(after));
    }
    throw new InvalidInputError(WRONG_SECOND_FACTOR, { code: [WRONG_SECOND_FACTOR] });
  }
  // The challenge is spent once, even by two requests racing.
  const { count } = await db.loginChallenge.deleteMany({ where: { id: challenge.id } });
  if (count === 0) throw new InvalidInputError(CHALLENGE_EXPIRED);
  await reset("secondFactor", account.id);
  if (method === "recovery") {
    const left = await db.recoveryCode.count({ where: { accountId: account.id, usedAt: null } });
    await audit(db, { ...entry, action: "auth.recovery-code-used", detail: { left }, ...origin });
  } else {
    await audit(db, { ...entry, action: "auth.totp-success", ...origin });
  }
  return openSession(account, { ...origin, previousToken: input.previousToken });
}
