import "server-only";
import { cookies } from "next/headers";
import { env } from "../env";

/** The browser's half of a login challenge (login-challenge.ts), like the session cookie in form. */
function challengeCookieName(): string {
  return env.secureCookies ? "__Host-aq_login_challenge" : "aq_login_challenge";
}

export async function setChallengeCookie(challenge: { token: string; expiresAt: Date }) {
  (await cookies()).set(challengeCookieName(), challenge.token, {
    httpOnly: true,
    sameSite: "lax",
    secure: env.secureCookies,
    path: "/",
    expires: challenge.expiresAt,
  });
}

export async function challengeToken(): Promise<string | undefined> {
  return (await cookies()).get(challengeCookieName())?.value;
}

export async function clearChallengeCookie() {
  (await cookies()).delete({ name: challengeCookieName(), path: "/", secure: env.secureCookies });
}
