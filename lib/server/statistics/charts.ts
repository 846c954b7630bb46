import "server-only";
import * as echarts from "echarts";
import type { StatTable } from "@/lib/domain/statistics";

// The 统计 charts, drawn on the server with echarts' SVG renderer (SSR): the page receives finished
// SVG markup and no chart code. Only server modules may import this file.

/** Drawn twice: for phones (shown below 640 px) and for wider screens, so that the text stays legible. */
export const CHART_WIDTHS = { narrow: 360, wide: 640 } as const;
const FONT_SIZE = 13;
const FONT = '"PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", "Source Han Sans SC", sans-serif';
/** A status has the same colour in every chart; other series take the palette in order. */
const STATUS_COLOR: Record<string, string> = {
  PENDING_UNIT: "#0ea5e9",
  PENDING_REVIEW: "#f59e0b",
  PENDING_ASSESSMENT: "#8b5cf6",
  APPROVED: "#16a34a",
  REJECTED: "#dc2626",
  CANCELLED: "#94a3b8",
  有效: "#16a34a",
  即将到期: "#f59e0b",
  已过期: "#ea580c",
  失效: "#94a3b8",
  已注销: "#334155",
};
const PALETTE = ["#2563eb", "#ea580c", "#16a34a", "#9333ea"];

/** The legend wraps: how many lines it takes at this width (an item: marker, gap, text, spacing). */
function legendLines(names: string[], width: number) {
  let lines = 1;
  let used = 0;
  for (const name of names) {
    const item = 14 + 5 + name.length * FONT_SIZE + 10;
    if (used + item > width - 10 && used > 0) {
      lines++;
      used = 0;
    }
    used += item;
  }
  return lines;
}

/** The series' names as the legend shows them: their columns' headers. */
const seriesNames = ({ chart, columns }: StatTable) =>
  chart.series.map((key) => columns.find((c) => c.key === key)?.header ?? key);

function option(table: StatTable, width: number) {
  const { chart, columns } = table;
  const names = seriesNames(table);
  const first = columns[0].key;
  const labels = table.rows.map((r) => String(r.label ?? r[first]));
  const common = {
    animation: false,
    color: chart.series.map((key, i) => STATUS_COLOR[key] ?? PALETTE[i % PALETTE.length]),
    textStyle: { fontFamily: FONT, fontSize: FONT_SIZE },
    legend: { top: 0, itemWidth: 14, itemHeight: 10, textStyle: { fontSize: FONT_SIZE } },
    grid: {
      left: 8,
      right: 24,
      top: 24 * legendLines(names, width) + 16,
      bottom: 8,
      containLabel: true,
    },
  };
  const values = (key: string) => table.rows.map((r) => (typeof r[key] === "number" ? (r[key] as number) : 0));
  if (chart.type === "line") {
    return {
      ...common,
      xAxis: { type: "category", data: labels, axisLabel: { rotate: 45 } },
      yAxis: { type: "value", minInterval: 1 },
      series: chart.series.map((key, i) => ({ type: "line", name: names[i], data: values(key), symbolSize: 6 })),
    };
  }
  const category = { type: "category", data: labels, inverse: chart.horizontal };
  const value = { type: "value", minInterval: chart.stacked ? 1 : undefined };
  return {
    ...common,
    xAxis: chart.horizontal ? value : category,
    yAxis: chart.horizontal ? category : value,
    series: chart.series.map((key, i) => ({
      type: "bar",
      name: names[i],
      data: values(key),
      stack: chart.stacked ? "total" : undefined,
      barMaxWidth: 28,
    })),
  };
}

/** The chart of a table as SVG markup that scales to its container (a viewBox, width 100%). */
export function renderChartSvg(table: StatTable, width: number): string {
  const rows = Math.max(table.rows.length, 1);
  const legend = 24 * legendLines(seriesNames(table), width);
  const height = table.chart.type === "bar" && table.chart.horizontal ? legend + 70 + rows * 30 : legend + 300;
  const chart = echarts.init(null, null, { renderer: "svg", ssr: true, width, height });
  try {
    chart.setOption(option(table, width));
    return chart
      .renderToSVGString({ useViewBox: true })
      .replace(/^<svg width="\d+" height="\d+"/, '<svg width="100%" aria-hidden="true"');
  } finally {
    chart.dispose();
  }
}
