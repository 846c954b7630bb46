// The HTTP benchmark's tables: one run with its floors and targets, and two runs compared.
import { readFileSync } from "node:fs";
import type { LoadResult } from "./load";

/** static: the static floor; dynamic: the dynamic floor; public pages are held to the first, the rest to the second. */
export type RowKind = "static" | "dynamic" | "public" | "data" | "action";

export const TARGET: Record<RowKind, number | null> = {
  static: null,
  dynamic: null,
  public: 1.2,
  data: 1.5,
  action: 1.5,
};
/** The connection count whose targets decide the exit code. */
export const JUDGED_CONNECTIONS = 10;
/** 10 % → 100 %: a row's cost may grow by this much. */
export const SCALE_TARGET = 1.2;
export const BATCH_TARGET_MS = 1000;

export interface RunFile {
  label: string;
  at: string;
  databaseRows?: Record<string, number>;
  rows: { name: string; kind: RowKind; results: Record<string, LoadResult & { ratio: number | null }> }[];
  batches: number[];
}

const floorOf = (kind: RowKind) => (kind === "public" ? "static" : "dynamic");

/** Adds each row's p95 ratio to its floor's p95 at the same connection count. */
export function withRatios(rows: { name: string; kind: RowKind; results: Record<string, LoadResult> }[]) {
  const floor = (kind: RowKind, c: string) => rows.find((r) => r.kind === kind)?.results[c]?.p95;
  return rows.map((row) => ({
    ...row,
    results: Object.fromEntries(
      Object.entries(row.results).map(([c, r]) => {
        const f = TARGET[row.kind] === null ? undefined : floor(floorOf(row.kind), c);
        return [c, { ...r, ratio: f ? r.p95 / f : null }];
      }),
    ),
  }));
}

const ms = (v: number) => (Number.isFinite(v) ? v.toFixed(v < 10 ? 1 : 0) : "-");
const pad = (s: string, n: number) => s + " ".repeat(Math.max(0, n - width(s)));
const padLeft = (s: string, n: number) => " ".repeat(Math.max(0, n - width(s))) + s;
// CJK characters take two columns in a terminal.
const width = (s: string) => [...s].reduce((w, ch) => w + (/[\u3000-\u9fff\uff00-\uffef]/.test(ch) ? 2 : 1), 0);

function table(header: string[], lines: string[][], leftColumns = 1) {
  const widths = header.map((h, i) => Math.max(width(h), ...lines.map((l) => width(l[i]))));
  const format = (cells: string[]) =>
    cells.map((c, i) => (i < leftColumns ? pad(c, widths[i]) : padLeft(c, widths[i]))).join("  ");
  console.log(format(header));
  console.log(widths.map((w) => "-".repeat(w)).join("  "));
  for (const line of lines) console.log(format(line));
}

/** Prints the run's table; returns the targets missed at JUDGED_CONNECTIONS and every failed check. */
export function printRun(run: RunFile): string[] {
  const problems: string[] = [];
  const lines: string[][] = [];
  for (const row of run.rows) {
    for (const [c, r] of Object.entries(row.results)) {
      const target = TARGET[row.kind];
      const met = target === null || r.ratio === null ? null : r.ratio <= target;
      if (r.failed > 0) problems.push(`${row.name} @${c}: ${r.failed} 个响应不合格：${r.failure}`);
      if (met === false && Number(c) === JUDGED_CONNECTIONS) {
        problems.push(
          `${row.name} @${c}: p95 是${floorLabel(row.kind)}的 ${r.ratio!.toFixed(2)} 倍（目标 ≤ ${target}）`,
        );
      }
      lines.push([
        row.name,
        c,
        String(r.requests),
        r.rps.toFixed(0),
        ms(r.p50),
        ms(r.p95),
        ms(r.p99),
        r.ratio === null ? "floor" : `${r.ratio.toFixed(2)}×`,
        target === null ? "" : `≤ ${target}× ${floorLabel(row.kind)}`,
        r.failed > 0 ? `✗ ${r.failed} bad` : met === null ? "" : met ? "✓" : "✗",
      ]);
    }
  }
  console.log(`\n${run.label}（${run.at}）`);
  table(["行", "连接", "请求", "req/s", "p50 ms", "p95 ms", "p99 ms", "p95/底线", "目标", ""], lines, 1);
  if (run.batches.length) {
    console.log(`\n批量通过 100 条（逐批计时，目标 < ${BATCH_TARGET_MS} ms）`);
    table(
      ["批次", "ms", ""],
      run.batches.map((t, i) => [String(i + 1), t.toFixed(0), t < BATCH_TARGET_MS ? "✓" : "✗"]),
    );
    run.batches.forEach((t, i) => {
      if (t >= BATCH_TARGET_MS)
        problems.push(`批量通过第 ${i + 1} 批：${t.toFixed(0)} ms（目标 < ${BATCH_TARGET_MS}）`);
    });
  }
  return problems;
}

const floorLabel = (kind: RowKind) => (floorOf(kind) === "static" ? "静态底线" : "动态底线");

/** `--compare a.json b.json`: b against a per row and connection count; returns the rows over SCALE_TARGET at 10. */
export function printComparison(fileA: string, fileB: string): string[] {
  const a = JSON.parse(readFileSync(fileA, "utf8")) as RunFile;
  const b = JSON.parse(readFileSync(fileB, "utf8")) as RunFile;
  const problems: string[] = [];
  const lines: string[][] = [];
  for (const row of b.rows) {
    const before = a.rows.find((r) => r.name === row.name);
    if (!before) continue;
    for (const [c, rb] of Object.entries(row.results)) {
      const ra = before.results[c];
      if (!ra) continue;
      // A row that got no answer in either run has nothing to compare: it fails, it does not pass as 0×.
      const measured = Number.isFinite(ra.p95) && ra.p95 > 0 && Number.isFinite(rb.p95) && rb.p95 > 0;
      // Against the floors of each run: the two runs may be on machines (or loads) that differ.
      const scaled = !measured ? NaN : ra.ratio && rb.ratio ? rb.ratio / ra.ratio : rb.p95 / ra.p95;
      const met = measured && scaled <= SCALE_TARGET;
      if (!met && Number(c) === JUDGED_CONNECTIONS) {
        problems.push(
          measured
            ? `${row.name} @${c}: ${b.label} 是 ${a.label} 的 ${scaled.toFixed(2)} 倍（目标 ≤ ${SCALE_TARGET}）`
            : `${row.name} @${c}: 有一次运行没有测得结果（无应答）`,
        );
      }
      lines.push([
        row.name,
        c,
        `${ms(ra.p95)} → ${ms(rb.p95)}`,
        (rb.p95 / ra.p95).toFixed(2),
        ra.ratio && rb.ratio ? `${ra.ratio.toFixed(2)} → ${rb.ratio.toFixed(2)}` : "floor",
        `${scaled.toFixed(2)}×`,
        met ? "✓" : "✗",
      ]);
    }
  }
  console.log(`\n${a.label} → ${b.label}（目标：相对底线的 p95 增长 ≤ ${SCALE_TARGET}×）`);
  table(["行", "连接", "p95 ms", "p95 比", "p95/底线", "增长", ""], lines, 1);
  const batches = (r: RunFile) => (r.batches.length ? Math.max(...r.batches) : NaN);
  if (a.batches.length && b.batches.length) {
    console.log(`批量通过 100 条，最慢一批：${ms(batches(a))} ms → ${ms(batches(b))} ms`);
  }
  return problems;
}
