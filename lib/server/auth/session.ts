import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { db } from "../db";
import type { Actor } from "./actor";

export const SESSION_COOKIE = "aq_session";
export const SESSION_TTL_MS = 12 * 60 * 60 * 1000;
const TOUCH_INTERVAL_MS = 5 * 60 * 1000;

// Sessions are rows, not JWTs: a password change or reset must end the account's other sessions at
// once, which a self-contained token cannot do. Only the SHA-256 of the token is stored.
function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

export async function createSession(accountId: string, meta: { ip?: string; userAgent?: string } = {}) {
  const token = randomBytes(32).toString("base64url");
  const expiresAt = new Date(Date.now() + SESSION_TTL_MS);
  const session = await db.session.create({
    data: { accountId, tokenHash: hashToken(token), expiresAt, ip: meta.ip, userAgent: meta.userAgent?.slice(0, 300) },
  });
  return { token, expiresAt, sessionId: session.id };
}

export async function actorFromSessionToken(token: string): Promise<Actor | null> {
  const session = await db.session.findUnique({
    where: { tokenHash: hashToken(token) },
    include: {
      account: {
        include: { enterprise: { select: { id: true, approvedAt: true } }, person: { select: { id: true } } },
      },
    },
  });
  if (!session || session.expiresAt <= new Date() || session.account.disabledAt) return null;
  if (Date.now() - session.lastSeenAt.getTime() > TOUCH_INTERVAL_MS) {
    await db.session.update({ where: { id: session.id }, data: { lastSeenAt: new Date() } });
  }
  const { account } = session;
  return {
    accountId: account.id,
    role: account.role,
    displayName: account.displayName,
    enterpriseId: account.enterprise?.id ?? null,
    enterpriseApproved: Boolean(account.enterprise?.approvedAt),
    personId: account.person?.id ?? null,
    mustChangePassword: account.mustChangePassword,
    sessionId: session.id,
  };
}

export async function deleteSessionByToken(token: string): Promise<void> {
  await db.session.deleteMany({ where: { tokenHash: hashToken(token) } });
}
