import "server-only";
import type { NextRequest } from "next/server";
import { checkCaller, REFUSALS, type Permission } from "@/lib/domain/permissions";
import type { Actor } from "./actor";
import { actorFromSessionToken, sessionCookieName } from "./session";

const text = (message: string, status: number) =>
  new Response(message, {
    status,
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
  });

/**
 * The caller of a route handler (route handlers are outside the action helper), checked against the
 * permission table; otherwise the 401/403 response to send. The session comes from the request's own
 * cookie, so a handler can be called with a plain NextRequest. Ownership is still checked by the use
 * case the handler calls.
 */
export async function routeActor(request: NextRequest, permission: Permission): Promise<Actor | Response> {
  const token = request.cookies.get(sessionCookieName())?.value;
  const actor = token ? await actorFromSessionToken(token) : null;
  const refusal = checkCaller(actor, permission);
  if (!actor || refusal) {
    const { reason, message } = refusal ?? REFUSALS.unauthenticated;
    return text(message, reason === "unauthenticated" ? 401 : 403);
  }
  return actor;
}
