import type { NextRequest } from "next/server";
import { actorFromSessionToken, sessionCookieName, sessionStatus } from "@/lib/server/auth/session";
import { unreadNotificationCount } from "@/lib/server/notifications/queries";

const NO_STORE = { "Cache-Control": "no-store" };
const token = (request: NextRequest) => request.cookies.get(sessionCookieName())?.value;

/**
 * The header's live data: the display name, the unread message count and the milliseconds until the
 * session ends. GET is the background poll and does not count as activity (it must not keep an idle
 * session alive); POST is 【继续使用】, a real request that does.
 */
export async function GET(request: NextRequest) {
  const current = token(request);
  const status = current ? await sessionStatus(current) : null;
  if (!status) return Response.json({ error: "unauthenticated" }, { status: 401, headers: NO_STORE });
  const { actor, remainingMs } = status;
  return Response.json(
    { name: actor.displayName, unread: await unreadNotificationCount({ actor }), remainingMs },
    { headers: NO_STORE },
  );
}

export async function POST(request: NextRequest) {
  const current = token(request);
  if (current) await actorFromSessionToken(current);
  return GET(request);
}
