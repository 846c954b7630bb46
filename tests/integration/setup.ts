// Every integration test starts from empty tables (the schema itself is applied by with-test-db.ts).
import pg from "pg";
import { afterAll, beforeEach } from "vitest";

if (!process.env.DATABASE_URL) {
  throw new Error("DATABASE_URL is not set: run integration tests with `npm run test:integration`");
}

const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
let connected: Promise<unknown> | undefined;
let truncate: string | undefined;

beforeEach(async () => {
  await (connected ??= client.connect());
  if (truncate === undefined) {
    const { rows } = await client.query<{ tablename: string }>(
      "SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> '_prisma_migrations'",
    );
    const tables = rows.map((r) => `"public".${client.escapeIdentifier(r.tablename)}`);
    truncate = tables.length ? `TRUNCATE TABLE ${tables.join(", ")} RESTART IDENTITY CASCADE` : "";
  }
  if (truncate) await client.query(truncate);
});

afterAll(async () => {
  if (connected) await client.end();
});
