// Staff second factor (issue 10 §5): TOTP (RFC 6238) enrolment with recovery codes, the second login
// step (a DB challenge, window ±1 step, no replay of a step, attempt-limited), the demo exemption (never
// in production) and the administrator's 【重置动态口令】.
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { Secret, TOTP } from "otpauth";
import { checkCaller } from "@/lib/domain/permissions";
import { login, SecondFactorRequired } from "@/lib/server/auth/login";
import { actorFromSessionToken, createSession } from "@/lib/server/auth/session";
import { db } from "@/lib/server/db";
import { ConflictError, ForbiddenError, InvalidInputError, RateLimitedError } from "@/lib/server/errors";
import { confirmSecondFactorEnrolment } from "@/lib/server/second-factor/confirm-second-factor-enrolment";
import {
  CHALLENGE_EXPIRED,
  completeSecondFactor,
  WRONG_SECOND_FACTOR,
} from "@/lib/server/second-factor/complete-second-factor";
import { getSecondFactorEnrolment } from "@/lib/server/second-factor/get-second-factor-enrolment";
import { resetSecondFactor } from "@/lib/server/second-factor/reset-second-factor";
import { openSecret, sealSecret } from "@/lib/server/second-factor/secret-box";
import { createAdminAccount } from "@/lib/server/staff-accounts/create-admin-account";
import { createStaff, uniqueIp } from "./support/factories";
import { hasCommand } from "./support/pdf-text";

const codeAt = (secret: string, timestamp = Date.now()) =>
  TOTP.generate({ secret: Secret.fromBase32(secret), timestamp, period: 30, digits: 6 });

/** A staff member who is not exempt, as `【新增】` and admin:create make them. */
async function newStaff(role: "REVIEWER" | "ASSESSOR" | "ADMIN" = "REVIEWER") {
  return createStaff(role, { totpExempt: false });
}

async function enrol(staff: Awaited<ReturnType<typeof newStaff>>) {
  const enrolment = await getSecondFactorEnrolment({ actor: staff.actor });
  if (enrolment.enrolled) throw new Error("already enrolled");
  // The code used to enrol is spent; the login tests use the next time step's code.
  const { recoveryCodes } = await confirmSecondFactorEnrolment({ actor: staff.actor, code: codeAt(enrolment.secret) });
  return { secret: enrolment.secret, recoveryCodes };
}

/** The password step; returns the challenge token the browser would hold in its cookie. */
async function passwordStep(staff: { username: string; password: string }, ip = uniqueIp()) {
  const error = await login({ portal: "staff", account: staff.username, password: staff.password, ip }).then(
    () => null,
    (e: unknown) => e,
  );
  if (!(error instanceof SecondFactorRequired)) throw new Error(`expected SecondFactorRequired, got ${String(error)}`);
  return error.challenge.token;
}

const savedEnv = { APP_ENV: process.env.APP_ENV };
afterEach(() => {
  if (savedEnv.APP_ENV === undefined) delete process.env.APP_ENV;
  else process.env.APP_ENV = savedEnv.APP_ENV;
});

describe("enrolment", () => {
  it("a staff member without a second factor may do nothing but change the password and enrol", async () => {
    const staff = await newStaff();
    const session = await login({ portal: "staff", account: staff.username, password: staff.password, ip: uniqueIp() });
    const actor = (await actorFromSessionToken(session.token))!;
    expect(actor.secondFactorPending).toBe(true);
    expect(checkCaller(actor, "staff.workspace")?.reason).toBe("pendingSecondFactor");
    expect(checkCaller(actor, "application.decide")?.message).toBe("请先绑定动态口令");
    expect(checkCaller(actor, "account.second-factor.enrol")).toBeNull();
  });

  it("shows a secret (the same on reload), refuses a wrong code, enrols with the right one: 10 recovery codes", async () => {
    const staff = await newStaff("ASSESSOR");
    const first = await getSecondFactorEnrolment({ actor: staff.actor });
    const again = await getSecondFactorEnrolment({ actor: staff.actor });
    if (first.enrolled || again.enrolled) throw new Error("not expected");
    expect(again.secret).toBe(first.secret);
    expect(first.secret).toMatch(/^[A-Z2-7]{32}$/); // 20 bytes, base32
    expect(first.qrDataUrl).toMatch(/^data:image\/png;base64,/);

    const wrong = String((Number(codeAt(first.secret)) + 1) % 1_000_000).padStart(6, "0");
    await expect(confirmSecondFactorEnrolment({ actor: staff.actor, code: wrong })).rejects.toBeInstanceOf(
      InvalidInputError,
    );
    expect((await db.account.findUniqueOrThrow({ where: { id: staff.account.id } })).totpEnrolledAt).toBeNull();

    const { recoveryCodes } = await confirmSecondFactorEnrolment({ actor: staff.actor, code: codeAt(first.secret) });
    expect(recoveryCodes).toHaveLength(10);
    expect(new Set(recoveryCodes).size).toBe(10);
    const account = await db.account.findUniqueOrThrow({ where: { id: staff.account.id } });
    expect(account.totpEnrolledAt).not.toBeNull();
    expect(account.totpPendingSecret).toBeNull();
    // stored encrypted, not in clear
    expect(account.totpSecret).not.toContain(first.secret);
    expect(openSecret(account.totpSecret!)).toBe(first.secret);
    const stored = await db.recoveryCode.findMany({ where: { accountId: staff.account.id } });
    expect(stored).toHaveLength(10);
    for (const code of recoveryCodes) expect(stored.some((s) => s.codeHash.includes(code))).toBe(false);
    expect(await db.auditLog.count({ where: { action: "auth.totp-enrol", targetId: staff.account.id } })).toBe(1);

    await expect(
      confirmSecondFactorEnrolment({ actor: staff.actor, code: codeAt(first.secret) }),
    ).rejects.toBeInstanceOf(ConflictError);
    const session = await createSession(staff.account.id);
    expect((await actorFromSessionToken(session.token))!.secondFactorPending).toBe(false);
  });

  it.skipIf(!hasCommand("zbarimg"))("the QR code holds the otpauth URI of the secret shown", async () => {
    const staff = await newStaff();
    const enrolment = await getSecondFactorEnrolment({ actor: staff.actor });
    if (enrolment.enrolled) throw new Error("not expected");
    const dir = mkdtempSync(path.join(os.tmpdir(), "totp-qr-"));
    try {
      const png = Buffer.from(enrolment.qrDataUrl.split(",")[1], "base64");
      writeFileSync(path.join(dir, "qr.png"), png);
      const decoded = execFileSync("zbarimg", ["-q", "--raw", "qr.png"], { cwd: dir, encoding: "utf8" }).trim();
      const uri = new URL(decoded);
      expect(uri.protocol).toBe("otpauth:");
      expect(uri.host).toBe("totp");
      expect(uri.searchParams.get("secret")).toBe(enrolment.secret);
      expect(uri.searchParams.get("issuer")).toBe("安管人员考核系统");
      expect(decodeURIComponent(uri.pathname)).toContain(staff.username);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("a tampered secret does not open (AES-256-GCM tag)", () => {
    const sealed = sealSecret("JBSWY3DPEHPK3PXP");
    const parts = sealed.split(".");
    const data = Buffer.from(parts[3], "base64url");
    data[0] ^= 1;
    expect(() => openSecret([...parts.slice(0, 3), data.toString("base64url")].join("."))).toThrow();
  });

  it("with APP_ENV=production the key must be set", () => {
    process.env.APP_ENV = "production";
    const key = process.env.TOTP_ENCRYPTION_KEY;
    delete process.env.TOTP_ENCRYPTION_KEY;
    try {
      expect(() => sealSecret("JBSWY3DPEHPK3PXP")).toThrow(/TOTP_ENCRYPTION_KEY/);
    } finally {
      if (key !== undefined) process.env.TOTP_ENCRYPTION_KEY = key;
    }
  });
});

describe("login with the second factor", () => {
  it("password alone opens no session; the right code does, once; a wrong code is refused and audited", async () => {
    const staff = await newStaff();
    const { secret } = await enrol(staff);
    const sessionsBefore = await db.session.count({ where: { accountId: staff.account.id } });
    const token = await passwordStep(staff);
    expect(await db.session.count({ where: { accountId: staff.account.id } })).toBe(sessionsBefore);

    const ip = uniqueIp();
    const wrong = String((Number(codeAt(secret, Date.now() + 30_000)) + 1) % 1_000_000).padStart(6, "0");
    await expect(completeSecondFactor({ challengeToken: token, code: wrong, ip })).rejects.toThrow(WRONG_SECOND_FACTOR);
    expect(await db.auditLog.count({ where: { action: "auth.totp-failed", targetId: staff.account.id } })).toBe(1);

    // the next step's code (clock drift, window ±1): accepted
    const next = codeAt(secret, Date.now() + 30_000);
    const session = await completeSecondFactor({ challengeToken: token, code: next, ip });
    const actor = (await actorFromSessionToken(session.token))!;
    expect(actor.accountId).toBe(staff.account.id);
    expect(actor.secondFactorPending).toBe(false);
    expect(await db.auditLog.count({ where: { action: "auth.totp-success", targetId: staff.account.id } })).toBe(1);
    expect(await db.auditLog.count({ where: { action: "auth.login", targetId: staff.account.id } })).toBe(1);

    // the challenge is spent
    await expect(completeSecondFactor({ challengeToken: token, code: next, ip })).rejects.toThrow(CHALLENGE_EXPIRED);
    // the same code again, on a new challenge: replay refused; so is an earlier step's code
    const second = await passwordStep(staff);
    await expect(completeSecondFactor({ challengeToken: second, code: next, ip })).rejects.toThrow(WRONG_SECOND_FACTOR);
    await expect(completeSecondFactor({ challengeToken: second, code: codeAt(secret), ip })).rejects.toThrow(
      WRONG_SECOND_FACTOR,
    );
    // two steps ahead is outside the window
    await expect(
      completeSecondFactor({ challengeToken: second, code: codeAt(secret, Date.now() + 90_000), ip }),
    ).rejects.toThrow(WRONG_SECOND_FACTOR);
  });

  it("a recovery code signs in once, audited", async () => {
    const staff = await newStaff("ADMIN");
    const { recoveryCodes } = await enrol(staff);
    const ip = uniqueIp();
    const session = await completeSecondFactor({
      challengeToken: await passwordStep(staff),
      code: ` ${recoveryCodes[3].toUpperCase()} `,
      ip,
    });
    expect((await actorFromSessionToken(session.token))!.accountId).toBe(staff.account.id);
    const used = await db.auditLog.findFirstOrThrow({ where: { action: "auth.recovery-code-used" } });
    expect(used).toMatchObject({ actorId: staff.account.id, detail: { left: 9 } });
    await expect(
      completeSecondFactor({ challengeToken: await passwordStep(staff), code: recoveryCodes[3], ip }),
    ).rejects.toThrow(WRONG_SECOND_FACTOR);
  });

  it("five wrong codes lock the second step for 15 minutes, even with the right code", async () => {
    const staff = await newStaff();
    const { secret } = await enrol(staff);
    const ip = uniqueIp();
    const outcomes: string[] = [];
    for (let i = 0; i < 5; i++) {
      const token = await passwordStep(staff, ip);
      outcomes.push(
        await completeSecondFactor({ challengeToken: token, code: "000000", ip }).then(
          () => "ok",
          (e: Error) => e.constructor.name,
        ),
      );
    }
    expect(outcomes).toEqual([...Array(4).fill("InvalidInputError"), "RateLimitedError"]);
    const token = await passwordStep(staff, ip);
    await expect(
      completeSecondFactor({ challengeToken: token, code: codeAt(secret, Date.now() + 30_000), ip }),
    ).rejects.toBeInstanceOf(RateLimitedError);
  });

  it("an unknown or expired challenge signs nobody in", async () => {
    const staff = await newStaff();
    const { secret } = await enrol(staff);
    const ip = uniqueIp();
    await expect(completeSecondFactor({ challengeToken: "forged", code: "123456", ip })).rejects.toThrow(
      CHALLENGE_EXPIRED,
    );
    await expect(completeSecondFactor({ code: "123456", ip })).rejects.toThrow(CHALLENGE_EXPIRED);
    const token = await passwordStep(staff);
    await db.loginChallenge.updateMany({ data: { expiresAt: new Date(Date.now() - 1000) } });
    await expect(
      completeSecondFactor({ challengeToken: token, code: codeAt(secret, Date.now() + 30_000), ip }),
    ).rejects.toThrow(CHALLENGE_EXPIRED);
  });
});

describe("exemption", () => {
  it("the demo exemption lets demo staff in without enrolling, except with APP_ENV=production", async () => {
    const demo = await createStaff("REVIEWER"); // exempt, as the seed's
    const session = await login({ portal: "staff", account: demo.username, password: demo.password, ip: uniqueIp() });
    expect((await actorFromSessionToken(session.token))!.secondFactorPending).toBe(false);
    process.env.APP_ENV = "production";
    expect((await actorFromSessionToken(session.token))!.secondFactorPending).toBe(true);
  });

  it("admin:create makes an account that must enrol", async () => {
    const created = await createAdminAccount({ username: "firstadmin" });
    const account = await db.account.findUniqueOrThrow({ where: { id: created.accountId } });
    expect(account.totpExempt).toBe(false);
  });
});

describe("【重置动态口令】", () => {
  it("the administrator clears the enrolment: sessions end, the member must enrol again; audited", async () => {
    const admin = await createStaff("ADMIN");
    const staff = await newStaff();
    const { secret } = await enrol(staff);
    const session = await completeSecondFactor({
      challengeToken: await passwordStep(staff),
      code: codeAt(secret, Date.now() + 30_000),
      ip: uniqueIp(),
    });

    await expect(resetSecondFactor({ actor: staff.actor, accountId: staff.account.id })).rejects.toBeInstanceOf(
      ForbiddenError,
    );
    await resetSecondFactor({ actor: admin.actor, accountId: staff.account.id });
    expect(await actorFromSessionToken(session.token)).toBeNull();
    const account = await db.account.findUniqueOrThrow({ where: { id: staff.account.id } });
    expect(account).toMatchObject({ totpSecret: null, totpEnrolledAt: null, totpLastCounter: null });
    expect(await db.recoveryCode.count({ where: { accountId: staff.account.id } })).toBe(0);
    expect(await db.auditLog.findFirstOrThrow({ where: { action: "second-factor.reset" } })).toMatchObject({
      actorId: admin.account.id,
      targetId: staff.account.id,
    });

    // the password alone now opens a session, which may only enrol
    const again = await login({ portal: "staff", account: staff.username, password: staff.password, ip: uniqueIp() });
    expect((await actorFromSessionToken(again.token))!.secondFactorPending).toBe(true);
  });
});
