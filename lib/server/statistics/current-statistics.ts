import "server-only";
import { todayInShanghai } from "@/lib/domain/calendar-date";
import { PERMISSIONS } from "@/lib/domain/permissions";
import { statisticsTables, type StatisticsData, type StatisticsFilter, type StatTable } from "@/lib/domain/statistics";
import { assertRole, type Actor } from "../auth/actor";
import { CHART_WIDTHS, renderChartSvg } from "./charts";
import { getStatistics } from "./get-statistics";

/** How old the 统计 page's figures may be: each view would otherwise aggregate every certificate and application. */
export const STATISTICS_MAX_AGE_MS = 5 * 60_000;
const MAX_ENTRIES = 50;

/** A 统计 table with its chart drawn for phones and for wider screens. */
export interface ChartedTable {
  table: StatTable;
  svg: { narrow: string; wide: string };
}

interface Entry {
  at: number;
  data: Promise<StatisticsData>;
  /** drawn on the first view of these figures, then kept with them (drawing costs more than the page) */
  charted?: Promise<ChartedTable[]>;
  refreshing?: boolean;
}
const entries = new Map<string, Entry>();

/**
 * The 统计 figures for today: computed at most once per filter every five minutes in this process. An
 * older result is still shown while a fresh one is computed (at national scale one computation takes
 * seconds), so only the first view of a filter waits. The page and the export both read here, so an
 * export matches the page it was made from.
 */
export async function currentStatistics(input: {
  actor: Actor;
  filter: StatisticsFilter;
}): Promise<StatisticsData & { computedAt: Date }> {
  const entry = currentEntry(input);
  return { ...(await entry.data), computedAt: new Date(entry.at) };
}

/** The 统计 page: the same figures as tables with their charts, drawn once per computation. */
export async function currentStatisticsPage(input: {
  actor: Actor;
  filter: StatisticsFilter;
}): Promise<{ tables: ChartedTable[]; computedAt: Date }> {
  const entry = currentEntry(input);
  entry.charted ??= entry.data.then((data) =>
    statisticsTables(data).map((table) => ({
      table,
      svg: { narrow: renderChartSvg(table, CHART_WIDTHS.narrow), wide: renderChartSvg(table, CHART_WIDTHS.wide) },
    })),
  );
  return { tables: await entry.charted, computedAt: new Date(entry.at) };
}

function currentEntry(input: { actor: Actor; filter: StatisticsFilter }): Entry {
  assertRole(input.actor, PERMISSIONS["statistics.read"].roles);
  const today = todayInShanghai();
  const key = JSON.stringify([today, input.filter]);
  const compute = (): Entry => {
    const entry: Entry = { at: Date.now(), data: getStatistics({ ...input, today }) };
    entry.data.catch(() => entries.get(key) === entry && entries.delete(key));
    return entry;
  };
  let entry = entries.get(key);
  if (!entry) {
    entry = compute();
    entries.set(key, entry);
    while (entries.size > MAX_ENTRIES) entries.delete(entries.keys().next().value!);
  } else if (Date.now() - entry.at > STATISTICS_MAX_AGE_MS && !entry.refreshing) {
    const stale = entry;
    stale.refreshing = true;
    const next = compute();
    next.data.then(
      () => entries.set(key, next),
      () => (stale.refreshing = false),
    );
  }
  return entry;
}
