import "server-only";
import nodemailer, { type Transporter } from "nodemailer";
import { db } from "../db";
import { env } from "../env";
import { MASKED_SECRET } from "./outbox";

const BATCH = 20;
/** A claimed message is someone's for this long; a worker that dies mid-send releases it by expiry. */
const LEASE_SECONDS = 120;
/**
 * A send starts only this early in the lease, so that it ends (at worst by the transport's timeouts)
 * while the claim still holds; the rest of a slow batch is released for the next pass.
 */
const START_SENDS_WITHIN_MS = 30_000;
/**
 * Retries back off 10 s, 20 s, 40 s … up to this. Two minutes, not ten: after an outage every message
 * leaves within two minutes of the server's return (an email code lives 10 minutes); a refused
 * connection every two minutes per waiting message costs nothing.
 */
const MAX_BACKOFF_SECONDS = 120;

interface Claimed {
  id: bigint;
  to: string;
  subject: string;
  text: string;
  secret: string | null;
  attempts: number;
}

/**
 * Claims due messages. SKIP LOCKED lets several workers claim at once without waiting on each other;
 * the lease (lockedUntil) keeps a message claimed while it is being sent outside the transaction, so
 * no two workers send the same message.
 */
async function claimBatch(): Promise<Claimed[]> {
  return db.$queryRaw<Claimed[]>`
    UPDATE "OutboxMessage" SET "lockedUntil" = now() + make_interval(secs => ${LEASE_SECONDS}), "attempts" = "attempts" + 1
    WHERE "id" IN (
      SELECT "id" FROM "OutboxMessage"
      WHERE "sentAt" IS NULL AND "nextAttemptAt" <= now() AND ("lockedUntil" IS NULL OR "lockedUntil" < now())
      ORDER BY "id"
      FOR UPDATE SKIP LOCKED
      LIMIT ${BATCH}
    )
    RETURNING "id", "to", "subject", "text", "secret", "attempts"`;
}

let transporter: Transporter | undefined;
function smtp(): Transporter {
  // Every step well inside the lease: a server that accepts the connection and then hangs must not
  // keep a send running past LEASE_SECONDS, or another worker could claim the message and send it too.
  transporter ??= nodemailer.createTransport(env.smtpUrl, {
    connectionTimeout: 20_000,
    greetingTimeout: 20_000,
    socketTimeout: 60_000,
  });
  return transporter;
}

/**
 * The message's own Message-ID, the same on every attempt: if a send reached the server but its
 * "sent" mark did not (the database went away in between), the retry is a copy the receiver can
 * recognise and drop.
 */
export function outboxMessageId(id: bigint): string {
  return `<outbox-${id}@${new URL(env.appUrl).hostname || "localhost"}>`;
}

async function send(message: Claimed): Promise<string> {
  if (!env.smtpUrl) {
    if (!env.devMailboxEnabled) throw new Error("SMTP_URL is not set");
    return "devmailbox"; // shown at /dev/mailbox
  }
  await smtp().sendMail({
    from: env.mailFrom,
    to: message.to,
    subject: message.subject,
    text: message.text,
    messageId: outboxMessageId(message.id),
  });
  return "smtp";
}

/**
 * Once a message has left by SMTP, its code is the recipient's alone: the stored text keeps the
 * wording with the code masked. The development mailbox (/dev/mailbox, never in production) is where
 * such a message is read, so there it stays whole.
 */
function afterSending(message: Claimed, transport: string) {
  if (!message.secret || transport === "devmailbox") return {};
  return { text: message.text.replaceAll(message.secret, MASKED_SECRET), secret: null };
}

/** One pass: claims and sends what is due. Returns how many were sent. */
export async function deliverOutbox(): Promise<{ sent: number; failed: number }> {
  const claimedAt = Date.now();
  const batch = await claimBatch();
  let sent = 0;
  let failed = 0;
  for (const [index, message] of batch.entries()) {
    if (Date.now() - claimedAt > START_SENDS_WITHIN_MS) {
      await releaseUnsent(batch.slice(index));
      break;
    }
    try {
      const transport = await send(message);
      await db.outboxMessage.update({
        where: { id: message.id },
        data: {
          sentAt: new Date(),
          transport,
          lockedUntil: null,
          lastError: null,
          ...afterSending(message, transport),
        },
      });
      sent++;
    } catch (error) {
      failed++;
      const backoff = Math.min(MAX_BACKOFF_SECONDS, 5 * 2 ** Math.min(message.attempts, 10));
      await db.outboxMessage.update({
        where: { id: message.id },
        data: {
          lockedUntil: null,
          nextAttemptAt: new Date(Date.now() + backoff * 1000),
          lastError: String(error instanceof Error ? error.message : error).slice(0, 500),
        },
      });
    }
  }
  return { sent, failed };
}

/** Gives claimed messages back untried: due at once, the claim's attempt not counted. */
async function releaseUnsent(messages: Claimed[]) {
  await db.outboxMessage.updateMany({
    where: { id: { in: messages.map((m) => m.id) } },
    data: { lockedUntil: null, attempts: { decrement: 1 } },
  });
}

/** Runs until the signal aborts: delivers, then sleeps a little when there was nothing to do. */
export async function runOutboxWorker(signal: AbortSignal, idleMs = 1000): Promise<void> {
  while (!signal.aborted) {
    let result = { sent: 0, failed: 0 };
    try {
      result = await deliverOutbox();
      if (result.failed) console.warn(`[mail] ${result.failed} message(s) failed, will retry`);
    } catch (error) {
      console.error("[mail] worker pass failed", error);
    }
    if (result.sent === 0) await new Promise((r) => setTimeout(r, idleMs));
  }
}
