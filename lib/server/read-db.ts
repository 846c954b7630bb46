import "server-only";
import { cookies } from "next/headers";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { db, replicaClient } from "./db";
import { env } from "./env";

/** Set by the action helper after a successful action: this browser reads the primary for a while. */
export const RECENT_WRITE_COOKIE = "aq_wrote";
/**
 * How long after its last write a browser reads only the primary. Streaming replication on a healthy
 * replica lags by milliseconds; this covers the action's own redirect and the next pages by far.
 */
export const READ_YOUR_WRITES_MS = 10_000;

/**
 * The client for list and search pages: the read replica (DATABASE_REPLICA_URL) unless this request's
 * browser wrote within READ_YOUR_WRITES_MS, or there is no request (scripts, jobs), or no replica.
 * Never inside a transaction (pass `tx`), and never for a read a decision depends on: those use `db`.
 */
export async function readDb(): Promise<PrismaClient> {
  const replica = replicaClient();
  if (!replica) return db;
  return (await wroteRecently()) ? db : replica;
}

/** After a successful write (action helper): stamp this browser, with a replica configured only. */
export async function markRecentWrite(now = Date.now()) {
  if (!env.databaseReplicaUrl) return;
  (await cookies()).set(RECENT_WRITE_COOKIE, String(now), {
    httpOnly: true,
    sameSite: "lax",
    secure: env.secureCookies,
    path: "/",
    maxAge: READ_YOUR_WRITES_MS / 1000,
  });
}

export async function wroteRecently(now = Date.now()): Promise<boolean> {
  let stamp: string | undefined;
  try {
    stamp = (await cookies()).get(RECENT_WRITE_COOKIE)?.value;
  } catch {
    return true; // outside a request (a script, the worker): the primary
  }
  // A stamp in the future (a tampered cookie) only sends its own browser to the primary.
  return stamp !== undefined && now - Number(stamp) < READ_YOUR_WRITES_MS;
}
