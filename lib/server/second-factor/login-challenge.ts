import "server-only";
import { randomBytes } from "node:crypto";
import { hashSessionToken } from "@/lib/session-token";
import { db } from "../db";

/** How long the second step may take after the password was accepted. */
export const CHALLENGE_TTL_MS = 5 * 60 * 1000;
/** Wrong codes one challenge survives (the account-wide limit is in rate-limit.ts: secondFactor). */
export const CHALLENGE_MAX_ATTEMPTS = 5;

/**
 * "Password accepted, second factor to come": a row with expiry; the browser holds only a random token
 * (its SHA-256 is stored), so the state cannot be forged or carried past its five minutes.
 */
export async function createLoginChallenge(accountId: string) {
  const token = randomBytes(32).toString("base64url");
  const expiresAt = new Date(Date.now() + CHALLENGE_TTL_MS);
  // One open challenge per account: a new password step replaces the earlier one.
  await db.loginChallenge.deleteMany({ where: { accountId } });
  await db.loginChallenge.create({ data: { accountId, tokenHash: hashSessionToken(token), expiresAt } });
  return { token, expiresAt };
}

/** The live challenge a token names, with its account, or null. */
export async function findLoginChallenge(token: string) {
  const challenge = await db.loginChallenge.findUnique({
    where: { tokenHash: hashSessionToken(token) },
    include: { account: true },
  });
  if (!challenge) return null;
  if (challenge.expiresAt.getTime() <= Date.now() || challenge.attempts >= CHALLENGE_MAX_ATTEMPTS) {
    await db.loginChallenge.deleteMany({ where: { id: challenge.id } });
    return null;
  }
  return challenge;
}
