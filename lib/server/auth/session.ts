import "server-only";
import { randomBytes } from "node:crypto";
import { hashSessionToken, SESSION_COOKIE } from "@/lib/session-token";
import { db } from "../db";
import { secondFactorPending } from "@/lib/domain/second-factor";
import { env } from "../env";
import type { Actor } from "./actor";

export const SESSION_TTL_MS = 12 * 60 * 60 * 1000;
/** lastSeenAt is written at most this often; it is the idle clock, so it must stay well under a minute's error. */
const TOUCH_INTERVAL_MS = 30 * 1000;

export function sessionCookieName(): string {
  return env.secureCookies ? SESSION_COOKIE.secure : SESSION_COOKIE.plain;
}

/** SESSION_IDLE_MINUTES (default 30): a session no request has used for this long ends. */
export function idleTimeoutMs(): number {
  const minutes = Number(process.env.SESSION_IDLE_MINUTES ?? 30);
  return (Number.isFinite(minutes) && minutes > 0 ? minutes : 30) * 60_000;
}

// Sessions are rows, not JWTs: a password change or reset must end the account's other sessions at
// once, which a self-contained token cannot do. Only the SHA-256 of the token is stored.
const hashToken = hashSessionToken;

export async function createSession(
  accountId: string,
  meta: { ip?: string; userAgent?: string; viaTemporaryPassword?: boolean } = {},
) {
  const token = randomBytes(32).toString("base64url");
  const expiresAt = new Date(Date.now() + SESSION_TTL_MS);
  const session = await db.session.create({
    data: {
      accountId,
      tokenHash: hashToken(token),
      expiresAt,
      ip: meta.ip,
      userAgent: meta.userAgent?.slice(0, 300),
      viaTemporaryPassword: meta.viaTemporaryPassword ?? false,
    },
  });
  return { token, expiresAt, sessionId: session.id };
}

/**
 * The actor of a live session, or null (unknown, past 12 hours, idle too long, account disabled).
 * A request that uses the session (a page, an action, a download) counts as activity and moves the
 * idle clock; `{ touch: false }` is for the header's background poll, which must not keep it alive.
 */
export async function actorFromSessionToken(token: string, { touch = true } = {}): Promise<Actor | null> {
  const session = await sessionFromToken(token);
  if (!session) return null;
  if (touch && Date.now() - session.lastSeenAt.getTime() > TOUCH_INTERVAL_MS) {
    await db.session.update({ where: { id: session.id }, data: { lastSeenAt: new Date() } });
  }
  return toActor(session);
}

/** The poll's view: the actor and how long until the session ends by idleness or by age. */
export async function sessionStatus(token: string) {
  const session = await sessionFromToken(token);
  if (!session) return null;
  const idleEndsAt = session.lastSeenAt.getTime() + idleTimeoutMs();
  return { actor: toActor(session), remainingMs: Math.min(idleEndsAt, session.expiresAt.getTime()) - Date.now() };
}

/** What a request needs of its session, its account, the account's unit and holder record. */
export interface SessionRow {
  id: string;
  expiresAt: Date;
  lastSeenAt: Date;
  lastWriteAt: Date | null;
  accountId: string;
  role: Actor["role"];
  displayName: string;
  mustChangePassword: boolean;
  disabledAt: Date | null;
  totpEnrolledAt: Date | null;
  totpExempt: boolean;
  enterpriseId: string | null;
  enterpriseApprovedAt: Date | null;
  personId: string | null;
}

/**
 * The session a token hash names, in one typed raw query: every signed-in request makes this read, and
 * Prisma's include (four queries) took 2.6–4× as long (bench/prisma-vs-raw.ts, docs/ARCHITECTURE.md).
 */
export async function sessionRowByHash(tokenHash: string): Promise<SessionRow | null> {
  const [row] = await db.$queryRaw<SessionRow[]>`
    SELECT s.id, s."expiresAt", s."lastSeenAt", s."lastWriteAt", a.id AS "accountId", a.role::text AS role, a."displayName",
      a."mustChangePassword", a."disabledAt", a."totpEnrolledAt", a."totpExempt",
      e.id AS "enterpriseId", e."approvedAt" AS "enterpriseApprovedAt", p.id AS "personId"
    FROM "Session" s JOIN "Account" a ON a.id = s."accountId"
    LEFT JOIN "Enterprise" e ON e."accountId" = a.id
    LEFT JOIN "Person" p ON p."accountId" = a.id
    WHERE s."tokenHash" = ${tokenHash}`;
  return row ?? null;
}

async function sessionFromToken(token: string) {
  const session = await sessionRowByHash(hashToken(token));
  if (!session || session.disabledAt) return null;
  const now = Date.now();
  if (session.expiresAt.getTime() <= now || now - session.lastSeenAt.getTime() >= idleTimeoutMs()) {
    await db.session.deleteMany({ where: { id: session.id } });
    return null;
  }
  return session;
}

function toActor(session: SessionRow): Actor {
  return {
    accountId: session.accountId,
    role: session.role,
    displayName: session.displayName,
    enterpriseId: session.enterpriseId,
    enterpriseApproved: Boolean(session.enterpriseApprovedAt),
    personId: session.personId,
    mustChangePassword: session.mustChangePassword,
    secondFactorPending: secondFactorPending({
      role: session.role,
      enrolled: Boolean(session.totpEnrolledAt),
      exempt: session.totpExempt,
      production: env.isProductionDeployment,
    }),
    sessionId: session.id,
    lastWriteAt: session.lastWriteAt,
  };
}

/** The session row a token names (live or not), with its account's role. */
export function sessionByToken(token: string) {
  return db.session.findUnique({
    where: { tokenHash: hashToken(token) },
    include: { account: { select: { role: true } } },
  });
}

export async function deleteSessionByToken(token: string): Promise<void> {
  await db.session.deleteMany({ where: { tokenHash: hashToken(token) } });
}
