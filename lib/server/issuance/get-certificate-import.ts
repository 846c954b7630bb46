import "server-only";
import type { ImportRow, RowError } from "@/lib/domain/certificate-issuance";
import { isUuid } from "@/lib/domain/uuid";
import { checkIssuanceRows } from "@/lib/schemas/issuance.schema";
import { assertRole, type Actor } from "../auth/actor";
import { db } from "../db";
import { NotFoundError } from "../errors";
import type { IssueOutcome } from "./issue-certificates";
import { loadIssuanceContext } from "./load-issuance-context";

export type ImportRowView = ImportRow & { errors: RowError[]; number?: string };

/**
 * An import of the actor's own: before 【确认导入】, its rows checked against the database as it is
 * now (the preview); afterwards, what happened to each row.
 */
export async function getCertificateImport({ actor, importId }: { actor: Actor; importId: string }) {
  assertRole(actor, ["ASSESSOR"]);
  if (!isUuid(importId)) throw new NotFoundError();
  const batch = await db.certificateImport.findFirst({ where: { id: importId, createdById: actor.accountId } });
  if (!batch) throw new NotFoundError();
  const rows = batch.rows as unknown as ImportRow[];
  let views: ImportRowView[];
  if (batch.status === "PREVIEW") {
    const checked = checkIssuanceRows(rows, await loadIssuanceContext(db, rows, { lock: false }));
    views = rows.map((row, i) => ({ ...row, errors: checked[i].errors }));
  } else {
    const outcomes = batch.result as unknown as IssueOutcome[];
    views = rows.map((row, i) => ({ ...row, errors: outcomes[i].errors, number: outcomes[i].certificate?.number }));
  }
  return {
    id: batch.id,
    fileName: batch.fileName,
    status: batch.status,
    createdAt: batch.createdAt,
    confirmedAt: batch.confirmedAt,
    rows: views,
    errorCount: views.filter((r) => r.errors.length > 0).length,
  };
}
