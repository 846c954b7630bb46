// Login: wrong passwords lock the account name (whether or not it exists), sessions are rows that
// password changes and resets end.
import { describe, expect, it } from "vitest";
import { login, LOGIN_FAILED, type Portal } from "@/lib/server/auth/login";
import { clientAddress, trustedProxies } from "@/lib/client-ip";
import { hashPassword, verifyPassword } from "@/lib/server/auth/password";
import { actorFromSessionToken } from "@/lib/server/auth/session";
import { db } from "@/lib/server/db";
import { InvalidInputError, RateLimitedError } from "@/lib/server/errors";
import { changePassword } from "@/lib/server/password/change-password";
import { resetEnterprisePassword } from "@/lib/server/password/reset-enterprise-password";
import { createEnterprise, createStaff, uniqueIp } from "./support/factories";

const WRONG = "Wrong-Passw0rd";

/** Runs one login and reports the outcome as data, so that sequences can be compared. */
async function attempt(portal: Portal, account: string, password: string, ip: string) {
  try {
    const result = await login({ portal, account, password, ip });
    return { ok: true as const, result };
  } catch (error) {
    if (!(error instanceof InvalidInputError || error instanceof RateLimitedError)) throw error;
    return { ok: false as const, error: error.constructor.name, message: error.message };
  }
}

const outcome = (r: Awaited<ReturnType<typeof attempt>>) => (r.ok ? "ok" : `${r.error}: ${r.message}`);

/**
 * Five wrong passwords, then the right one: returns the six outcomes. Asserts what holds for every
 * login name: the first four are the plain "账号或密码错误", and the right password no longer helps.
 */
async function fiveWrongThenRight(portal: Portal, account: string, rightPassword: string) {
  const ip = uniqueIp();
  const outcomes = [];
  for (let i = 0; i < 5; i++) outcomes.push(await attempt(portal, account, WRONG, ip));
  outcomes.push(await attempt(portal, account, rightPassword, ip));
  for (const o of outcomes.slice(0, 4)) {
    expect(o).toEqual({ ok: false, error: "InvalidInputError", message: LOGIN_FAILED });
  }
  const sixth = outcomes[5];
  expect(sixth.ok).toBe(false);
  expect(sixth).toMatchObject({ error: "RateLimitedError", message: expect.stringContaining("锁定") });
  expect(sixth).toMatchObject({ message: expect.stringMatching(/请1[45]分钟后再试/) });
  return outcomes.map(outcome);
}

describe("login lockout", () => {
  it("locks an enterprise (by credit code) after five wrong passwords, even against the right one", async () => {
    const e = await createEnterprise({ approved: true });
    const outcomes = await fiveWrongThenRight("enterprise", e.fields.creditCode, e.password);
    expect(outcomes).toHaveLength(6);
    expect(await db.session.count()).toBe(0);
  });

  it("locks an enterprise (by email) the same way", async () => {
    const e = await createEnterprise({ approved: true });
    await fiveWrongThenRight("enterprise", e.fields.email.toUpperCase(), e.password);
    expect(await db.session.count()).toBe(0);
  });

  it("counts wrong passwords per account, whichever login name was used", async () => {
    const e = await createEnterprise({ approved: true });
    const ip = uniqueIp();
    for (const name of [
      e.fields.creditCode,
      e.fields.email,
      e.fields.creditCode.toLowerCase(),
      e.fields.email,
      e.fields.creditCode,
    ]) {
      await attempt("enterprise", name, WRONG, ip);
    }
    const r = await attempt("enterprise", e.fields.email, e.password, ip);
    expect(r).toMatchObject({ ok: false, error: "RateLimitedError", message: expect.stringContaining("锁定") });
  });

  it("locks a staff account (by username) the same way", async () => {
    const staff = await createStaff("REVIEWER");
    await fiveWrongThenRight("staff", staff.username, staff.password);
    expect(await db.session.count()).toBe(0);
  });

  it("treats an unknown account name exactly like a known one", async () => {
    const e = await createEnterprise({ approved: true });
    const known = await fiveWrongThenRight("enterprise", e.fields.creditCode, e.password);
    const unknownEnterprise = await fiveWrongThenRight("enterprise", "91330100MA2XXXXXX0", "Whatever-1");
    const unknownEmail = await fiveWrongThenRight("enterprise", "nobody@example.com", "Whatever-1");
    const staff = await createStaff("ADMIN");
    const knownStaff = await fiveWrongThenRight("staff", staff.username, staff.password);
    const unknownStaff = await fiveWrongThenRight("staff", "no-such-user", "Whatever-1");
    expect(unknownEnterprise).toEqual(known);
    expect(unknownEmail).toEqual(known);
    expect(knownStaff).toEqual(known);
    expect(unknownStaff).toEqual(known);
  });

  it("the lock lasts 15 minutes from the fifth wrong password, however long ago the first one was", async () => {
    const staff = await createStaff("REVIEWER");
    const ip = uniqueIp();
    for (let i = 0; i < 4; i++) await attempt("staff", staff.username, WRONG, ip);
    // As if the first of those four had been 14½ minutes ago: the counting window ends in 30 s.
    // (rate-limiter-flexible keeps the window's end in rate_limits.expire, in epoch milliseconds.)
    const moved = await db.$executeRaw`
      UPDATE rate_limits SET expire = (extract(epoch FROM now()) * 1000 + 30000)::bigint
      WHERE key = ${`loginAccount:account:${staff.account.id}@${ip}`}`;
    expect(moved).toBe(1);

    expect(await attempt("staff", staff.username, WRONG, ip)).toMatchObject({ ok: false, error: "RateLimitedError" });
    const sixth = await attempt("staff", staff.username, staff.password, ip);
    expect(sixth).toMatchObject({
      ok: false,
      error: "RateLimitedError",
      message: expect.stringContaining("请15分钟后再试"),
    });
  });

  it("a successful login resets the counter", async () => {
    const staff = await createStaff("ASSESSOR");
    const ip = uniqueIp();
    for (let i = 0; i < 4; i++) {
      expect(await attempt("staff", staff.username, WRONG, ip)).toMatchObject({ ok: false, message: LOGIN_FAILED });
    }
    expect(await attempt("staff", staff.username, staff.password, ip)).toMatchObject({ ok: true });
    // Four more wrong ones are again just "wrong", and the right password still works.
    for (let i = 0; i < 4; i++) {
      expect(await attempt("staff", staff.username, WRONG, ip)).toMatchObject({
        ok: false,
        error: "InvalidInputError",
        message: LOGIN_FAILED,
      });
    }
    expect(await attempt("staff", staff.username, staff.password, ip)).toMatchObject({ ok: true });
    expect(await db.session.count({ where: { accountId: staff.account.id } })).toBe(2);
  });

  it("refuses an account at the wrong portal and a disabled account with the same message", async () => {
    const staff = await createStaff("REVIEWER");
    const e = await createEnterprise({ approved: true });
    const ip = uniqueIp();
    expect(await attempt("enterprise", staff.username, staff.password, ip)).toEqual({
      ok: false,
      error: "InvalidInputError",
      message: LOGIN_FAILED,
    });
    expect(await attempt("staff", e.fields.creditCode, e.password, ip)).toEqual({
      ok: false,
      error: "InvalidInputError",
      message: LOGIN_FAILED,
    });
    await db.account.update({ where: { id: staff.account.id }, data: { disabledAt: new Date() } });
    expect(await attempt("staff", staff.username, staff.password, ip)).toEqual({
      ok: false,
      error: "InvalidInputError",
      message: LOGIN_FAILED,
    });
    expect(await db.session.count()).toBe(0);
  });
});

describe("per-address limits", () => {
  it("100 successful logins of different accounts from one address in 15 minutes all succeed", async () => {
    const passwordHash = await hashPassword("Staff@2026pw");
    const usernames = Array.from({ length: 100 }, (_, i) => `nat-user-${i}`);
    await db.account.createMany({
      data: usernames.map((username) => ({ role: "REVIEWER" as const, username, displayName: username, passwordHash })),
    });
    const ip = uniqueIp();
    for (const username of usernames) {
      expect(await attempt("staff", username, "Staff@2026pw", ip)).toMatchObject({ ok: true });
    }
    expect(await db.session.count()).toBe(100);
  });

  it("60 failed logins from one address with changing X-Forwarded-For are stopped after 30", async () => {
    const socketPeer = "192.0.2.77";
    const noProxies = trustedProxies(undefined);
    const outcomes = [];
    for (let i = 0; i < 60; i++) {
      const ip = clientAddress(socketPeer, `198.51.100.${i}`, noProxies);
      outcomes.push(await attempt("staff", `guess-${i}`, WRONG, ip));
    }
    expect(outcomes.slice(0, 29).every((o) => !o.ok && o.message === LOGIN_FAILED)).toBe(true);
    for (const o of outcomes.slice(29))
      expect(o).toMatchObject({ ok: false, message: expect.stringContaining("登录尝试过于频繁") });
    // Even the right password of a real account is refused from that address meanwhile …
    const staff = await createStaff("REVIEWER");
    expect(await attempt("staff", staff.username, staff.password, socketPeer)).toMatchObject({ ok: false });
    // … and works from any other.
    expect(await attempt("staff", staff.username, staff.password, uniqueIp())).toMatchObject({ ok: true });
  });

  it("guessing a known name from one address does not lock it from another", async () => {
    const staff = await createStaff("REVIEWER", { username: "reviewer" });
    const attacker = uniqueIp();
    for (let i = 0; i < 6; i++) await attempt("staff", "reviewer", WRONG, attacker);
    expect(await attempt("staff", "reviewer", staff.password, attacker)).toMatchObject({
      ok: false,
      message: expect.stringContaining("锁定"),
    });
    expect(await attempt("staff", "reviewer", staff.password, uniqueIp())).toMatchObject({ ok: true });
  });

  it("wrong passwords for one name spread over many addresses still lock it everywhere", async () => {
    const staff = await createStaff("REVIEWER");
    for (let i = 0; i < 50; i++) await attempt("staff", staff.username, WRONG, uniqueIp());
    expect(await attempt("staff", staff.username, staff.password, uniqueIp())).toMatchObject({
      ok: false,
      message: expect.stringContaining("锁定"),
    });
  });
});

describe("sessions", () => {
  it("a login creates a session that resolves to the actor", async () => {
    const e = await createEnterprise({ approved: true });
    const result = await login({
      portal: "enterprise",
      account: ` ${e.fields.creditCode.toLowerCase()} `,
      password: e.password,
      ip: uniqueIp(),
      userAgent: "vitest",
    });
    expect(result).toMatchObject({ role: "ENTERPRISE", mustChangePassword: false });
    expect(result.expiresAt.getTime()).toBeGreaterThan(Date.now() + 11 * 3600_000);

    const row = await db.session.findUniqueOrThrow({ where: { id: result.sessionId } });
    expect(row.accountId).toBe(e.account.id);
    expect(row.tokenHash).not.toBe(result.token); // only the hash is stored
    expect(row.userAgent).toBe("vitest");

    expect(await actorFromSessionToken(result.token)).toEqual({
      accountId: e.account.id,
      role: "ENTERPRISE",
      displayName: e.fields.name,
      enterpriseId: e.enterprise.id,
      enterpriseApproved: true,
      personId: null,
      mustChangePassword: false,
      secondFactorPending: false,
      sessionId: result.sessionId,
      lastWriteAt: null,
    });
    expect(await actorFromSessionToken(result.token + "x")).toBeNull();

    // An expired session no longer resolves.
    await db.session.update({ where: { id: result.sessionId }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await actorFromSessionToken(result.token)).toBeNull();
  });

  it("changePassword ends the other sessions but not the current one", async () => {
    const staff = await createStaff("REVIEWER");
    const ip = uniqueIp();
    const current = await login({ portal: "staff", account: staff.username, password: staff.password, ip });
    const other = await login({ portal: "staff", account: staff.username, password: staff.password, ip });
    const bystander = await createStaff("REVIEWER");
    const bystanderSession = await login({
      portal: "staff",
      account: bystander.username,
      password: bystander.password,
      ip,
    });

    const actor = (await actorFromSessionToken(current.token))!;
    await expect(changePassword({ actor, oldPassword: WRONG, password: "New-Passw0rd" })).rejects.toMatchObject({
      fieldErrors: { oldPassword: ["原密码不正确"] },
    });
    expect(await actorFromSessionToken(other.token)).not.toBeNull();

    await changePassword({ actor, oldPassword: staff.password, password: "New-Passw0rd" });
    expect(await actorFromSessionToken(current.token)).toMatchObject({ accountId: staff.account.id });
    expect(await actorFromSessionToken(other.token)).toBeNull();
    expect(await actorFromSessionToken(bystanderSession.token)).not.toBeNull();

    const account = await db.account.findUniqueOrThrow({ where: { id: staff.account.id } });
    expect(await verifyPassword(account.passwordHash, "New-Passw0rd")).toBe(true);
    expect(await attempt("staff", staff.username, staff.password, uniqueIp())).toMatchObject({
      ok: false,
      message: LOGIN_FAILED,
    });
    expect(await attempt("staff", staff.username, "New-Passw0rd", uniqueIp())).toMatchObject({ ok: true });
    expect(await db.auditLog.count({ where: { action: "password.change", targetId: staff.account.id } })).toBe(1);
  });

  it("resetEnterprisePassword ends every session and forces a change at next login", async () => {
    const e = await createEnterprise({ approved: true });
    const { actor: reviewer } = await createStaff("REVIEWER");
    const ip = uniqueIp();
    const s1 = await login({ portal: "enterprise", account: e.fields.creditCode, password: e.password, ip });
    const s2 = await login({ portal: "enterprise", account: e.fields.email, password: e.password, ip });

    const { temporaryPassword, enterpriseName } = await resetEnterprisePassword({
      actor: reviewer,
      enterpriseId: e.enterprise.id,
    });
    expect(enterpriseName).toBe(e.fields.name);
    expect(await actorFromSessionToken(s1.token)).toBeNull();
    expect(await actorFromSessionToken(s2.token)).toBeNull();
    expect(await db.session.count({ where: { accountId: e.account.id } })).toBe(0);

    const account = await db.account.findUniqueOrThrow({ where: { id: e.account.id } });
    expect(account.mustChangePassword).toBe(true);
    expect(account.passwordHash).not.toContain(temporaryPassword);
    expect(await attempt("enterprise", e.fields.creditCode, e.password, ip)).toMatchObject({
      ok: false,
      message: LOGIN_FAILED,
    });

    const fresh = await login({ portal: "enterprise", account: e.fields.creditCode, password: temporaryPassword, ip });
    expect(fresh.mustChangePassword).toBe(true);
    const actor = (await actorFromSessionToken(fresh.token))!;
    expect(actor.mustChangePassword).toBe(true);

    // Setting an own password clears the flag.
    await changePassword({ actor, oldPassword: temporaryPassword, password: "Own-Passw0rd" });
    expect((await actorFromSessionToken(fresh.token))!.mustChangePassword).toBe(false);
    expect(await db.auditLog.findFirstOrThrow({ where: { action: "password.staff-reset" } })).toMatchObject({
      actorId: reviewer.accountId,
      targetId: e.enterprise.id,
    });
  });
});
