// The outbox worker: claims due messages (SKIP LOCKED + lease), sends each once, retries with
// backoff when the SMTP server is down, and loses nothing.
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/server/db";
import { listDevMailbox } from "@/lib/server/mail/dev-mailbox";
import { deliverOutbox } from "@/lib/server/mail/deliver-outbox";
import { issueCode } from "./support/factories";
import { decodeMail, freePort, startSmtpServer } from "./support/smtp";

// deliver-outbox.ts creates its nodemailer transporter once per module and keeps it, so every SMTP
// test in this file uses the same SMTP_URL (one port); whether a server listens there varies.
let smtpPort: number;
beforeAll(async () => {
  smtpPort = await freePort();
});
const smtpUrl = () => `smtp://127.0.0.1:${smtpPort}`;

const savedEnv = { SMTP_URL: process.env.SMTP_URL, APP_ENV: process.env.APP_ENV, DEV_MAILBOX: process.env.DEV_MAILBOX };
afterEach(() => {
  vi.restoreAllMocks();
  for (const [name, value] of Object.entries(savedEnv)) {
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
});

function queue(count: number, make: (i: number) => { to: string; subject: string; text: string }) {
  return db.outboxMessage.createMany({ data: Array.from({ length: count }, (_, i) => make(i)) });
}

describe("without SMTP_URL (development)", () => {
  it("marks due messages sent with transport devmailbox, once", async () => {
    delete process.env.SMTP_URL;
    delete process.env.APP_ENV;
    process.env.DEV_MAILBOX = "1";
    await queue(3, (i) => ({ to: `dev${i}@example.com`, subject: `主题${i}`, text: `正文${i}` }));
    await db.outboxMessage.create({
      data: { to: "later@example.com", subject: "later", text: "later", nextAttemptAt: new Date(Date.now() + 60_000) },
    });

    expect(await deliverOutbox()).toEqual({ sent: 3, failed: 0 });
    const rows = await db.outboxMessage.findMany({ orderBy: { id: "asc" } });
    for (const row of rows.slice(0, 3)) {
      expect(row).toMatchObject({ transport: "devmailbox", attempts: 1, lockedUntil: null, lastError: null });
      expect(row.sentAt).toBeInstanceOf(Date);
    }
    // Not yet due: untouched.
    expect(rows[3]).toMatchObject({ sentAt: null, attempts: 0, transport: null });

    // Nothing is sent twice.
    expect(await deliverOutbox()).toEqual({ sent: 0, failed: 0 });
    expect(await db.outboxMessage.count({ where: { attempts: { gt: 1 } } })).toBe(0);
  });

  it("/dev/mailbox is open only with DEV_MAILBOX=1 (npm start's embedded database) and never in production", async () => {
    delete process.env.SMTP_URL;
    delete process.env.APP_ENV;
    delete process.env.DEV_MAILBOX;
    await db.outboxMessage.create({ data: { to: "code@example.com", subject: "验证码", text: "123456" } });
    expect(await listDevMailbox()).toBeNull();
    process.env.DEV_MAILBOX = "1";
    expect(await listDevMailbox()).toHaveLength(1);
    process.env.APP_ENV = "production";
    expect(await listDevMailbox()).toBeNull();
  });

  it("in a production deployment, keeps the message and records the error instead", async () => {
    delete process.env.SMTP_URL;
    process.env.APP_ENV = "production";
    process.env.DEV_MAILBOX = "1";
    const msg = await db.outboxMessage.create({ data: { to: "prod@example.com", subject: "s", text: "t" } });

    expect(await deliverOutbox()).toEqual({ sent: 0, failed: 1 });
    const row = await db.outboxMessage.findUniqueOrThrow({ where: { id: msg.id } });
    expect(row).toMatchObject({
      sentAt: null,
      transport: null,
      attempts: 1,
      lockedUntil: null,
      lastError: "SMTP_URL is not set",
    });
  });
});

describe("with SMTP_URL", () => {
  it("delivers each of 30 messages exactly once when two passes run at the same time", async () => {
    const server = await startSmtpServer(smtpPort);
    try {
      process.env.SMTP_URL = smtpUrl();
      await queue(30, (i) => ({ to: `m${i}@example.com`, subject: `【安管人员考核系统】通知${i}`, text: `第${i}封` }));

      const [a, b] = await Promise.all([deliverOutbox(), deliverOutbox()]);
      expect(a.failed + b.failed).toBe(0);
      expect(a.sent + b.sent).toBe(30);
      // Nothing left for a third pass.
      expect(await deliverOutbox()).toEqual({ sent: 0, failed: 0 });

      const recipients = server.received.flatMap((m) => m.to).sort();
      expect(recipients).toEqual(Array.from({ length: 30 }, (_, i) => `m${i}@example.com`).sort());
      expect(new Set(recipients).size).toBe(30);

      const rows = await db.outboxMessage.findMany();
      expect(
        rows.every((r) => r.sentAt !== null && r.transport === "smtp" && r.attempts === 1 && r.lockedUntil === null),
      ).toBe(true);

      const m7 = server.received.find((m) => m.to[0] === "m7@example.com")!;
      expect(decodeMail(m7.raw)).toMatchObject({ subject: "【安管人员考核系统】通知7", text: "第7封" });

      // Each message carries its outbox id as Message-ID, so a receiver can drop a resent copy.
      const ids = server.received.map((m) => decodeMail(m.raw).headers["message-id"]);
      expect(new Set(ids).size).toBe(30);
      const m7Row = rows.find((r) => r.to === "m7@example.com")!;
      expect(decodeMail(m7.raw).headers["message-id"]).toBe(`<outbox-${m7Row.id}@localhost>`);
    } finally {
      await server.close();
    }
  });

  it("keeps a message when the server is down, retries later, and delivers it once it is back", async () => {
    process.env.SMTP_URL = smtpUrl(); // nothing listens there yet
    const email = "retry@example.com";
    const code = await issueCode("REGISTER", email);
    const message = await db.outboxMessage.findFirstOrThrow({ where: { to: email } });

    const before = Date.now();
    expect(await deliverOutbox()).toEqual({ sent: 0, failed: 1 });
    const failed = await db.outboxMessage.findUniqueOrThrow({ where: { id: message.id } });
    expect(failed).toMatchObject({ sentAt: null, transport: null, attempts: 1, lockedUntil: null });
    expect(failed.lastError).toMatch(/ECONNREFUSED|connect/i);
    expect(failed.nextAttemptAt.getTime()).toBeGreaterThan(before);
    expect(failed.nextAttemptAt.getTime()).toBeLessThanOrEqual(Date.now() + 600_000);

    // Not due yet: the next pass leaves it alone.
    expect(await deliverOutbox()).toEqual({ sent: 0, failed: 0 });
    expect((await db.outboxMessage.findUniqueOrThrow({ where: { id: message.id } })).attempts).toBe(1);

    // A second failure backs off further.
    await db.outboxMessage.update({ where: { id: message.id }, data: { nextAttemptAt: new Date() } });
    expect(await deliverOutbox()).toEqual({ sent: 0, failed: 1 });
    const failedTwice = await db.outboxMessage.findUniqueOrThrow({ where: { id: message.id } });
    expect(failedTwice.attempts).toBe(2);
    expect(failedTwice.nextAttemptAt.getTime() - Date.now()).toBeGreaterThan(
      failed.nextAttemptAt.getTime() - before - 1000,
    );

    const server = await startSmtpServer(smtpPort);
    try {
      await db.outboxMessage.update({ where: { id: message.id }, data: { nextAttemptAt: new Date() } });
      expect(await deliverOutbox()).toEqual({ sent: 1, failed: 0 });
      expect(await deliverOutbox()).toEqual({ sent: 0, failed: 0 });

      expect(server.received).toHaveLength(1);
      expect(server.received[0].to).toEqual([email]);
      const mail = decodeMail(server.received[0].raw);
      expect(mail.subject).toBe(message.subject);
      expect(mail.text).toContain(`您的验证码是 ${code}`);

      const sent = await db.outboxMessage.findUniqueOrThrow({ where: { id: message.id } });
      expect(sent).toMatchObject({ transport: "smtp", attempts: 3, lockedUntil: null, lastError: null, secret: null });
      expect(sent.sentAt).toBeInstanceOf(Date);
      // Sent: the code is the recipient's alone; no row keeps it in plain text.
      expect(sent.text).toContain("您的验证码是 ******，");
      const rows = await db.$queryRaw<{ n: number }[]>`
        SELECT count(*)::int AS n FROM "OutboxMessage" WHERE "text" LIKE ${`%${code}%`} OR "secret" = ${code}`;
      expect(rows[0].n).toBe(0);
    } finally {
      await server.close();
    }
  });

  it("backs off at most two minutes, however often a message failed", async () => {
    process.env.SMTP_URL = smtpUrl(); // nothing listens there
    const msg = await db.outboxMessage.create({
      data: { to: "often@example.com", subject: "s", text: "t", attempts: 9 },
    });
    expect(await deliverOutbox()).toEqual({ sent: 0, failed: 1 });
    const row = await db.outboxMessage.findUniqueOrThrow({ where: { id: msg.id } });
    expect(row.nextAttemptAt.getTime() - Date.now()).toBeLessThanOrEqual(120_000);
    expect(row.nextAttemptAt.getTime() - Date.now()).toBeGreaterThan(100_000);
  });

  it("gives back, untried, what a slow pass could not start early in its lease", async () => {
    const server = await startSmtpServer(smtpPort);
    try {
      process.env.SMTP_URL = smtpUrl();
      await queue(3, (i) => ({ to: `slow${i}@example.com`, subject: "s", text: "t" }));
      // The clock jumps 31 s once the first message is on its way: the other two are not started.
      const realNow = Date.now.bind(Date);
      let calls = 0;
      vi.spyOn(Date, "now").mockImplementation(() => realNow() + (calls++ >= 2 ? 31_000 : 0));
      expect(await deliverOutbox()).toEqual({ sent: 1, failed: 0 });
      vi.restoreAllMocks();

      expect(server.received.map((m) => m.to)).toEqual([["slow0@example.com"]]);
      const rest = await db.outboxMessage.findMany({ where: { sentAt: null }, orderBy: { id: "asc" } });
      expect(rest.map((r) => [r.to, r.attempts, r.lockedUntil])).toEqual([
        ["slow1@example.com", 0, null],
        ["slow2@example.com", 0, null],
      ]);
      expect(await deliverOutbox()).toEqual({ sent: 2, failed: 0 });
    } finally {
      await server.close();
    }
  });

  it("does not send a message leased by another worker until the lease expires", async () => {
    const server = await startSmtpServer(smtpPort);
    try {
      process.env.SMTP_URL = smtpUrl();
      const msg = await db.outboxMessage.create({
        data: {
          to: "leased@example.com",
          subject: "s",
          text: "t",
          attempts: 1,
          lockedUntil: new Date(Date.now() + 60_000),
        },
      });
      expect(await deliverOutbox()).toEqual({ sent: 0, failed: 0 });
      expect(server.received).toHaveLength(0);

      // The worker holding it died: once the lease runs out, the message goes out.
      await db.outboxMessage.update({ where: { id: msg.id }, data: { lockedUntil: new Date(Date.now() - 1000) } });
      expect(await deliverOutbox()).toEqual({ sent: 1, failed: 0 });
      expect(server.received.map((m) => m.to)).toEqual([["leased@example.com"]]);
      expect(await db.outboxMessage.findUniqueOrThrow({ where: { id: msg.id } })).toMatchObject({
        attempts: 2,
        transport: "smtp",
      });
    } finally {
      await server.close();
    }
  });
});
