import "server-only";
import { db } from "./db";

/** How long GET /api/health waits for the database before it answers 503. */
export const HEALTH_DB_TIMEOUT_MS = 2_000;

const selectOne = () => db.$queryRaw`SELECT 1`;

/**
 * Whether the database answers `SELECT 1` within the timeout (through the app's own connection pool,
 * so a pool that cannot reach PostgreSQL reports "unreachable"). Never throws; the error itself is
 * logged here and not returned, so the health endpoint tells nothing about the deployment.
 */
export async function databaseReachable(
  query: () => Promise<unknown> = selectOne,
  timeoutMs = HEALTH_DB_TIMEOUT_MS,
): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs);
  });
  try {
    await Promise.race([query(), timeout]);
    return true;
  } catch (error) {
    console.error("[health] database check failed:", (error as Error).message);
    return false;
  } finally {
    clearTimeout(timer);
  }
}
