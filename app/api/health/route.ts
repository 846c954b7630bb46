import { databaseReachable } from "@/lib/server/health";

const NO_STORE = { "Cache-Control": "no-store" };

/**
 * For load balancers and monitoring: 200 when this instance can query the database, otherwise 503.
 * Open to anyone (no session, like the public actions) and it says nothing but these two words.
 */
export async function GET() {
  if (await databaseReachable()) return Response.json({ status: "ok", db: "ok" }, { headers: NO_STORE });
  return Response.json({ status: "error", db: "unreachable" }, { status: 503, headers: NO_STORE });
}
