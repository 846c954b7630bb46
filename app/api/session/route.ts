import { getCurrentActor } from "@/lib/server/auth/current-actor";
import { unreadNotificationCount } from "@/lib/server/notifications/queries";

/** The header's live data: the signed-in account's display name and unread message count. */
export async function GET() {
  const actor = await getCurrentActor();
  if (!actor)
    return Response.json({ error: "unauthenticated" }, { status: 401, headers: { "Cache-Control": "no-store" } });
  return Response.json(
    { name: actor.displayName, unread: await unreadNotificationCount({ actor }) },
    { headers: { "Cache-Control": "no-store" } },
  );
}
