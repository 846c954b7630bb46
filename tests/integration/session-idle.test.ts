// Sessions end after SESSION_IDLE_MINUTES without use (default 30) as well as after 12 hours; the
// header's poll does not count as use, 【继续使用】 does; a login never continues an earlier session.
import { NextRequest } from "next/server";
import { afterEach, describe, expect, it } from "vitest";
import { GET, POST } from "@/app/api/session/route";
import { login } from "@/lib/server/auth/login";
import { actorFromSessionToken, createSession, sessionCookieName } from "@/lib/server/auth/session";
import { db } from "@/lib/server/db";
import { env } from "@/lib/server/env";
import { createStaff, uniqueIp } from "./support/factories";

const minutesAgo = (m: number) => new Date(Date.now() - m * 60_000);

async function sessionIdle(minutes: number) {
  const { account } = await createStaff("REVIEWER");
  const session = await createSession(account.id);
  await db.session.update({ where: { id: session.sessionId }, data: { lastSeenAt: minutesAgo(minutes) } });
  return session;
}

function call(handler: typeof GET, token: string) {
  const cookie = `${sessionCookieName()}=${token}`;
  return handler(new NextRequest("http://localhost/api/session", { method: handler.name, headers: { cookie } }));
}

const lastSeen = async (sessionId: string) =>
  (await db.session.findUniqueOrThrow({ where: { id: sessionId } })).lastSeenAt.getTime();

afterEach(() => {
  delete process.env.SESSION_IDLE_MINUTES;
  delete process.env.APP_ENV;
});

describe("idle timeout", () => {
  it("a session unused for 30 minutes ends (and its row goes); one unused for 29 does not", async () => {
    const idle = await sessionIdle(30);
    expect(await actorFromSessionToken(idle.token)).toBeNull();
    expect(await db.session.count({ where: { id: idle.sessionId } })).toBe(0);

    const recent = await sessionIdle(29);
    expect(await actorFromSessionToken(recent.token)).not.toBeNull();
    expect(await lastSeen(recent.sessionId)).toBeGreaterThan(Date.now() - 5_000); // used now
  });

  it("SESSION_IDLE_MINUTES sets the limit", async () => {
    process.env.SESSION_IDLE_MINUTES = "10";
    expect(await actorFromSessionToken((await sessionIdle(11)).token)).toBeNull();
    expect(await actorFromSessionToken((await sessionIdle(9)).token)).not.toBeNull();
  });

  it("the header's poll (GET /api/session) reports the time left without extending it", async () => {
    const session = await sessionIdle(20);
    const before = await lastSeen(session.sessionId);
    const response = await call(GET, session.token);
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body.remainingMs).toBeGreaterThan(9 * 60_000);
    expect(body.remainingMs).toBeLessThanOrEqual(10 * 60_000);
    expect(await lastSeen(session.sessionId)).toBe(before);

    // Polling alone cannot keep it: once idle, the poll is refused.
    await db.session.update({ where: { id: session.sessionId }, data: { lastSeenAt: minutesAgo(31) } });
    expect((await call(GET, session.token)).status).toBe(401);
  });

  it("【继续使用】 (POST /api/session) is a real request: the idle clock starts again", async () => {
    const session = await sessionIdle(28);
    const response = await call(POST, session.token);
    expect(response.status).toBe(200);
    expect((await response.json()).remainingMs).toBeGreaterThan(29 * 60_000);
    expect(await lastSeen(session.sessionId)).toBeGreaterThan(Date.now() - 5_000);
  });

  it("the 12-hour limit still holds for a session in use", async () => {
    const session = await sessionIdle(0);
    await db.session.update({ where: { id: session.sessionId }, data: { expiresAt: new Date(Date.now() - 1) } });
    expect(await actorFromSessionToken(session.token)).toBeNull();
  });
});

describe("login and the session cookie", () => {
  it("a login issues a fresh session and ends the one this browser had", async () => {
    const staff = await createStaff("REVIEWER");
    const other = await createStaff("ASSESSOR");
    const ip = uniqueIp();
    const first = await login({ portal: "staff", account: other.username, password: other.password, ip });
    const second = await login({
      portal: "staff",
      account: staff.username,
      password: staff.password,
      ip,
      previousToken: first.token,
    });
    expect(second.token).not.toBe(first.token);
    expect(await actorFromSessionToken(first.token)).toBeNull();
    expect(await actorFromSessionToken(second.token)).toMatchObject({ accountId: staff.account.id });
  });

  it("in production the cookie is __Host- and Secure", async () => {
    expect(sessionCookieName()).toBe("aq_session");
    process.env.APP_ENV = "production";
    expect(sessionCookieName()).toBe("__Host-aq_session");
    expect(env.secureCookies).toBe(true);
  });
});
