import "server-only";
import { todayInShanghai } from "@/lib/domain/calendar-date";
import { PERMISSIONS } from "@/lib/domain/permissions";
import type { StatisticsData, StatisticsFilter } from "@/lib/domain/statistics";
import { assertRole, type Actor } from "../auth/actor";
import { getStatistics } from "./get-statistics";

/** How old the 统计 page's figures may be: each view would otherwise aggregate every certificate and application. */
export const STATISTICS_MAX_AGE_MS = 5 * 60_000;
const MAX_ENTRIES = 50;

interface Entry {
  at: number;
  data: Promise<StatisticsData>;
  refreshing?: boolean;
}
const entries = new Map<string, Entry>();

/**
 * The 统计 page's and its export's figures for today: computed at most once per filter every five
 * minutes in this process. An older result is still shown while a fresh one is computed (at national
 * scale one computation takes seconds), so only the first view of a filter waits. Both the page and
 * the export read here, so an export matches the page it was made from.
 */
export async function currentStatistics(input: {
  actor: Actor;
  filter: StatisticsFilter;
}): Promise<StatisticsData & { computedAt: Date }> {
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
    entry.refreshing = true;
    const next = compute();
    next.data.then(
      () => entries.set(key, next),
      () => (entry!.refreshing = false),
    );
  }
  return { ...(await entry.data), computedAt: new Date(entry.at) };
}
