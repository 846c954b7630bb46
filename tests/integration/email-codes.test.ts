// Email codes (HMAC-stored, 10 min, one resend per 60 s, 5 wrong tries) and 忘记密码 end to end.
import { describe, expect, it } from "vitest";
import { CODE_MAX_ATTEMPTS, consumeEmailCode, issueEmailCode } from "@/lib/server/auth/email-codes";
import { login } from "@/lib/server/auth/login";
import { verifyPassword } from "@/lib/server/auth/password";
import { actorFromSessionToken } from "@/lib/server/auth/session";
import { db } from "@/lib/server/db";
import { InvalidInputError, RateLimitedError } from "@/lib/server/errors";
import { requestPasswordResetCode, resetPasswordWithCode } from "@/lib/server/password/forgot-password";
import { createEnterprise, issueCode, latestCodeFor, uniqueEmail, uniqueIp } from "./support/factories";

const WRONG_CODE = "验证码错误或已失效，请重新获取";

/** consumeEmailCode in its own transaction, as the use cases call it. */
function consume(email: string, code: string, purpose: "REGISTER" | "RESET_PASSWORD" = "REGISTER", accountId?: string) {
  return db.$transaction((tx) => consumeEmailCode(tx, { purpose, email, code, accountId }));
}

const otherThan = (code: string) => String((Number(code) + 1) % 1_000_000).padStart(6, "0");

/** Makes the newest code for `email` look `seconds` old (the resend wait is measured from createdAt). */
async function age(email: string, seconds: number) {
  await db.emailCode.updateMany({ where: { email }, data: { createdAt: new Date(Date.now() - seconds * 1000) } });
}

describe("email codes", () => {
  it("stores only an HMAC of the code, mails the code, and accepts it once", async () => {
    const email = uniqueEmail();
    const code = await issueCode("REGISTER", email);
    const row = await db.emailCode.findFirstOrThrow({ where: { email } });
    expect(row.codeHash).toMatch(/^[0-9a-f]{64}$/);
    expect(row.codeHash).not.toContain(code);
    expect(row.expiresAt.getTime() - row.createdAt.getTime()).toBeGreaterThanOrEqual(9.9 * 60_000);
    expect(row.expiresAt.getTime() - row.createdAt.getTime()).toBeLessThanOrEqual(10.1 * 60_000);
    const mail = await db.outboxMessage.findFirstOrThrow({ where: { to: email } });
    expect(mail.subject).toContain("验证码");

    await consume(email.toUpperCase(), ` ${code} `); // address case and spaces around the code do not matter
    expect((await db.emailCode.findUniqueOrThrow({ where: { id: row.id } })).consumedAt).not.toBeNull();

    // Used once: the same code is refused the second time.
    const again = consume(email, code);
    await expect(again).rejects.toBeInstanceOf(InvalidInputError);
    await expect(again).rejects.toMatchObject({ message: WRONG_CODE, fieldErrors: { code: [WRONG_CODE] } });
  });

  it("refuses an expired code", async () => {
    const email = uniqueEmail();
    const code = await issueCode("REGISTER", email);
    await db.emailCode.updateMany({ where: { email }, data: { expiresAt: new Date(Date.now() - 1000) } });
    await expect(consume(email, code)).rejects.toThrow(WRONG_CODE);
    expect((await db.emailCode.findFirstOrThrow({ where: { email } })).consumedAt).toBeNull();
  });

  it("refuses a code issued for another purpose or another address", async () => {
    const email = uniqueEmail();
    const code = await issueCode("REGISTER", email);
    await expect(consume(email, code, "RESET_PASSWORD")).rejects.toThrow(WRONG_CODE);
    await expect(consume(uniqueEmail(), code)).rejects.toThrow(WRONG_CODE);
    await consume(email, code); // still valid for what it was issued for
  });

  it(`voids the code after ${CODE_MAX_ATTEMPTS} wrong attempts: the right one fails afterwards`, async () => {
    const email = uniqueEmail();
    const code = await issueCode("REGISTER", email);
    for (let i = 1; i <= CODE_MAX_ATTEMPTS; i++) {
      await expect(consume(email, otherThan(code))).rejects.toThrow(WRONG_CODE);
      // Counted although the caller's transaction rolled back.
      expect((await db.emailCode.findFirstOrThrow({ where: { email } })).attempts).toBe(i);
    }
    await expect(consume(email, code)).rejects.toThrow(WRONG_CODE);
    const row = await db.emailCode.findFirstOrThrow({ where: { email } });
    expect(row.attempts).toBe(CODE_MAX_ATTEMPTS);
    expect(row.consumedAt).toBeNull();
  });

  it(`20 guesses at the same moment: exactly ${CODE_MAX_ATTEMPTS} are compared and counted, none lost`, async () => {
    const email = uniqueEmail();
    const code = await issueCode("REGISTER", email);
    const guesses = Array.from({ length: 20 }, (_, i) => String((Number(code) + 1 + i) % 1_000_000).padStart(6, "0"));
    const results = await Promise.allSettled(guesses.map((guess) => consume(email, guess)));
    expect(results.every((r) => r.status === "rejected")).toBe(true);
    // Each try spends an attempt before its guess is compared: no more than five guesses were looked at.
    const row = await db.emailCode.findFirstOrThrow({ where: { email } });
    expect(row.attempts).toBe(CODE_MAX_ATTEMPTS);
    await expect(consume(email, code)).rejects.toThrow(WRONG_CODE);
  });

  it("four wrong attempts still leave the right code usable", async () => {
    const email = uniqueEmail();
    const code = await issueCode("REGISTER", email);
    for (let i = 1; i < CODE_MAX_ATTEMPTS; i++)
      await expect(consume(email, otherThan(code))).rejects.toThrow(WRONG_CODE);
    await consume(email, code);
  });

  it("a new code voids the previous one", async () => {
    const email = uniqueEmail();
    const first = await issueCode("REGISTER", email);
    await age(email, 61);
    const second = await issueCode("REGISTER", email);
    expect(await db.emailCode.count({ where: { email } })).toBe(2);
    expect(await db.outboxMessage.count({ where: { to: email } })).toBe(2);

    if (first !== second) await expect(consume(email, first)).rejects.toThrow(WRONG_CODE);
    await consume(email, second);
    // The first row was voided by the second issue, not by any attempt.
    const rows = await db.emailCode.findMany({ where: { email }, orderBy: { createdAt: "asc" } });
    expect(rows.map((r) => r.consumedAt !== null)).toEqual([true, true]);
  });

  it("refuses a resend within 60 seconds, per address and purpose", async () => {
    const email = uniqueEmail();
    await issueEmailCode({ purpose: "REGISTER", email });
    const resend = issueEmailCode({ purpose: "REGISTER", email });
    await expect(resend).rejects.toBeInstanceOf(RateLimitedError);
    await expect(resend).rejects.toThrow(/请(59|60)秒后再重新发送/);
    expect(await db.emailCode.count({ where: { email } })).toBe(1);
    expect(await db.outboxMessage.count({ where: { to: email } })).toBe(1);

    await age(email, 45);
    await expect(issueEmailCode({ purpose: "REGISTER", email })).rejects.toThrow(/请1[45]秒后再重新发送/);

    // Another purpose or address is not affected; after 60 s the same one may resend.
    await issueEmailCode({ purpose: "RESET_PASSWORD", email });
    await issueEmailCode({ purpose: "REGISTER", email: uniqueEmail() });
    await age(email, 60);
    await issueEmailCode({ purpose: "REGISTER", email });
    expect(await db.emailCode.count({ where: { email, purpose: "REGISTER" } })).toBe(2);
  });

  it("two concurrent uses of one code consume it once", async () => {
    const email = uniqueEmail();
    const code = await issueCode("REGISTER", email);
    const results = await Promise.allSettled([consume(email, code), consume(email, code), consume(email, code)]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    for (const r of results.filter((r): r is PromiseRejectedResult => r.status === "rejected")) {
      expect(r.reason).toBeInstanceOf(InvalidInputError);
    }
  });
});

describe("forgot password", () => {
  it("queues no mail and does not throw when the account and email do not match", async () => {
    const e = await createEnterprise({ approved: true });
    const other = await createEnterprise({ approved: true });
    const mailsBefore = await db.outboxMessage.count();

    await requestPasswordResetCode({ account: e.fields.creditCode, email: other.fields.email, ip: uniqueIp() });
    await requestPasswordResetCode({ account: e.fields.creditCode, email: uniqueEmail(), ip: uniqueIp() });
    await requestPasswordResetCode({ account: "91330100MA2XXXXXX0", email: e.fields.email, ip: uniqueIp() });

    expect(await db.outboxMessage.count()).toBe(mailsBefore);
    expect(await db.emailCode.count()).toBe(0);
  });

  it("a repeated request within 60 s answers like a non-matching one (no error), and sends no second mail", async () => {
    const e = await createEnterprise({ approved: true });
    const ip = uniqueIp();
    await requestPasswordResetCode({ account: e.fields.creditCode, email: e.fields.email, ip });
    // An error here would tell that this credit code and email belong together.
    await expect(
      requestPasswordResetCode({ account: e.fields.creditCode, email: e.fields.email, ip }),
    ).resolves.toBeUndefined();
    await expect(
      requestPasswordResetCode({ account: e.fields.creditCode, email: uniqueEmail(), ip }),
    ).resolves.toBeUndefined();
    expect(await db.outboxMessage.count({ where: { to: e.fields.email } })).toBe(1);
    expect(await db.emailCode.count()).toBe(1);
  });

  it("resets the password with the mailed code and ends every session", async () => {
    const e = await createEnterprise({ approved: true });
    const ip = uniqueIp();
    const session = await login({ portal: "enterprise", account: e.fields.creditCode, password: e.password, ip });

    // Account name in lower case and the email in upper case still match.
    await requestPasswordResetCode({
      account: e.fields.creditCode.toLowerCase(),
      email: e.fields.email.toUpperCase(),
      ip,
    });
    const mail = await db.outboxMessage.findFirstOrThrow({ where: { to: e.fields.email }, orderBy: { id: "desc" } });
    expect(mail.subject).toContain("找回密码");
    const code = await latestCodeFor(e.fields.email);
    expect((await db.emailCode.findFirstOrThrow({ where: { email: e.fields.email } })).accountId).toBe(e.account.id);

    // A wrong code changes nothing.
    await expect(
      resetPasswordWithCode({
        account: e.fields.creditCode,
        email: e.fields.email,
        code: otherThan(code),
        password: "Reset-Passw0rd",
        ip,
      }),
    ).rejects.toThrow(WRONG_CODE);
    expect(await actorFromSessionToken(session.token)).not.toBeNull();

    // The code only works together with its own account.
    await expect(
      resetPasswordWithCode({
        account: "91330100MA2XXXXXX0",
        email: e.fields.email,
        code,
        password: "Reset-Passw0rd",
        ip,
      }),
    ).rejects.toBeInstanceOf(InvalidInputError);

    await resetPasswordWithCode({
      account: e.fields.creditCode,
      email: e.fields.email,
      code,
      password: "Reset-Passw0rd",
      ip,
    });

    const account = await db.account.findUniqueOrThrow({ where: { id: e.account.id } });
    expect(await verifyPassword(account.passwordHash, "Reset-Passw0rd")).toBe(true);
    expect(await verifyPassword(account.passwordHash, e.password)).toBe(false);
    expect(account.mustChangePassword).toBe(false);
    expect(await db.session.count({ where: { accountId: e.account.id } })).toBe(0);
    expect(await actorFromSessionToken(session.token)).toBeNull();
    expect(await db.auditLog.count({ where: { action: "password.forgot-reset", targetId: e.account.id } })).toBe(1);

    // The new password logs in; the code cannot be used a second time.
    await expect(
      login({ portal: "enterprise", account: e.fields.email, password: "Reset-Passw0rd", ip }),
    ).resolves.toMatchObject({ role: "ENTERPRISE" });
    await expect(
      resetPasswordWithCode({
        account: e.fields.creditCode,
        email: e.fields.email,
        code,
        password: "Again-Passw0rd",
        ip,
      }),
    ).rejects.toThrow(WRONG_CODE);
  });

  it("does not accept a registration code for a password reset", async () => {
    const e = await createEnterprise({ approved: true });
    const code = await issueCode("REGISTER", e.fields.email);
    await expect(
      resetPasswordWithCode({
        account: e.fields.creditCode,
        email: e.fields.email,
        code,
        password: "Reset-Passw0rd",
        ip: uniqueIp(),
      }),
    ).rejects.toThrow(WRONG_CODE);
    const account = await db.account.findUniqueOrThrow({ where: { id: e.account.id } });
    expect(await verifyPassword(account.passwordHash, e.password)).toBe(true);
  });
});
