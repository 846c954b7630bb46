// A database dropped and created anew on an existing server (the e2e runner's and the fault scripts').
import pg from "pg";

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
