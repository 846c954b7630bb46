import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { Actor } from "./auth/actor";
import { db, replicaClient } from "./db";
import { env } from "./env";

/**
 * How long after its last successful action a session reads only the primary. Streaming replication on
 * a healthy replica lags by milliseconds; this covers the action's own re-render or redirect and the
 * next pages by far.
 */
export const READ_YOUR_WRITES_MS = 10_000;

/**
 * The client for list and search pages: the read replica (DATABASE_REPLICA_URL) unless this request's
 * session wrote within READ_YOUR_WRITES_MS, or there is no request (scripts, jobs), or no replica.
 * Never inside a transaction (pass `tx`), and never for a read a decision depends on: those use `db`.
 */
export async function readDb(): Promise<PrismaClient> {
  const replica = replicaClient();
  if (!replica) return db;
  // Imported here, not at the top: it brings next/navigation, which scripts (bench/, the worker) that
  // reach list use cases without a replica cannot load.
  const { getCurrentActor } = await import("./auth/current-actor");
  let actor: Actor | null;
  try {
    actor = await getCurrentActor(); // cached per request; pages have read it already
  } catch {
    return db; // outside a request (a script, the worker): cookies() throws
  }
  return actor && wroteRecently(actor) ? db : replica;
}

export function wroteRecently(actor: Actor, now = Date.now()): boolean {
  return actor.lastWriteAt != null && now - actor.lastWriteAt.getTime() < READ_YOUR_WRITES_MS;
}

/**
 * After a successful action (the action helper): the session's lastWriteAt, so that its next requests
 * read the primary; and the same on the actor, which this request's later reads (an action's re-render)
 * may get from the per-request cache. Only with a replica configured: otherwise there is nothing to route.
 */
export async function recordWrite(actor: Actor, now = new Date()) {
  if (!env.databaseReplicaUrl || !actor.sessionId) return;
  actor.lastWriteAt = now;
  await db.session.updateMany({ where: { id: actor.sessionId }, data: { lastWriteAt: now } });
}
