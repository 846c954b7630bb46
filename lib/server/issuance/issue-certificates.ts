import "server-only";
import { randomUUID } from "node:crypto";
import { birthDateOf } from "@/lib/domain/id-number";
import { CATEGORY_LABEL, formatCertificateNumber, SPECIALTY_LABEL } from "@/lib/domain/certificate";
import type { ImportRow, IssuanceRow, RowError } from "@/lib/domain/certificate-issuance";
import { expiryFromIssue } from "@/lib/domain/certificate-dates";
import { checkIssuanceRows, type CheckedRow } from "@/lib/schemas/issuance.schema";
import type { Actor } from "../auth/actor";
import { auditMany } from "../audit";
import type { Tx } from "../db";
import { env } from "../env";
import { ConflictError } from "../errors";
import { notify } from "../notifications/notify";
import { claimSerials } from "./claim-serials";
import { loadIssuanceContext, type IssuanceUnit } from "./load-issuance-context";

export interface IssueOutcome {
  line: number;
  errors: RowError[];
  certificate?: { id: string; number: string; name: string };
}

/** Mail and in-app notices list at most this many certificates; the rest are counted. */
const LISTED = 20;

/**
 * 首次核发 in the caller's transaction: every row is checked again (checkIssuanceRows) with the people's
 * rows locked; people not yet recorded are created (matched by 身份证号); each valid row gets the next
 * serial of its province/category/year/specialty, a certificate valid 3 years from its 发证日期, an
 * ISSUED event and an audit row; its unit and its registered holder are told. Rows with errors are
 * returned with them and write nothing.
 */
export async function issueCertificates(
  tx: Tx,
  { actor, rows, importId }: { actor: Actor; rows: readonly ImportRow[]; importId?: string },
): Promise<IssueOutcome[]> {
  const { checked, units, persons } = await checkAndRecordPeople(tx, rows);
  const valid = checked.filter((c): c is CheckedRow & { row: IssuanceRow } => c.row !== null);
  const province = env.certProvinceAbbr;

  // One counter claim per (category, year, specialty), in a fixed order so that batches never deadlock.
  const groups = new Map<string, typeof valid>();
  for (const c of valid) {
    const key = `${c.row.category}|${c.row.issuedOn.slice(0, 4)}|${c.row.specialty}`;
    const group = groups.get(key) ?? [];
    group.push(c);
    groups.set(key, group);
  }
  const numbers = new Map<number, string>();
  for (const key of [...groups.keys()].sort()) {
    const group = groups.get(key)!;
    const { category, specialty } = group[0].row;
    const year = Number(group[0].row.issuedOn.slice(0, 4));
    const first = await claimSerials(tx, { province, category, year, specialty }, group.length);
    group.forEach((c, i) =>
      numbers.set(c.line, formatCertificateNumber({ province, category, year, specialty, serial: first + i })),
    );
  }

  const issued = valid.map((c) => {
    const unit = c.row.creditCode ? units.get(c.row.creditCode)! : null;
    return { ...c, id: randomUUID(), number: numbers.get(c.line)!, unit, personId: persons.get(c.row.idNumber)!.id };
  });
  if (issued.length > 0) {
    // One INSERT … SELECT FROM unnest(arrays): one parameter per column, not per cell (createMany
    // of 1,000 rows spends most of its time binding 10,000 parameters).
    const authority = env.certIssuingAuthority;
    await tx.$executeRaw`
      INSERT INTO "Certificate" ("id", "number", "category", "specialty", "personId", "enterpriseId", "unitName",
        "issuingAuthority", "issuedOn", "expiresOn", "updatedAt")
      SELECT t.id, t.number, t.category::"CertificateCategory", t.specialty::"Specialty", t.person, t.unit, t.unit_name,
        ${authority}, t.issued, t.expires, now()
      FROM unnest(${issued.map((c) => c.id)}::uuid[], ${issued.map((c) => c.number)}::text[],
        ${issued.map((c) => c.row.category)}::text[], ${issued.map((c) => c.row.specialty)}::text[],
        ${issued.map((c) => c.personId)}::uuid[], ${issued.map((c) => c.unit?.id ?? null)}::uuid[],
        ${issued.map((c) => c.unit?.name ?? null)}::text[], ${issued.map((c) => c.row.issuedOn)}::date[],
        ${issued.map((c) => expiryFromIssue(c.row.issuedOn))}::date[])
        AS t(id, number, category, specialty, person, unit, unit_name, issued, expires)`;
    await tx.$executeRaw`
      INSERT INTO "CertificateEvent" ("id", "certificateId", "kind", "actorId", "actorRole")
      SELECT gen_random_uuid(), t.id, 'ISSUED', ${actor.accountId}::uuid, ${actor.role}::"Role"
      FROM unnest(${issued.map((c) => c.id)}::uuid[]) AS t(id)`;
    await auditMany(
      tx,
      actor,
      issued.map((c) => ({
        action: "certificate.issue",
        targetType: "Certificate",
        targetId: c.id,
        detail: { number: c.number, idNumber: c.row.idNumber, ...(importId ? { importId } : {}) },
      })),
    );
    await notifyIssued(tx, issued);
  }

  const byLine = new Map(issued.map((c) => [c.line, c]));
  return checked.map(({ line, errors }) => {
    const c = byLine.get(line);
    return c ? { line, errors, certificate: { id: c.id, number: c.number, name: c.row.name } } : { line, errors };
  });
}

/**
 * Checks the rows with the people locked and creates the people of the valid rows not yet recorded.
 * A person created meanwhile by another batch makes the insert skip them; the rows are then checked
 * again with that person locked, so two batches naming one person never both issue.
 */
async function checkAndRecordPeople(tx: Tx, rows: readonly ImportRow[]) {
  for (let attempt = 0; attempt < 5; attempt++) {
    const context = await loadIssuanceContext(tx, rows, { lock: true });
    const checked = checkIssuanceRows(rows, context);
    const missing = new Map<string, IssuanceRow>();
    let namesAgree = true;
    for (const { row } of checked) {
      if (!row || context.persons.has(row.idNumber)) continue;
      namesAgree &&= (missing.get(row.idNumber)?.name ?? row.name) === row.name;
      missing.set(row.idNumber, row);
    }
    if (missing.size === 0) return { checked, units: context.units, persons: context.persons };
    const people = [...missing.values()].sort((a, b) => a.idNumber.localeCompare(b.idNumber));
    const inserted = await tx.$queryRaw<{ id: string; idNumber: string; name: string }[]>`
      INSERT INTO "Person" ("id", "name", "idNumber", "birthDate")
      SELECT gen_random_uuid(), t.name, t.id_number, t.birth
      FROM unnest(${people.map((p) => p.name)}::text[], ${people.map((p) => p.idNumber)}::text[],
        ${people.map((p) => birthDateOf(p.idNumber))}::date[]) WITH ORDINALITY AS t(name, id_number, birth, n)
      ORDER BY t.n
      ON CONFLICT ("idNumber") DO NOTHING
      RETURNING "id", "idNumber", "name"`;
    // All ours (uncommitted, so no one else's certificate can be on them) and one name per person: the
    // check stands. Otherwise check again: the people now exist (ours, or another batch's, locked).
    if (inserted.length === people.length && namesAgree) {
      const persons = new Map(context.persons);
      for (const p of inserted) persons.set(p.idNumber, { id: p.id, name: p.name });
      return { checked, units: context.units, persons };
    }
  }
  throw new ConflictError("数据正被他人同时修改，请稍后重试");
}

type Issued = { id: string; number: string; personId: string; unit: IssuanceUnit | null; row: IssuanceRow };

const describe = (c: Issued) =>
  `${c.row.name}　${CATEGORY_LABEL[c.row.category]}（${SPECIALTY_LABEL[c.row.specialty]}）　证书编号 ${c.number}`;

function listed(items: Issued[]): string[] {
  const lines = items.slice(0, LISTED).map(describe);
  if (items.length > LISTED) lines.push(`……等共 ${items.length} 本`);
  return lines;
}

/** One notice per unit (listing its new certificates) and one per registered holder. */
async function notifyIssued(tx: Tx, issued: Issued[]) {
  const byUnit = new Map<string, { unit: IssuanceUnit; items: Issued[] }>();
  for (const c of issued) {
    if (!c.unit) continue;
    const entry = byUnit.get(c.unit.id) ?? { unit: c.unit, items: [] };
    entry.items.push(c);
    byUnit.set(c.unit.id, entry);
  }
  for (const { unit, items } of byUnit.values()) {
    await notify(tx, {
      accountId: unit.accountId,
      email: unit.email,
      title: "证书已核发",
      body: [
        `${unit.name}：`,
        `考核部门已为您单位以下人员核发安全生产考核合格证书，可在【证书查询】中查看：`,
        ...listed(items),
      ].join("\n"),
    });
  }
  const holders = await tx.person.findMany({
    where: { id: { in: [...new Set(issued.map((c) => c.personId))] }, accountId: { not: null }, email: { not: null } },
    select: { id: true, name: true, accountId: true, email: true },
  });
  for (const holder of holders) {
    await notify(tx, {
      accountId: holder.accountId!,
      email: holder.email!,
      title: "证书已核发",
      body: [
        `${holder.name}：`,
        "您的安全生产考核合格证书已核发，可在【我的证书】中查看：",
        ...listed(issued.filter((c) => c.personId === holder.id)),
      ].join("\n"),
    });
  }
}
