import "server-only";
import { activeKey, type ImportRow, type IssuanceContext } from "@/lib/domain/certificate-issuance";
import { normalizeCreditCode } from "@/lib/domain/credit-code";
import { normalizeIdNumber } from "@/lib/domain/id-number";
import type { Tx } from "../db";

export interface IssuanceUnit {
  id: string;
  name: string;
  email: string;
  accountId: string;
}

/**
 * What the issuance rules need from the database about a batch, in three queries whatever its size:
 * the approved units named, the people already recorded and their ACTIVE certificates. With `lock`
 * (inside the issuing transaction) the people's rows are locked first, in 身份证号 order, so two
 * batches naming the same person are decided one after the other.
 */
export async function loadIssuanceContext(
  tx: Tx,
  rows: readonly ImportRow[],
  { lock }: { lock: boolean },
): Promise<Omit<IssuanceContext, "units"> & { units: Map<string, IssuanceUnit> }> {
  const idNumbers = [...new Set(rows.map((r) => normalizeIdNumber(r.idNumber)))].sort();
  const creditCodes = [...new Set(rows.map((r) => normalizeCreditCode(r.creditCode)).filter(Boolean))];
  const persons = lock
    ? await tx.$queryRaw<{ id: string; name: string; idNumber: string }[]>`
        SELECT "id", "name", "idNumber" FROM "Person" WHERE "idNumber" = ANY(${idNumbers}::text[])
        ORDER BY "idNumber" FOR UPDATE`
    : await tx.person.findMany({
        where: { idNumber: { in: idNumbers } },
        select: { id: true, name: true, idNumber: true },
      });
  const [units, active] = await Promise.all([
    tx.enterprise.findMany({
      where: { creditCode: { in: creditCodes }, approvedAt: { not: null } },
      select: { id: true, name: true, email: true, accountId: true, creditCode: true },
    }),
    tx.certificate.findMany({
      where: { status: "ACTIVE", personId: { in: persons.map((p) => p.id) } },
      select: { number: true, category: true, specialty: true, person: { select: { idNumber: true } } },
    }),
  ]);
  return {
    units: new Map(units.map(({ creditCode, ...unit }) => [creditCode, unit])),
    persons: new Map(persons.map((p) => [p.idNumber, { id: p.id, name: p.name }])),
    activeCertificates: new Map(active.map((c) => [activeKey(c.person.idNumber, c.category, c.specialty), c.number])),
  };
}
