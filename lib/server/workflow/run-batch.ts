import "server-only";
import { DomainError, InvalidInputError } from "../errors";

export const BATCH_LIMIT = 200;

/** One row of a batch: the row's key (application or certificate id) and why it did not go through. */
export type BatchResult = { id: string; ok: boolean; message?: string }[];

/**
 * A batch: each row on its own (`run` opens its own transaction), so a row someone else already
 * decided reports why and the others still go through; nothing is half-done. With `concurrency` > 1
 * that many rows run at once (each still its own transaction; results keep the input's order): a row
 * is mostly waiting on the database, and 100 decisions one after another took over a second. After an
 * unexpected error no further row starts, the rows already running finish, and the error is thrown.
 */
export async function runBatch<T>(
  items: T[],
  keyOf: (item: T) => string,
  run: (item: T) => Promise<unknown>,
  { concurrency = 1 }: { concurrency?: number } = {},
): Promise<BatchResult> {
  if (items.length > BATCH_LIMIT) throw new InvalidInputError(`一次最多处理${BATCH_LIMIT}条`);
  const results: BatchResult = new Array(items.length);
  let next = 0;
  let failed = false;
  async function worker() {
    while (!failed && next < items.length) {
      const i = next++;
      try {
        await run(items[i]);
        results[i] = { id: keyOf(items[i]), ok: true };
      } catch (error) {
        if (!(error instanceof DomainError)) {
          failed = true;
          throw error;
        }
        results[i] = { id: keyOf(items[i]), ok: false, message: error.message };
      }
    }
  }
  const workers = await Promise.allSettled(Array.from({ length: Math.min(concurrency, items.length) }, worker));
  const rejected = workers.find((w): w is PromiseRejectedResult => w.status === "rejected");
  if (rejected) throw rejected.reason;
  return results;
}
