import "server-only";
import { DomainError, InvalidInputError } from "../errors";

export const BATCH_LIMIT = 200;

export type BatchResult = { applicationId: string; ok: boolean; message?: string }[];

/**
 * A batch decision: each row in its own transaction (`decide` opens one), so a row someone else
 * already decided reports why and the others still go through; nothing is half-done.
 */
export async function decideEach<T extends { applicationId: string }>(items: T[], decide: (item: T) => Promise<unknown>): Promise<BatchResult> {
  if (items.length > BATCH_LIMIT) throw new InvalidInputError(`一次最多处理${BATCH_LIMIT}条`);
  const results: BatchResult = [];
  for (const item of items) {
    try {
      await decide(item);
      results.push({ applicationId: item.applicationId, ok: true });
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      results.push({ applicationId: item.applicationId, ok: false, message: error.message });
    }
  }
  return results;
}
