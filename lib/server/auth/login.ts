import "server-only";
import { PORTAL_OF_ROLE, type Portal } from "@/lib/domain/permissions";
import { ROLES, type Role } from "@/lib/domain/workflow";
import { SECOND_FACTOR_ROLES, temporaryPasswordExpired } from "@/lib/domain/second-factor";
import { normalizeIdNumber } from "@/lib/domain/id-number";
import { audit } from "../audit";
import { db } from "../db";
import { InvalidInputError, RateLimitedError } from "../errors";
import { blockedMinutes, recordFailure, reset, TOO_MANY } from "../rate-limit";
import { verifyAgainstDummy, verifyPassword } from "./password";
import { createLoginChallenge } from "../second-factor/login-challenge";
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
  if (temporaryPasswordExpired(account, new Date())) {
    // The password was right, so saying why is safe: the 24 h of the 审核部门's reset are over.
    const detail = { portal: input.portal, reason: "temporary-password-expired" };
    await audit(db, { actor: null, action: "auth.login-failed", ...target, detail, ...origin });
    throw new InvalidInputError(TEMPORARY_PASSWORD_EXPIRED);
  }
  if (SECOND_FACTOR_ROLES.includes(account.role) && account.totpEnrolledAt && account.totpSecret) {
    throw new SecondFactorRequired(await createLoginChallenge(account.id));
  }
  return openSession(account, { ...origin, previousToken: input.previousToken });
}

export const TEMPORARY_PASSWORD_EXPIRED =
  "临时密码已超过24小时有效期，请携带加盖公章的营业执照复印件联系审核部门重新重置";

/**
 * The password was right and the account has a 动态口令: no session yet. The action sets the challenge
 * cookie and sends the browser to the second step (lib/server/second-factor/complete-second-factor.ts).
 */
export class SecondFactorRequired extends Error {
  constructor(readonly challenge: { token: string; expiresAt: Date }) {
    super("second factor required");
  }
}

/**
 * The last step of every successful login: the browser's previous session is deleted (session
 * fixation), a new one opened and audited. A login with a temporary password is marked on the session
 * and audited on its own (auth.login-temporary-password).
 */
export async function openSession(
  account: { id: string; role: Role; mustChangePassword: boolean },
  origin: { ip: string; userAgent?: string; previousToken?: string },
) {
  if (origin.previousToken) await deleteSessionByToken(origin.previousToken);
  const viaTemporaryPassword = account.mustChangePassword;
  const session = await createSession(account.id, { ...origin, viaTemporaryPassword });
  const actor = { accountId: account.id, role: account.role };
  const entry = { actor, targetType: "Account", targetId: account.id, ip: origin.ip, userAgent: origin.userAgent };
  await audit(db, { ...entry, action: "auth.login" });
  if (viaTemporaryPassword) {
    await audit(db, { ...entry, action: "auth.login-temporary-password", detail: { sessionId: session.sessionId } });
  }
  return { ...session, role: account.role, mustChangePassword: account.mustChangePassword };
}
