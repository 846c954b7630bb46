import "server-only";
import { addDays, todayInShanghai, type CalendarDate } from "@/lib/domain/calendar-date";
import type { CertificateCategory, Specialty } from "@/lib/domain/certificate";
import {
  RENEWAL_CLOSES_MONTHS_AFTER,
  RENEWAL_OPENS_MONTHS_BEFORE,
  type CertificateStatus,
} from "@/lib/domain/certificate-dates";
import type { ApplicationKind } from "@/lib/domain/application-kinds";
import { PERMISSIONS } from "@/lib/domain/permissions";
import { monthWindow, type StatisticsData, type StatisticsFilter } from "@/lib/domain/statistics";
import { OPEN_STATUSES, type ApplicationStatus } from "@/lib/domain/workflow";
import { Prisma } from "@/lib/generated/prisma/client";
import { assertRole, type Actor } from "../auth/actor";
import { db } from "../db";

// 统计: every number is aggregated by PostgreSQL (GROUP BY, percentile_cont); no row is loaded to be
// counted here. Timestamps are stored in UTC; days are days in China (Asia/Shanghai).

/** An application is decided once 通过 or 不通过 (a 不通过 resubmitted is open again, from its new submission). */
const DECIDED: readonly ApplicationStatus[] = ["APPROVED", "REJECTED"];

const localDate = (column: Prisma.Sql) => Prisma.sql`((${column} AT TIME ZONE 'UTC') AT TIME ZONE 'Asia/Shanghai')`;
/** The stored (UTC) instant a day starts in China: comparable with the indexed column as it is. */
const dayStart = (date: CalendarDate) =>
  Prisma.sql`((${date}::date)::timestamp AT TIME ZONE 'Asia/Shanghai') AT TIME ZONE 'UTC'`;
/** The ONE place working days are counted: the SQL function of migration 20261204150000_statistics. */
const workingDaysBetween = (a: Prisma.Sql, b: Prisma.Sql) => Prisma.sql`working_days_between(${a}::date, ${b}::date)`;
/** The unit's province: 统一社会信用代码 positions 3–4, the registering authority's 行政区划码 (GB 32100). */
const PROVINCE = Prisma.sql`substring(e."creditCode" from 3 for 2)`;
const and = (conditions: Prisma.Sql[]) => (conditions.length ? Prisma.join(conditions, " AND ") : Prisma.sql`TRUE`);
/** Application statuses as enum values (compared as the enum, the planner estimates them from its statistics). */
const statuses = (values: readonly ApplicationStatus[]) =>
  Prisma.join(values.map((v) => Prisma.sql`${v}::"ApplicationStatus"`));

/**
 * The status people see (lib/domain/certificate.ts displayCertificateStatus) as SQL, for `today`: the
 * same order and the same thresholds (the renewal window's months come from the domain module).
 */
function certificateStatusSql(today: CalendarDate) {
  const s = (status: CertificateStatus) => Prisma.sql`${status}::text`;
  const renewalPending = Prisma.sql`EXISTS (SELECT 1 FROM "Application" r WHERE r."certificateId" = c.id
    AND r.kind = 'RENEWAL' AND r.status IN (${statuses(OPEN_STATUSES)}))`;
  return Prisma.sql`CASE
    WHEN c.status = 'REVOKED' THEN ${s("已注销")}
    WHEN c.status = 'LAPSED' THEN ${s("失效")}
    WHEN ${today}::date < c."expiresOn" - make_interval(months => ${RENEWAL_OPENS_MONTHS_BEFORE}::int) THEN ${s("有效")}
    WHEN ${today}::date <= c."expiresOn" THEN ${s("即将到期")}
    WHEN ${today}::date <= c."expiresOn" + make_interval(months => ${RENEWAL_CLOSES_MONTHS_AFTER}::int)
      OR ${renewalPending} THEN ${s("已过期")}
    ELSE ${s("失效")} END`;
}

/** The units of the province (a semi-join: the unit's row is read only to filter by region). */
const inProvince = (column: Prisma.Sql, province: string) =>
  Prisma.sql`${column} IN (SELECT e.id FROM "Enterprise" e WHERE ${PROVINCE} = ${province})`;

function applicationConditions(filter: StatisticsFilter): Prisma.Sql[] {
  const conditions: Prisma.Sql[] = [];
  if (filter.from) conditions.push(Prisma.sql`a."submittedAt" >= ${dayStart(filter.from)}`);
  if (filter.to) conditions.push(Prisma.sql`a."submittedAt" < ${dayStart(addDays(filter.to, 1))}`);
  if (filter.province) conditions.push(inProvince(Prisma.sql`a."enterpriseId"`, filter.province));
  return conditions;
}

function certificateConditions(filter: StatisticsFilter): Prisma.Sql[] {
  const conditions: Prisma.Sql[] = [];
  if (filter.from) conditions.push(Prisma.sql`c."issuedOn" >= ${filter.from}::date`);
  if (filter.to) conditions.push(Prisma.sql`c."issuedOn" <= ${filter.to}::date`);
  if (filter.province) conditions.push(inProvince(Prisma.sql`c."enterpriseId"`, filter.province));
  return conditions;
}

/** Every aggregate of the 统计 page, for the 审核部门 and the 考核部门. */
export async function getStatistics(input: {
  actor: Actor;
  filter: StatisticsFilter;
  today?: CalendarDate;
}): Promise<StatisticsData> {
  assertRole(input.actor, PERMISSIONS["statistics.read"].roles);
  const { filter } = input;
  const today = input.today ?? todayInShanghai();
  const window = monthWindow(filter.to ?? today);
  const appWhere = and(applicationConditions(filter));

  const [applications, durations, certificates, submitted, issued] = await Promise.all([
    db.$queryRaw<{ kind: ApplicationKind; status: ApplicationStatus; count: number }[]>`
      SELECT a.kind::text AS kind, a.status::text AS status, count(*)::int AS count
      FROM "Application" a
      WHERE ${appWhere}
      GROUP BY a.kind, a.status`,
    // decidedAt is set by the transition into 通过/不通过 (transition.ts). Working days are counted once
    // per (kind, submission day, decision day) — a few thousand pairs, not one call per application —
    // and each pair then stands for its applications in the percentiles.
    db.$queryRaw<{ kind: ApplicationKind; decided: number; median: number; p90: number }[]>`
      WITH pairs AS MATERIALIZED (
        SELECT kind, ${workingDaysBetween(Prisma.sql`submitted`, Prisma.sql`decided`)} AS days, n
        FROM (
          SELECT a.kind::text AS kind, ${localDate(Prisma.sql`a."submittedAt"`)}::date AS submitted,
            ${localDate(Prisma.sql`a."decidedAt"`)}::date AS decided, count(*)::int AS n
          FROM "Application" a
          WHERE a.status IN (${statuses(DECIDED)}) AND ${appWhere}
          GROUP BY 1, 2, 3
        ) p
      )
      SELECT kind, count(*)::int AS decided,
        percentile_cont(0.5) WITHIN GROUP (ORDER BY days) AS median,
        percentile_cont(0.9) WITHIN GROUP (ORDER BY days) AS p90
      FROM pairs CROSS JOIN LATERAL generate_series(1, n)
      GROUP BY kind`,
    // One scan for both certificate tables, counted per unit first (a hash aggregate), then by
    // category × specialty × status and by province × status.
    db.$queryRaw<
      {
        category: CertificateCategory | null;
        specialty: Specialty | null;
        province: string | null;
        status: CertificateStatus;
        byRegion: number;
        count: number;
      }[]
    >`
      WITH per_unit AS (
        SELECT c.category::text AS category, c.specialty::text AS specialty, c."enterpriseId",
          ${certificateStatusSql(today)} AS status, count(*) AS count
        FROM "Certificate" c
        WHERE ${and(certificateConditions(filter))}
        GROUP BY 1, 2, 3, 4
      )
      SELECT category, specialty, ${PROVINCE} AS province, status, GROUPING(category)::int AS "byRegion",
        sum(count)::int AS count
      FROM per_unit u LEFT JOIN "Enterprise" e ON e.id = u."enterpriseId"
      GROUP BY GROUPING SETS ((category, specialty, status), (${PROVINCE}, status))`,
    db.$queryRaw<{ month: string; count: number }[]>`
      SELECT to_char(${localDate(Prisma.sql`a."submittedAt"`)}, 'YYYY-MM') AS month, count(*)::int AS count
      FROM "Application" a
      WHERE a."submittedAt" >= ${dayStart(window.start)} AND a."submittedAt" < ${dayStart(window.end)}
        AND ${and(applicationConditions({ province: filter.province }))}
      GROUP BY 1`,
    db.$queryRaw<{ month: string; count: number }[]>`
      SELECT to_char(c."issuedOn", 'YYYY-MM') AS month, count(*)::int AS count
      FROM "Certificate" c
      WHERE c."issuedOn" >= ${window.start}::date AND c."issuedOn" < ${window.end}::date
        AND ${and(certificateConditions({ province: filter.province }))}
      GROUP BY 1`,
  ]);

  const submittedIn = new Map(submitted.map((r) => [r.month, r.count]));
  const issuedIn = new Map(issued.map((r) => [r.month, r.count]));
  return {
    filter,
    today,
    window,
    applications,
    durations,
    certificatesByType: certificates
      .filter((r) => r.byRegion === 0)
      .map((r) => ({ category: r.category!, specialty: r.specialty!, status: r.status, count: r.count })),
    certificatesByRegion: certificates
      .filter((r) => r.byRegion === 1)
      .map((r) => ({ province: r.province, status: r.status, count: r.count })),
    monthly: window.months.map((month) => ({
      month,
      submitted: submittedIn.get(month) ?? 0,
      issued: issuedIn.get(month) ?? 0,
    })),
  };
}
