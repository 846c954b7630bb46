// A fresh database for a run against the built app (scripts/e2e.ts, bench/lighthouse.ts, bench/faults):
// E2E_DATABASE_ADMIN_URL (or else DATABASE_URL) is used as an admin connection to drop and re-create
// database `name`; with neither set, an embedded PostgreSQL in .data/e2e-pg is started and removed
// by stop().
import { rmSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { ROOT, startEmbeddedPostgres, type EmbeddedPostgresHandle } from "./embedded-db";

export type Database = { url: string; stop(): Promise<void> };

export async function freshDatabase(name: string, log: (line: string) => void): Promise<Database> {
  const adminUrl = process.env.E2E_DATABASE_ADMIN_URL || process.env.DATABASE_URL;
  if (adminUrl) {
    const url = await recreateDatabase(adminUrl, name);
    log(`数据库 ${name} 已重建（${new URL(url).host}）`);
    return { url, stop: async () => {} };
  }

  const dataDir = path.join(ROOT, ".data", "e2e-pg");
  rmSync(dataDir, { recursive: true, force: true }); // left over from a run that was killed
  log("E2E_DATABASE_ADMIN_URL 和 DATABASE_URL 均未设置：启动内置 PostgreSQL（.data/e2e-pg，结束后删除）");
  const handle: EmbeddedPostgresHandle = await startEmbeddedPostgres({ dataDir, persistent: false });
  return { url: handle.url, stop: () => handle.stop() };
}

/**
 * Drops `name` (closing its sessions) and creates it again in UTF-8; returns its URL on the server
 * of `adminUrl`. Administers from `postgres` when `adminUrl` names the database itself.
 */
export async function recreateDatabase(adminUrl: string, name: string): Promise<string> {
  const admin = new URL(adminUrl);
  // We cannot drop the database we are connected to.
  if (admin.pathname.replace(/^\//, "") === name) admin.pathname = "/postgres";
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    const quoted = client.escapeIdentifier(name);
    await client.query(`DROP DATABASE IF EXISTS ${quoted} WITH (FORCE)`);
    const { rows } = await client.query<{ enc: string }>(
      "SELECT pg_encoding_to_char(encoding) AS enc FROM pg_database WHERE datname = 'template1'",
    );
    // The app stores Chinese text: insist on UTF-8 even where the cluster default is not.
    await client.query(
      rows[0]?.enc === "UTF8"
        ? `CREATE DATABASE ${quoted}`
        : `CREATE DATABASE ${quoted} TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C' LC_CTYPE 'C'`,
    );
  } finally {
    await client.end();
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}
