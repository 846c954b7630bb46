import "server-only";
import type { CertificateCategory, Specialty } from "@/lib/domain/certificate";
import type { Tx } from "../db";
import { ConflictError } from "../errors";

export interface SerialKey {
  province: string;
  category: CertificateCategory;
  year: number;
  specialty: Specialty;
}

const MAX_SERIAL = 99_999;

/**
 * Claims `count` consecutive serials of the 编号规则 (per province, category, year and specialty) and
 * returns the first. The counter row is created or incremented in one statement, which locks it until
 * the caller's transaction ends: concurrent issuers wait for each other, and a rolled-back issue rolls
 * its increment back, so the serials stay unique and gap-free (never max()+1).
 */
export async function claimSerials(tx: Tx, key: SerialKey, count: number): Promise<number> {
  const [{ last }] = await tx.$queryRaw<{ last: number }[]>`
    INSERT INTO "CertificateSerial" ("province", "category", "year", "specialty", "last")
    VALUES (${key.province}, ${key.category}::"CertificateCategory", ${key.year}, ${key.specialty}::"Specialty", ${count})
    ON CONFLICT ("province", "category", "year", "specialty")
    DO UPDATE SET "last" = "CertificateSerial"."last" + EXCLUDED."last"
    RETURNING "last"`;
  if (last > MAX_SERIAL)
    throw new ConflictError(`${key.year}年该类别证书编号已用完（最多${MAX_SERIAL}个），请联系系统管理员`);
  return last - count + 1;
}
