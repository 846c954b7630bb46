import { describe, expect, it } from "vitest";
import {
  DATE_FORMAT_ERROR,
  DATE_ORDER_ERROR,
  monthWindow,
  NO_UNIT,
  REGION_ERROR,
  statisticsFilterFromParams,
  statisticsFilterQuery,
  statisticsTables,
  TOTAL,
  type StatisticsData,
} from "@/lib/domain/statistics";

describe("statisticsFilterFromParams", () => {
  it("reads dates and the province by name", () => {
    const parsed = statisticsFilterFromParams({ from: " 2026-01-01 ", to: "2026-06-30", region: "浙江省" });
    expect(parsed.filter).toEqual({ from: "2026-01-01", to: "2026-06-30", province: "33" });
    expect(parsed.errors).toEqual({});
    expect(statisticsFilterQuery(parsed.filter)).toBe(
      new URLSearchParams({ from: "2026-01-01", to: "2026-06-30", region: "浙江省" }).toString(),
    );
  });

  it("keeps what cannot be read as typed, says why and does not apply it", () => {
    const parsed = statisticsFilterFromParams(new URLSearchParams("from=2026-02-30&to=2026-06-30&region=火星"));
    expect(parsed.filter).toEqual({ from: undefined, to: "2026-06-30", province: undefined });
    expect(parsed.typed).toEqual({ from: "2026-02-30", to: "2026-06-30", region: "火星" });
    expect(parsed.errors).toEqual({ from: DATE_FORMAT_ERROR, region: REGION_ERROR });
  });

  it("refuses a 截止日期 before the 起始日期", () => {
    const parsed = statisticsFilterFromParams({ from: "2026-06-30", to: "2026-01-01" });
    expect(parsed.filter).toEqual({ from: "2026-06-30", to: undefined, province: undefined });
    expect(parsed.errors).toEqual({ to: DATE_ORDER_ERROR });
  });
});

describe("monthWindow", () => {
  it("is the twelve months ending with the given day's month, across a year end", () => {
    const w = monthWindow("2026-02-28");
    expect(w.months).toEqual([
      "2025-03",
      "2025-04",
      "2025-05",
      "2025-06",
      "2025-07",
      "2025-08",
      "2025-09",
      "2025-10",
      "2025-11",
      "2025-12",
      "2026-01",
      "2026-02",
    ]);
    expect(w.start).toBe("2025-03-01");
    expect(w.end).toBe("2026-03-01");
  });
});

describe("statisticsTables", () => {
  const data: StatisticsData = {
    filter: {},
    today: "2026-06-15",
    window: monthWindow("2026-06-15"),
    applications: [
      { kind: "RENEWAL", status: "APPROVED", count: 4 },
      { kind: "RENEWAL", status: "REJECTED", count: 1 },
      { kind: "NAME_CHANGE", status: "PENDING_REVIEW", count: 2 },
    ],
    durations: [{ kind: "RENEWAL", decided: 5, median: 3, p90: 8.04 }],
    certificatesByType: [{ category: "C", specialty: "HIGHWAY", status: "有效", count: 2 }],
    certificatesByRegion: [
      { province: null, status: "失效", count: 1 },
      { province: "33", status: "有效", count: 2 },
    ],
    monthly: [{ month: "2026-04", submitted: 3, issued: 1 }],
  };
  const [applications, durations, certificates, regions, monthly] = statisticsTables(data);

  it("has a row per kind and a 合计 row and column", () => {
    const renewal = applications.rows.find((r) => r.kind === "证书延续")!;
    expect(renewal).toMatchObject({ APPROVED: 4, REJECTED: 1, PENDING_REVIEW: 0, total: 5 });
    expect(applications.total).toMatchObject({ kind: TOTAL, APPROVED: 4, PENDING_REVIEW: 2, total: 7 });
  });

  it("shows no median where nothing was decided, and one decimal", () => {
    expect(durations.rows.find((r) => r.kind === "证书延续")).toEqual({
      kind: "证书延续",
      decided: 5,
      median: 3,
      p90: 8,
    });
    expect(durations.rows.find((r) => r.kind === "单位名称变更")).toMatchObject({ decided: 0, median: null });
  });

  it("lists every category × specialty, the provinces by code and the units-less last", () => {
    expect(certificates.rows).toHaveLength(6);
    expect(certificates.total).toMatchObject({ 有效: 2, total: 2 });
    expect(regions.rows.map((r) => r.region)).toEqual(["浙江省", NO_UNIT]);
    expect(monthly.rows).toHaveLength(12);
    expect(monthly.total).toEqual({ month: TOTAL, submitted: 3, issued: 1 });
  });
});
