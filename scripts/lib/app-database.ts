// The database `npm start` runs when DATABASE_URL is not set: an embedded PostgreSQL with its data,
// password and port under the checkout's .data (or under /var/lib/anguan-kaohe, see pg-location.ts).
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { randomBytes } from "node:crypto";
import path from "node:path";
import { probePort, startEmbeddedPostgres, type EmbeddedPostgresOptions } from "./embedded-db";

export const DEFAULT_EMBEDDED_PG_PORT = 54329;

export function readOrCreateSecret(file: string): string {
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  const secret = randomBytes(32).toString("base64url");
  writeFileSync(file, secret, { mode: 0o600, flag: "wx" });
  return secret;
}

/**
 * EMBEDDED_PG_PORT if set; else the port this checkout used before (.data/pg-port, so DATABASE_URL
 * stays the same across restarts); else 54329, or any free port when another checkout holds that.
 */
async function choosePort(portFile: string, configured: string | undefined): Promise<number> {
  if (configured) return Number(configured);
  if (existsSync(portFile)) return Number(readFileSync(portFile, "utf8"));
  return probePort(DEFAULT_EMBEDDED_PG_PORT).catch(() => probePort(0));
}

export async function startAppDatabase(
  dataRoot: string,
  opts: Pick<EmbeddedPostgresOptions, "log" | "onUnexpectedExit"> & { configuredPort?: string },
) {
  mkdirSync(dataRoot, { recursive: true });
  const portFile = path.join(dataRoot, "pg-port");
  const database = await startEmbeddedPostgres({
    dataDir: path.join(dataRoot, "pg"),
    port: await choosePort(portFile, opts.configuredPort),
    persistent: true,
    password: readOrCreateSecret(path.join(dataRoot, "pg-password")),
    log: opts.log,
    onUnexpectedExit: opts.onUnexpectedExit,
  });
  if (!opts.configuredPort) writeFileSync(portFile, `${database.port}\n`);
  return database;
}
