import "server-only";
import { PORTAL_OF_ROLE, type Portal } from "@/lib/domain/permissions";
import { ROLES } from "@/lib/domain/workflow";
import { normalizeIdNumber } from "@/lib/domain/id-number";
import { db } from "../db";
import { InvalidInputError, RateLimitedError } from "../errors";
import { blockedMinutes, consume, recordFailure, reset, TOO_MANY } from "../rate-limit";
import { verifyAgainstDummy, verifyPassword } from "./password";
import { createSession } from "./session";

export type { Portal };

const STAFF_ROLES = ROLES.filter((role) => PORTAL_OF_ROLE[role] === "staff");

// One message for every failure, so that it never tells whether an account exists.
export const LOGIN_FAILED = "账号或密码错误";
const LOCKED = (m: number) => `密码错误次数过多，账号已锁定，请${m}分钟后再试`;

async function findAccount(portal: Portal, account: string) {
  const name = account.trim();
  if (portal === "enterprise") {
    const enterprise = await db.enterprise.findFirst({
      where: name.includes("@") ? { email: name.toLowerCase() } : { creditCode: name.toUpperCase() },
      select: { account: true },
    });
    return enterprise?.account ?? null;
  }
  if (portal === "staff") {
    return db.account.findFirst({ where: { username: name, role: { in: STAFF_ROLES } } });
  }
  const person = await db.person.findUnique({
    where: { idNumber: normalizeIdNumber(name).toUpperCase() },
    select: { account: true },
  });
  return person?.account ?? null;
}

/**
 * Checks the credentials and opens a session. Five wrong passwords lock the account name for
 * 15 minutes, whether or not such an account exists.
 */
export async function login(input: {
  portal: Portal;
  account: string;
  password: string;
  ip: string;
  userAgent?: string;
}) {
  await consume("loginIp", input.ip, TOO_MANY("登录尝试"));
  const account = await findAccount(input.portal, input.account);
  const lockKey = account ? `account:${account.id}` : `name:${input.portal}:${input.account.trim().toUpperCase()}`;
  const locked = await blockedMinutes("loginAccount", lockKey);
  if (locked > 0) throw new RateLimitedError(LOCKED(locked));

  const ok =
    account && !account.disabledAt && PORTAL_OF_ROLE[account.role] === input.portal
      ? await verifyPassword(account.passwordHash, input.password)
      : await verifyAgainstDummy(input.password);
  if (!ok || !account) {
    await recordFailure("loginAccount", lockKey);
    const nowLocked = await blockedMinutes("loginAccount", lockKey);
    throw nowLocked > 0 ? new RateLimitedError(LOCKED(nowLocked)) : new InvalidInputError(LOGIN_FAILED);
  }
  await reset("loginAccount", lockKey);
  const session = await createSession(account.id, { ip: input.ip, userAgent: input.userAgent });
  return { ...session, role: account.role, mustChangePassword: account.mustChangePassword };
}
