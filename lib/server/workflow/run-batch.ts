import "server-only";
import { DomainError, InvalidInputError } from "../errors";

export const BATCH_LIMIT = 200;

/** One row of a batch: the row's key (application or certificate id) and why it did not go through. */
export type BatchResult = { id: string; ok: boolean; message?: string }[];

/**
 * A batch: each row on its own (`run` opens its own transaction), so a row someone else already
 * decided reports why and the others still go through; nothing is half-done.
 */
export async function runBatch<T>(
  items: T[],
  keyOf: (item: T) => string,
  run: (item: T) => Promise<unknown>,
): Promise<BatchResult> {
  if (items.length > BATCH_LIMIT) throw new InvalidInputError(`一次最多处理${BATCH_LIMIT}条`);
  const results: BatchResult = [];
  for (const item of items) {
    try {
      await run(item);
      results.push({ id: keyOf(item), ok: true });
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      results.push({ id: keyOf(item), ok: false, message: error.message });
    }
  }
  return results;
}
