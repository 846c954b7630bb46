// Timestamps are stored as UTC (timestamp(3) without zone). SQL that writes now() or a column default
// (notify, the outbox, batch inserts) must agree with Prisma's own writes even when the database server's
// TimeZone is Asia/Shanghai: the app's connections say UTC (lib/server/db.ts).
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/server/db";
import { notify } from "@/lib/server/notifications/notify";
import { createStaff } from "./support/factories";

const database = new URL(process.env.DATABASE_URL!).pathname.slice(1);
const alterDatabase = async (sql: string) => {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  await client.query(`ALTER DATABASE ${client.escapeIdentifier(database)} ${sql}`);
  await client.end();
};

// Before this file's first query opens the app's pool (each test file runs in its own process).
beforeAll(() => alterDatabase("SET TimeZone = 'Asia/Shanghai'"));
afterAll(() => alterDatabase("RESET TimeZone"));

describe("time zone", () => {
  it("writes SQL-side timestamps as UTC on a server set to Asia/Shanghai", async () => {
    const { account } = await createStaff("REVIEWER");
    const before = Date.now();
    await db.$transaction((tx) =>
      notify(tx, { accountId: account.id, email: "a@example.com", title: "标题", body: "正文" }),
    );
    const bell = await db.notification.findFirstOrThrow({ where: { accountId: account.id } });
    const mail = await db.outboxMessage.findFirstOrThrow({ where: { to: "a@example.com" } });
    for (const at of [bell.createdAt, mail.createdAt, mail.nextAttemptAt]) {
      expect(Math.abs(at.getTime() - before)).toBeLessThan(60_000);
    }
    expect(await db.$queryRaw`SHOW TimeZone`).toEqual([{ TimeZone: "UTC" }]);
  });
});
