import "server-only";
import { PORTAL_OF_ROLE, type Portal } from "@/lib/domain/permissions";
import { ROLES } from "@/lib/domain/workflow";
import { normalizeIdNumber } from "@/lib/domain/id-number";
import { audit } from "../audit";
import { db } from "../db";
import { InvalidInputError, RateLimitedError } from "../errors";
import { blockedMinutes, recordFailure, reset, TOO_MANY } from "../rate-limit";
import { verifyAgainstDummy, verifyPassword } from "./password";
import { createSession, deleteSessionByToken } from "./session";

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
  return findHolderAccount(name);
}

/**
 * 个人端: by 身份证号 the account bound to that record, else the one account registered with it and bound
 * to none yet (issue 10 §2: several may claim one 身份证号 — then each signs in by its email).
 */
async function findHolderAccount(name: string) {
  if (name.includes("@")) {
    const profile = await db.holderProfile.findUnique({
      where: { email: name.toLowerCase() },
      select: { account: true },
    });
    return profile?.account ?? null;
  }
  const idNumber = normalizeIdNumber(name).toUpperCase();
  const person = await db.person.findUnique({ where: { idNumber }, select: { account: true } });
  if (person?.account) return person.account;
  const claimants = await db.holderProfile.findMany({
    where: { idNumber, account: { person: null } },
    select: { account: true },
    take: 2,
  });
  return claimants.length === 1 ? claimants[0].account : null;
}

/** Minutes until this login may be tried again: the address, the name from it, or the name anywhere. */
async function lockedMinutes(ip: string, nameKey: string) {
  const byIp = await blockedMinutes("loginIp", ip);
  if (byIp > 0) return { minutes: byIp, byIp: true };
  const minutes = Math.max(
    await blockedMinutes("loginAccount", `${nameKey}@${ip}`),
    await blockedMinutes("loginAccountTotal", nameKey),
  );
  return { minutes, byIp: false };
}

/**
 * Checks the credentials and opens a session. Only failures count: 5 wrong passwords lock the
 * account name (whether or not such an account exists) from that address for 15 minutes, 50 from
 * any addresses lock it everywhere, and 30 failures lock the address. Successful logins are free.
 */
export async function login(input: {
  portal: Portal;
  account: string;
  password: string;
  ip: string;
  userAgent?: string;
  /** the session this browser had: a login never continues it (session fixation) */
  previousToken?: string;
}) {
  const account = await findAccount(input.portal, input.account);
  const nameKey = account ? `account:${account.id}` : `name:${input.portal}:${input.account.trim().toUpperCase()}`;
  const refusal = (lock: { minutes: number; byIp: boolean }) =>
    new RateLimitedError(lock.byIp ? TOO_MANY("登录尝试")(lock.minutes) : LOCKED(lock.minutes));
  const before = await lockedMinutes(input.ip, nameKey);
  if (before.minutes > 0) throw refusal(before);

  const ok =
    account && !account.disabledAt && PORTAL_OF_ROLE[account.role] === input.portal
      ? await verifyPassword(account.passwordHash, input.password)
      : await verifyAgainstDummy(input.password);
  const origin = { ip: input.ip, userAgent: input.userAgent };
  const target = account
    ? { targetType: "Account", targetId: account.id }
    : { targetType: "LoginName", targetId: `${input.portal}:${input.account.trim()}` };
  if (!ok || !account) {
    const detail = { portal: input.portal, account: input.account.trim().slice(0, 100) };
    await audit(db, { actor: null, action: "auth.login-failed", ...target, detail, ...origin });
    await Promise.all([
      recordFailure("loginIp", input.ip),
      recordFailure("loginAccount", `${nameKey}@${input.ip}`),
      recordFailure("loginAccountTotal", nameKey),
    ]);
    const after = await lockedMinutes(input.ip, nameKey);
    if (after.minutes > 0) {
      await audit(db, {
        actor: null,
        action: "auth.lockout",
        ...target,
        detail: { ...detail, byIp: after.byIp },
        ...origin,
      });
      throw refusal(after);
    }
    throw new InvalidInputError(LOGIN_FAILED);
  }
  await reset("loginAccount", `${nameKey}@${input.ip}`);
  if (input.previousToken) await deleteSessionByToken(input.previousToken);
  const session = await createSession(account.id, origin);
  await audit(db, { actor: { accountId: account.id, role: account.role }, action: "auth.login", ...target, ...origin });
  return { ...session, role: account.role, mustChangePassword: account.mustChangePassword };
}
