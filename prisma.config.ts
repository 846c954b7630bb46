import path from "node:path";
import pg from "pg";
import { defineConfig } from "prisma/config";
import { PrismaPg } from "@prisma/adapter-pg";

// Prisma 6.19's native schema engine is downloaded from a CDN at run time, which fails offline
// (and in air-gapped networks). engine "js" runs the Wasm schema engine shipped in the npm package
// through the pg driver adapter instead.
//
// prisma/orm#27403: the adapter cannot deserialise the catalog types `name` (OID 19) and `"char"`
// (OID 18) that the schema engine reads from pg_catalog. Reporting them as `text` (OID 25) is
// lossless for those reads. Only the CLI uses this pool; the app's client is in lib/server/db.ts.
const CATALOG_TEXT_OIDS = new Set([18, 19]);

function catalogAsTextPool(connectionString: string): pg.Pool {
  const pool = new pg.Pool({ connectionString });
  const query = pool.query.bind(pool) as (...args: unknown[]) => Promise<pg.QueryResult>;
  Object.assign(pool, {
    async query(...args: unknown[]) {
      const result = await query(...args);
      for (const field of result?.fields ?? []) {
        if (CATALOG_TEXT_OIDS.has(field.dataTypeID)) field.dataTypeID = 25;
      }
      return result;
    },
  });
  return pool;
}

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: path.join("prisma", "schema.prisma"),
  migrations: { path: path.join("prisma", "migrations") },
  async adapter() {
    const url = process.env.DATABASE_URL;
    if (!url) throw new Error("DATABASE_URL is not set");
    return new PrismaPg(catalogAsTextPool(url));
  },
});
