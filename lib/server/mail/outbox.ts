import "server-only";
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
 * mail goes out; if the SMTP server is down, the worker retries until it is back.
 */
export async function enqueueMail(tx: Tx, message: MailMessage): Promise<void> {
  await tx.outboxMessage.create({ data: message });
}
