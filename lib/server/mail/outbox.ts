import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Tx } from "../db";

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  /** a one-time secret inside `text` (an email code): masked once the message has been sent */
  secret?: string;
}

/** What a sent message's secret is replaced with in the stored text. */
export const MASKED_SECRET = "******";

/**
 * Queues an email in the same transaction as the change it reports: if the change rolls back, no
 * mail goes out; if the SMTP server is down, the worker retries until it is back. `before`: a WITH
 * clause whose data-modifying statement runs in the same statement (`notify` writes the bell's row so).
 */
export async function enqueueMail(tx: Tx, message: MailMessage, before: Prisma.Sql = Prisma.empty): Promise<void> {
  await tx.$executeRaw`${before} INSERT INTO "OutboxMessage" ("to", subject, text, secret)
    VALUES (${message.to}, ${message.subject}, ${message.text}, ${message.secret ?? null})`;
}
