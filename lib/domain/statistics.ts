// 统计: the filter as it travels in the URL, the twelve months shown, and the tables built from the
// aggregates. The page, its charts and the Excel export all read the same tables, so their numbers agree.
import { APPLICATION_KINDS, KINDS, type ApplicationKind } from "./application-kinds";
import { addMonths, compareDates, parseCalendarDate, type CalendarDate } from "./calendar-date";
import {
  CATEGORY_LABEL,
  CERTIFICATE_CATEGORIES,
  SPECIALTIES,
  SPECIALTY_LABEL,
  type CertificateCategory,
  type Specialty,
} from "./certificate";
import { CERTIFICATE_STATUSES, type CertificateStatus } from "./certificate-dates";
import { PROVINCES, regionName } from "./regions";
import { APPLICATION_STATUSES, STATUS_LABEL, type ApplicationStatus } from "./workflow";

export interface StatisticsFilter {
  /** applications by submission date, certificates by 发证日期, both ends inclusive */
  from?: CalendarDate;
  to?: CalendarDate;
  /** the unit's province: 2-digit 行政区划代码 */
  province?: string;
}

export type StatisticsField = "from" | "to" | "region";

export interface ParsedStatisticsFilter {
  filter: StatisticsFilter;
  /** what was typed, echoed back into the form */
  typed: Record<StatisticsField, string>;
  /** why a condition was not applied, shown beside its field */
  errors: Partial<Record<StatisticsField, string>>;
}

type ParamSource = URLSearchParams | Record<string, string | string[] | undefined>;

export const DATE_FORMAT_ERROR = "日期格式应为 YYYY-MM-DD，此条件未生效";
export const DATE_ORDER_ERROR = "截止日期不能早于起始日期，此条件未生效";
export const REGION_ERROR = "请从列表中选择地区，此条件未生效";

/** The region select's options: the provinces by name (the URL carries the name, as the select sends it). */
export const REGION_OPTIONS: readonly string[] = PROVINCES.map((p) => p.name);

/** from / to (YYYY-MM-DD) and region (a province's name) from a query string. */
export function statisticsFilterFromParams(params: ParamSource): ParsedStatisticsFilter {
  const get = (key: StatisticsField) => {
    const value = params instanceof URLSearchParams ? params.get(key) : params[key];
    return typeof value === "string" ? value.trim().slice(0, 20) : "";
  };
  const typed = { from: get("from"), to: get("to"), region: get("region") };
  const errors: ParsedStatisticsFilter["errors"] = {};
  const date = (key: "from" | "to") => {
    if (!typed[key]) return undefined;
    const value = parseCalendarDate(typed[key]);
    if (!value) errors[key] = DATE_FORMAT_ERROR;
    return value ?? undefined;
  };
  const from = date("from");
  let to = date("to");
  if (from && to && compareDates(to, from) < 0) {
    errors.to = DATE_ORDER_ERROR;
    to = undefined;
  }
  const province = typed.region ? PROVINCES.find((p) => p.name === typed.region)?.code : undefined;
  if (typed.region && !province) errors.region = REGION_ERROR;
  return { filter: { from, to, province }, typed, errors };
}

/** The filter as a query string, for the export link (only the conditions applied). */
export function statisticsFilterQuery(filter: StatisticsFilter): string {
  const entries: [string, string][] = [];
  if (filter.from) entries.push(["from", filter.from]);
  if (filter.to) entries.push(["to", filter.to]);
  if (filter.province) entries.push(["region", regionName(filter.province)]);
  return new URLSearchParams(entries).toString();
}

/** In words, for captions and the export: "2026-01-01 至 2026-06-30，浙江省" or "全部". */
export function describeFilter(filter: StatisticsFilter): string {
  const range = filter.from || filter.to ? `${filter.from ?? "最早"} 至 ${filter.to ?? "今天"}` : "全部日期";
  return `${range}，${filter.province ? regionName(filter.province) : "全部地区"}`;
}

export const MONTH_COUNT = 12;

export interface MonthWindow {
  /** "2026-01" … "2026-12", oldest first */
  months: string[];
  /** the first day of the first month */
  start: CalendarDate;
  /** the first day after the last month */
  end: CalendarDate;
}

/** The twelve calendar months ending with the month of `last` (the 截止日期, or today). */
export function monthWindow(last: CalendarDate): MonthWindow {
  const lastMonthStart = `${last.slice(0, 7)}-01`;
  const start = addMonths(lastMonthStart, -(MONTH_COUNT - 1));
  const months = Array.from({ length: MONTH_COUNT }, (_, i) => addMonths(start, i).slice(0, 7));
  return { months, start, end: addMonths(lastMonthStart, 1) };
}

// ---------------------------------------------------------------------------------------------
// The aggregates (computed in SQL by lib/server/statistics) and the tables shown and exported

export interface StatisticsData {
  filter: StatisticsFilter;
  /** the day certificate statuses are computed for */
  today: CalendarDate;
  window: MonthWindow;
  applications: { kind: ApplicationKind; status: ApplicationStatus; count: number }[];
  /** working days from (the last) submission to the decision, of applications 通过 or 不通过 */
  durations: { kind: ApplicationKind; decided: number; median: number; p90: number }[];
  certificatesByType: {
    category: CertificateCategory;
    specialty: Specialty;
    status: CertificateStatus;
    count: number;
  }[];
  /** province null: the certificate is attached to no unit */
  certificatesByRegion: { province: string | null; status: CertificateStatus; count: number }[];
  monthly: { month: string; submitted: number; issued: number }[];
}

export type Cell = string | number | null;

export interface StatColumn {
  key: string;
  header: string;
  /** a count or a number of days: right-aligned, a number in Excel */
  numeric?: boolean;
}

export type StatChart =
  /** one bar group per row (the first column), one series per listed column; stacked or side by side */
  | { type: "bar"; series: string[]; stacked: boolean; horizontal?: boolean; unit: string }
  | { type: "line"; series: string[]; unit: string };

export interface StatTable {
  id: string;
  title: string;
  /** the Excel sheet's name (≤ 31 characters) */
  sheet: string;
  note: string;
  columns: StatColumn[];
  /** keyed by column; `label`, when present, names the row in the chart instead of the first column */
  rows: Record<string, Cell>[];
  /** the 合计 row, not charted */
  total?: Record<string, Cell>;
  chart: StatChart;
}

export const TOTAL = "合计";
export const NO_UNIT = "无所属单位";

const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
const oneDecimal = (n: number) => Math.round(n * 10) / 10;

/**
 * A count table: the `head` columns, a count column per status plus 合计, the 合计 row, and a bar chart of the
 * statuses stacked, counted in `unit`.
 */
function countTable<S extends string>(
  statuses: readonly S[],
  label: (s: S) => string,
  rows: { head: Record<string, Cell>; counts: Partial<Record<S, number>> }[],
  head: StatColumn[],
  unit: string,
): Pick<StatTable, "columns" | "rows" | "total" | "chart"> {
  const countColumns: StatColumn[] = statuses.map((s) => ({ key: s, header: label(s), numeric: true }));
  countColumns.push({ key: "total", header: TOTAL, numeric: true });
  const body = rows.map(({ head, counts }) => {
    const row: Record<string, Cell> = { ...head };
    for (const s of statuses) row[s] = counts[s] ?? 0;
    row.total = sum(statuses.map((s) => counts[s] ?? 0));
    return row;
  });
  const total: Record<string, Cell> = Object.fromEntries(head.map((c, i) => [c.key, i === 0 ? TOTAL : ""]));
  for (const c of countColumns) total[c.key] = sum(body.map((r) => Number(r[c.key])));
  return {
    columns: [...head, ...countColumns],
    rows: body,
    total,
    chart: { type: "bar", series: [...statuses], stacked: true, horizontal: true, unit },
  };
}

function groupCounts<K, S extends string>(items: { key: K; status: S; count: number }[]) {
  const map = new Map<K, Partial<Record<S, number>>>();
  for (const { key, status, count } of items) {
    const counts: Partial<Record<S, number>> = map.get(key) ?? {};
    counts[status] = (counts[status] ?? 0) + count;
    map.set(key, counts);
  }
  return map;
}

export function statisticsTables(data: StatisticsData): StatTable[] {
  const byKind = groupCounts(data.applications.map((a) => ({ key: a.kind, status: a.status, count: a.count })));
  const applications = countTable(
    APPLICATION_STATUSES,
    (s) => STATUS_LABEL[s],
    APPLICATION_KINDS.map((kind) => ({ head: { kind: KINDS[kind].label }, counts: byKind.get(kind) ?? {} })),
    [{ key: "kind", header: "业务类型" }],
    "件",
  );

  const durationOf = new Map(data.durations.map((d) => [d.kind, d]));
  const durationRows = APPLICATION_KINDS.map((kind) => {
    const d = durationOf.get(kind);
    return {
      kind: KINDS[kind].label,
      decided: d?.decided ?? 0,
      median: d ? oneDecimal(d.median) : null,
      p90: d ? oneDecimal(d.p90) : null,
    };
  });

  const byType = groupCounts(
    data.certificatesByType.map((c) => ({ key: `${c.category}/${c.specialty}`, status: c.status, count: c.count })),
  );
  const certificates = countTable(
    CERTIFICATE_STATUSES,
    (s) => s,
    CERTIFICATE_CATEGORIES.flatMap((category) =>
      SPECIALTIES.map((specialty) => ({
        head: {
          label: `${category}类 ${SPECIALTY_LABEL[specialty]}`,
          category: CATEGORY_LABEL[category],
          specialty: SPECIALTY_LABEL[specialty],
        },
        counts: byType.get(`${category}/${specialty}`) ?? {},
      })),
    ),
    [
      { key: "category", header: "类别" },
      { key: "specialty", header: "专业" },
    ],
    "本",
  );

  const byRegion = groupCounts(
    data.certificatesByRegion.map((c) => ({ key: c.province, status: c.status, count: c.count })),
  );
  const provinces = [...byRegion.keys()].sort((a, b) => (a === null ? 1 : b === null ? -1 : a.localeCompare(b)));
  const regions = countTable(
    CERTIFICATE_STATUSES,
    (s) => s,
    provinces.map((p) => ({ head: { region: p === null ? NO_UNIT : regionName(p) }, counts: byRegion.get(p)! })),
    [{ key: "region", header: "地区" }],
    "本",
  );

  const monthlyOf = new Map(data.monthly.map((m) => [m.month, m]));
  const monthlyRows = data.window.months.map((month) => ({
    month,
    submitted: monthlyOf.get(month)?.submitted ?? 0,
    issued: monthlyOf.get(month)?.issued ?? 0,
  }));

  const scope = describeFilter(data.filter);
  return [
    {
      id: "applications",
      title: "申请按业务类型和状态",
      sheet: "申请按类型和状态",
      note: `按提交日期筛选（${scope}）；单位所在地区按统一社会信用代码第3–4位（登记管理机关行政区划码）。`,
      ...applications,
    },
    {
      id: "durations",
      title: "办理用时（工作日）",
      sheet: "办理用时",
      note:
        `已办结（通过或不通过）的申请，从最近一次提交到作出决定的工作日数（周一至周五；提交当天不计）；` +
        `按提交日期筛选（${scope}）。`,
      columns: [
        { key: "kind", header: "业务类型" },
        { key: "decided", header: "已办结", numeric: true },
        { key: "median", header: "中位数", numeric: true },
        { key: "p90", header: "90百分位", numeric: true },
      ],
      rows: durationRows,
      chart: { type: "bar", series: ["median", "p90"], stacked: false, horizontal: true, unit: "工作日" },
    },
    {
      id: "certificates",
      title: "证书按类别、专业和状态",
      sheet: "证书按类别专业状态",
      note: `状态按 ${data.today} 计算；按发证日期筛选（${scope}）。`,
      ...certificates,
    },
    {
      id: "regions",
      title: "证书按单位所在地区",
      sheet: "证书按地区",
      note: `证书所属单位的省份（统一社会信用代码第3–4位）；状态按 ${data.today} 计算；按发证日期筛选（${scope}）。`,
      ...regions,
    },
    {
      id: "monthly",
      title: "最近12个月",
      sheet: "按月统计",
      note:
        `${data.window.months[0]} 至 ${data.window.months.at(-1)}（截止日期所在月及之前11个月）；` +
        `${data.filter.province ? regionName(data.filter.province) : "全部地区"}。证书按发证日期（含换发）。`,
      columns: [
        { key: "month", header: "月份" },
        { key: "submitted", header: "提交申请", numeric: true },
        { key: "issued", header: "发证", numeric: true },
      ],
      rows: monthlyRows,
      total: {
        month: TOTAL,
        submitted: sum(monthlyRows.map((r) => r.submitted)),
        issued: sum(monthlyRows.map((r) => r.issued)),
      },
      chart: { type: "line", series: ["submitted", "issued"], unit: "件/本" },
    },
  ];
}
