import "server-only";
import { cache } from "react";
import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import type { Role } from "@/lib/domain/workflow";
import { actorFromSessionToken, SESSION_COOKIE } from "./session";
import type { Actor } from "./actor";
import { env } from "../env";
import { clientIp } from "@/lib/client-ip";

/** The signed-in actor of this request, or null. Looked up once per request. */
export const getCurrentActor = cache(async (): Promise<Actor | null> => {
  const token = (await cookies()).get(SESSION_COOKIE)?.value;
  return token ? actorFromSessionToken(token) : null;
});

export async function setSessionCookie(token: string, expiresAt: Date) {
  (await cookies()).set(SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: "lax",
    secure: env.secureCookies,
    path: "/",
    expires: expiresAt,
  });
}

export async function clearSessionCookie() {
  (await cookies()).delete(SESSION_COOKIE);
}

export async function requestMeta() {
  const h = await headers();
  return { ip: clientIp(h.get("x-forwarded-for")), userAgent: h.get("user-agent") ?? undefined };
}

export const HOME_BY_ROLE: Record<Role, string> = {
  ENTERPRISE: "/enterprise",
  PERSON: "/person",
  REVIEWER: "/staff",
  ASSESSOR: "/staff",
  ADMIN: "/staff",
};

export const LOGIN_BY_ROLE: Record<Role, string> = {
  ENTERPRISE: "/login/enterprise",
  PERSON: "/login/person",
  REVIEWER: "/login/staff",
  ASSESSOR: "/login/staff",
  ADMIN: "/login/staff",
};

/**
 * For pages and layouts (UX only: every use case authorises again with the actor it is given).
 * Sends an anonymous visitor to the login page and a forced password change to its form.
 */
export async function requirePageActor(roles: readonly Role[], loginPath: string): Promise<Actor> {
  const actor = await getCurrentActor();
  if (!actor) redirect(loginPath);
  if (!roles.includes(actor.role)) redirect(HOME_BY_ROLE[actor.role]);
  if (actor.mustChangePassword) redirect("/account/password");
  return actor;
}
