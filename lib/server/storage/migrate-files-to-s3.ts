import "server-only";
import { db } from "../db";
import { NotFoundError } from "../errors";
import { type FileStorage, sha256Hex } from "./blob";
import type { S3Storage } from "./s3-storage";

export type MigrationProblem = "本地文件缺失" | "本地文件与记录的 SHA-256 不符" | "上传后读回的 SHA-256 不符";

export interface FileMigrationReport {
  total: number;
  copied: number;
  /** already in the bucket with the recorded SHA-256 */
  skipped: number;
  problems: { id: string; key: string; problem: MigrationProblem }[];
}

const BATCH = 100;
const PARALLEL = 8;

type Row = { id: string; key: string; sha256: string; size: number };

async function migrateOne(
  row: Row,
  from: FileStorage,
  to: S3Storage,
): Promise<"copied" | "skipped" | MigrationProblem> {
  const present = await to.head(row.key);
  if (present && present.sha256 === row.sha256 && present.size === row.size) return "skipped";
  let bytes: Uint8Array;
  try {
    bytes = await from.get(row.key);
  } catch (error) {
    if (error instanceof NotFoundError) return "本地文件缺失";
    throw error;
  }
  if (sha256Hex(bytes) !== row.sha256) return "本地文件与记录的 SHA-256 不符";
  await to.put(row.key, bytes);
  // Verify what the bucket now holds, not what we sent.
  if (sha256Hex(await to.get(row.key)) !== row.sha256) return "上传后读回的 SHA-256 不符";
  return "copied";
}

/**
 * `npm run files:migrate`: copies every StoredFile's bytes from local disk to the S3 bucket and verifies
 * each copy by reading it back and comparing its SHA-256 with the one recorded at upload. Idempotent:
 * an object already in the bucket with the recorded SHA-256 (object metadata) and size is skipped, so
 * an interrupted run can simply be repeated. Rows are read in keyset-ordered batches, never all at once.
 */
export async function migrateFilesToS3({
  from,
  to,
}: {
  from: FileStorage;
  to: S3Storage;
}): Promise<FileMigrationReport> {
  const report: FileMigrationReport = { total: 0, copied: 0, skipped: 0, problems: [] };
  let after: string | undefined;
  for (;;) {
    const rows: Row[] = await db.storedFile.findMany({
      where: after ? { id: { gt: after } } : {},
      orderBy: { id: "asc" },
      take: BATCH,
      select: { id: true, key: true, sha256: true, size: true },
    });
    if (rows.length === 0) return report;
    for (let i = 0; i < rows.length; i += PARALLEL) {
      const slice = rows.slice(i, i + PARALLEL);
      const outcomes = await Promise.all(slice.map((row) => migrateOne(row, from, to)));
      outcomes.forEach((outcome, j) => {
        report.total++;
        if (outcome === "copied") report.copied++;
        else if (outcome === "skipped") report.skipped++;
        else report.problems.push({ id: slice[j].id, key: slice[j].key, problem: outcome });
      });
    }
    after = rows[rows.length - 1].id;
  }
}
