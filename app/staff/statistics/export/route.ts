import type { NextRequest } from "next/server";
import { statisticsFilterFromParams } from "@/lib/domain/statistics";
import { routeActor } from "@/lib/server/auth/route-actor";
import { xlsxResponse } from "@/lib/server/excel";
import {
  exportStatistics,
  statisticsExportFileName,
  writeStatisticsWorkbook,
} from "@/lib/server/statistics/export-statistics";

/** 统计 → 【导出Excel】: the tables of the page for the same filter, one sheet each. */
export async function GET(request: NextRequest) {
  const actor = await routeActor(request, "statistics.read");
  if (actor instanceof Response) return actor;
  const { filter } = statisticsFilterFromParams(new URL(request.url).searchParams);
  const { today, tables } = await exportStatistics({ actor, filter });
  return xlsxResponse(statisticsExportFileName(today), "statistics/export", (body) =>
    writeStatisticsWorkbook(tables, body),
  );
}
