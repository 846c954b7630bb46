import "server-only";
import { cache } from "react";
import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import {
  checkCaller,
  HOME_PATH,
  loginPathFor,
  PASSWORD_CHANGE_PATH,
  SECOND_FACTOR_ENROL_PATH,
  type Permission,
} from "@/lib/domain/permissions";
import { actorFromSessionToken, sessionCookieName } from "./session";
import type { Actor } from "./actor";
import { env } from "../env";
import { CLIENT_IP_HEADER, clientIp } from "@/lib/client-ip";

/** The signed-in actor of this request, or null. Looked up once per request. */
export const getCurrentActor = cache(async (): Promise<Actor | null> => {
  const token = await sessionToken();
  return token ? actorFromSessionToken(token) : null;
});

export async function sessionToken(): Promise<string | undefined> {
  return (await cookies()).get(sessionCookieName())?.value;
}

export async function setSessionCookie(token: string, expiresAt: Date) {
  (await cookies()).set(sessionCookieName(), token, {
    httpOnly: true,
    sameSite: "lax",
    secure: env.secureCookies,
    path: "/",
    expires: expiresAt,
  });
}

export async function clearSessionCookie() {
  (await cookies()).delete({ name: sessionCookieName(), path: "/", secure: env.secureCookies });
}

export async function requestMeta() {
  const h = await headers();
  return { ip: clientIp(h.get(CLIENT_IP_HEADER)), userAgent: h.get("user-agent") ?? undefined };
}

/**
 * For pages and layouts (UX only: every use case authorises again with the actor it is given).
 * A refused caller is sent where they can go on: an anonymous visitor to the login page of the
 * permission's portal, a forced password change to its form, an unapproved enterprise to its status
 * page, anyone else to their own home.
 */
export async function requirePageActor(permission: Permission): Promise<Actor> {
  const actor = await getCurrentActor();
  const refusal = checkCaller(actor, permission);
  if (!actor) redirect(loginPathFor(permission));
  if (refusal?.reason === "pendingPasswordChange") redirect(PASSWORD_CHANGE_PATH);
  if (refusal?.reason === "pendingSecondFactor") redirect(SECOND_FACTOR_ENROL_PATH);
  if (refusal) redirect(HOME_PATH[actor.role]);
  return actor;
}
