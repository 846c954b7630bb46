import "server-only";
import { db } from "../db";
import { env } from "../env";

/** Mail kept for /dev/mailbox when no SMTP server is configured (never in a production deployment). */
export async function listDevMailbox(limit = 50) {
  if (!env.devMailboxEnabled) return null;
  return db.outboxMessage.findMany({ orderBy: { id: "desc" }, take: limit });
}
