// `npm run files:migrate`: copies the uploads under FILE_STORAGE_DIR to the S3-compatible bucket named by
// S3_BUCKET (+ S3_ENDPOINT, S3_REGION, S3_ACCESS_KEY_ID, S3_SECRET_ACCESS_KEY), verifying each by SHA-256,
// for the database named by DATABASE_URL. Safe to repeat: files already copied are skipped.
// Exits 1 when any file could not be copied and verified (each is listed).
import { env } from "../lib/server/env";
import { DomainError } from "../lib/server/errors";
import { migrateFilesToS3 } from "../lib/server/storage/migrate-files-to-s3";
import { S3Storage } from "../lib/server/storage/s3-storage";
import { localDiskStorage } from "../lib/server/storage/storage";

async function main(): Promise<number> {
  if (!process.env.DATABASE_URL) throw new DomainError("未设置 DATABASE_URL：请指向应用使用的数据库");
  const s3 = env.s3;
  if (!s3) throw new DomainError("未设置 S3_BUCKET：请先配置目标存储桶（S3_BUCKET、S3_ENDPOINT 等，见 README）");
  const report = await migrateFilesToS3({ from: localDiskStorage(), to: new S3Storage(s3) });
  console.log(
    `共 ${report.total} 个文件：已复制并校验 ${report.copied} 个，已存在跳过 ${report.skipped} 个，` +
      `失败 ${report.problems.length} 个。`,
  );
  for (const p of report.problems) console.log(`失败 ${p.id}（${p.key}）：${p.problem}`);
  return report.problems.length === 0 ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof DomainError ? error.message : error);
    process.exit(1);
  },
);
