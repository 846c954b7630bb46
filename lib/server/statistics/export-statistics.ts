import "server-only";
import type { Writable } from "node:stream";
import type { CalendarDate } from "@/lib/domain/calendar-date";
import { describeFilter, statisticsTables, type StatisticsFilter, type StatTable } from "@/lib/domain/statistics";
import type { Actor } from "../auth/actor";
import { audit } from "../audit";
import { db } from "../db";
import { writeSheets } from "../excel";
import { currentStatistics } from "./current-statistics";
import { getStatistics } from "./get-statistics";

/** 统计-2026-12-03.xlsx */
export const statisticsExportFileName = (today: CalendarDate) => `统计-${today}.xlsx`;

/**
 * 统计 → 【导出Excel】: the page's tables for the filter (the figures the page shows, or for `today` computed
 * now), and the export in the audit trail.
 */
export async function exportStatistics(input: { actor: Actor; filter: StatisticsFilter; today?: CalendarDate }) {
  const data = input.today ? await getStatistics({ ...input, today: input.today }) : await currentStatistics(input);
  await audit(db, {
    actor: input.actor,
    action: "statistics.export",
    targetType: "Statistics",
    targetId: describeFilter(input.filter),
    detail: JSON.parse(JSON.stringify(input.filter)),
  });
  return { today: data.today, tables: statisticsTables(data) };
}

/** One sheet per table, with the page's columns, rows and 合计 row; an empty cell where the page shows —. */
export function writeStatisticsWorkbook(tables: readonly StatTable[], output: Writable): Promise<void> {
  return writeSheets(
    output,
    tables.map((table) => ({
      name: table.sheet,
      columns: table.columns.map((c) => ({ header: c.header, key: c.key, width: c.numeric ? 10 : 26 })),
      rows: [...table.rows, ...(table.total ? [table.total] : [])].map((row) =>
        Object.fromEntries(table.columns.map((c) => [c.key, row[c.key] ?? null])),
      ),
    })),
  );
}
