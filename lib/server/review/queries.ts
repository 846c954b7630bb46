import "server-only";
import { paginate } from "../paginate";
import type { ApplicationStatus } from "@/lib/domain/workflow";
import { staffRolesFor, type ApplicationKind } from "@/lib/domain/application-kinds";
import { timedStages, type DueFilter } from "@/lib/domain/deadlines";
import { Prisma } from "@/lib/generated/prisma/client";
import { assertRole, type Actor } from "../auth/actor";
import { auditIdNumberSearch } from "../audit";
import { db } from "../db";
import { readDb } from "../read-db";
import { NotFoundError } from "../errors";
import { applicationScope } from "../workflow/transition";
import { deadlineView } from "../deadlines/deadline-view";
import { certificatesNumbered, holdersMatching, unitsMatching } from "../search/matches";
import { paginateSql } from "../search/paginate-sql";

const fileSelect = { select: { id: true, originalName: true, mimeType: true, size: true } } as const;

/** Everything a detail page shows: the enterprise with its files, holder, certificate, history. */
export const applicationDetailInclude = {
  enterprise: { include: { licenseFile: fileSelect, qualificationFile: fileSelect } },
  person: true,
  certificate: true,
  events: { orderBy: { at: "asc" }, include: { actor: { select: { displayName: true } } } },
  // What an approved application actually did to the certificate (e.g. the renewed expiry).
  certificateEvents: { select: { kind: true, changes: true } },
} satisfies Prisma.ApplicationInclude;

/** One application of a kind, for staff (审核部门, 考核部门). */
export async function getApplicationForStaff(input: { actor: Actor; applicationId: string; kind: ApplicationKind }) {
  assertRole(input.actor, staffRolesFor(input.kind));
  if (!/^[0-9a-f-]{36}$/i.test(input.applicationId)) throw new NotFoundError();
  const app = await db.application.findFirst({
    where: { id: input.applicationId, kind: input.kind, ...applicationScope(input.actor) },
    include: applicationDetailInclude,
  });
  if (!app) throw new NotFoundError();
  return app;
}

/**
 * A staff queue: one kind, optionally one status; search by unit name or credit code, and for
 * holder-bound kinds by holder name, ID number or certificate number; paginated. A staff stage
 * (待审核, 待考核) is sorted by time left (办理时限: earliest due date first, unknown last) and may be
 * narrowed to the overdue or near-limit rows (`due`); other lists show the newest first. Each row
 * carries its time left (null outside a staff stage). Counted, filtered and paged in SQL; the search
 * is a UNION of indexed arms (`queueMatches`).
 */
export async function listApplicationsForStaff(input: {
  actor: Actor;
  kind: ApplicationKind | readonly ApplicationKind[];
  status?: ApplicationStatus;
  q?: string;
  page?: number;
  due?: DueFilter;
}) {
  const kinds = typeof input.kind === "string" ? [input.kind] : [...input.kind];
  for (const kind of kinds) assertRole(input.actor, staffRolesFor(kind));
  const q = input.q?.trim();
  await auditIdNumberSearch(input.actor, q, "applications");
  const deadlines = await deadlineView();
  const timed = input.status !== undefined && kinds.every((k) => timedStages(k).includes(input.status!));
  const filter = Prisma.join(
    [
      // One kind as an equality: with = ANY(…) PostgreSQL 15 cannot read the (kind, status, …) index in
      // order and sorts every row of the tab for a page of 20 (16 ms → 0.04 ms at 67,000 rows).
      kinds.length === 1
        ? Prisma.sql`a.kind = ${kinds[0]}::"ApplicationKind"`
        : Prisma.sql`a.kind = ANY(${kinds}::"ApplicationKind"[])`,
      ...(input.status ? [Prisma.sql`a.status = ${input.status}::"ApplicationStatus"`] : []),
      ...(timed && input.due ? [deadlines.dueSql(input.due, Prisma.sql`a."dueOn"`)] : []),
    ],
    " AND ",
  );
  const reader = await readDb();
  const result = await paginateSql(
    input.page,
    {
      ids: q
        ? Prisma.sql`SELECT a.id FROM (${queueMatches(q, filter)}) a`
        : Prisma.sql`SELECT a.id FROM "Application" a WHERE ${filter}`,
      orderBy: timed
        ? Prisma.sql`a."dueOn" ASC NULLS LAST, a."submittedAt" ASC, a.id ASC`
        : Prisma.sql`a."submittedAt" DESC, a.id DESC`,
    },
    (ids) =>
      reader.application.findMany({
        where: { id: { in: ids } },
        include: {
          enterprise: { select: { name: true, creditCode: true, contactName: true, contactPhone: true } },
          person: { select: { name: true } },
          certificate: { select: { number: true, category: true, specialty: true } },
        },
      }),

    reader,
  );
  return { ...result, rows: result.rows.map((row) => ({ ...row, timeLeft: deadlines.timeLeftOf(row) })) };
}

/**
 * The applications passing `filter` (over `a`) whose unit, holder or certificate matches q, with the
 * columns the queue sorts by: one arm per index (the unit's name and credit code, the holder's name
 * and ID number, the certificate number; then Application by enterpriseId, personId, certificateId).
 */
function queueMatches(q: string, filter: Prisma.Sql) {
  const arm = (column: Prisma.Sql, matches: Prisma.Sql) =>
    Prisma.sql`SELECT a.id, a."dueOn", a."submittedAt" FROM "Application" a WHERE ${column} IN (${matches}) AND ${filter}`;
  return Prisma.sql`${arm(Prisma.sql`a."enterpriseId"`, unitsMatching(q))}
    UNION ${arm(Prisma.sql`a."personId"`, holdersMatching(q))}
    UNION ${arm(Prisma.sql`a."certificateId"`, certificatesNumbered(q))}`;
}

const NEWEST_FIRST: Prisma.ApplicationOrderByWithRelationInput[] = [{ submittedAt: "desc" }, { id: "desc" }];

/** One page of the applications matching `where`, newest submission first unless `orderBy`, with `include`. */
export async function pageOfApplications<I extends Prisma.ApplicationInclude>(
  page: number | undefined,
  where: Prisma.ApplicationWhereInput,
  include: I,
  orderBy: Prisma.ApplicationOrderByWithRelationInput[] = NEWEST_FIRST,
) {
  const reader = await readDb();
  return paginate(
    page,
    (take) => reader.application.count({ where, take }),
    (window) => reader.application.findMany({ where, orderBy, ...window, include }),
  );
}

/** How many applications of each kind are in a status (tab counts). */
export async function countApplicationsForStaff(input: {
  actor: Actor;
  kinds: readonly ApplicationKind[];
  status: ApplicationStatus;
}) {
  for (const kind of input.kinds) assertRole(input.actor, staffRolesFor(kind));
  const groups = await (
    await readDb()
  ).application.groupBy({
    by: ["kind"],
    where: { kind: { in: [...input.kinds] }, status: input.status },
    _count: true,
  });
  return Object.fromEntries(groups.map((g) => [g.kind, g._count])) as Partial<Record<ApplicationKind, number>>;
}
