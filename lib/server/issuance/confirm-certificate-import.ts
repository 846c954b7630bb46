import "server-only";
import type { ImportRow } from "@/lib/domain/certificate-issuance";
import type { Prisma } from "@/lib/generated/prisma/client";
import { isUuid } from "@/lib/domain/uuid";
import { assertRole, type Actor } from "../auth/actor";
import { audit } from "../audit";
import { db } from "../db";
import { ConflictError, NotFoundError } from "../errors";
import { uniqueViolationFields } from "../prisma-errors";
import { issueCertificates } from "./issue-certificates";

export const ALREADY_IMPORTED = "该文件已导入，不会重复核发";

/**
 * 【确认导入】: issues the valid rows of a previewed file in one transaction and records the outcome
 * of every row (its certificate number, or why it was not issued). The import row is claimed with a
 * guarded update (PREVIEW → CONFIRMED), and a partial unique index allows one confirmed import per
 * file, so a double click, a second tab or a second upload of the same file issues nothing twice.
 */
export async function confirmCertificateImport({ actor, importId }: { actor: Actor; importId: string }) {
  assertRole(actor, ["ASSESSOR"]);
  if (!isUuid(importId)) throw new NotFoundError();
  try {
    return await db.$transaction(
      async (tx) => {
        const batch = await tx.certificateImport.findFirst({
          where: { id: importId, createdById: actor.accountId },
          select: { rows: true, status: true, fileName: true },
        });
        if (!batch) throw new NotFoundError();
        const { count } = await tx.certificateImport.updateMany({
          where: { id: importId, status: "PREVIEW" },
          data: { status: "CONFIRMED", confirmedAt: new Date() },
        });
        if (count === 0) throw new ConflictError(ALREADY_IMPORTED);
        const outcomes = await issueCertificates(tx, { actor, rows: batch.rows as unknown as ImportRow[], importId });
        const issuedCount = outcomes.filter((o) => o.certificate).length;
        await tx.certificateImport.update({
          where: { id: importId },
          data: { result: outcomes as unknown as Prisma.InputJsonValue, issuedCount },
        });
        await audit(tx, {
          actor,
          action: "certificate.import",
          targetType: "CertificateImport",
          targetId: importId,
          detail: { fileName: batch.fileName, rows: outcomes.length, issued: issuedCount },
        });
        return { issuedCount, rejectedCount: outcomes.length - issuedCount };
      },
      // a large batch takes seconds, and concurrent batches queue for a connection and for the counter row
      { timeout: 60_000, maxWait: 30_000 },
    );
  } catch (error) {
    // the partial unique index on a confirmed file's SHA-256: another confirmation of the same file won
    if (uniqueViolationFields(error)?.some((f) => /fileSha256|confirmed_file/.test(f))) {
      throw new ConflictError(ALREADY_IMPORTED);
    }
    throw error;
  }
}
