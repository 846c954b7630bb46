import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";
import type { Cell, StatTable } from "@/lib/domain/statistics";

const CELL = "px-3 py-2 whitespace-nowrap";
const show = (value: Cell | undefined) => (value === null || value === undefined ? "—" : String(value));

/**
 * One statistic: its chart (SVG drawn on the server, scaled to the width) and the same numbers as a
 * table, which is the chart's accessible equivalent and what 【导出Excel】 writes.
 */
export function StatSection({ table, svg }: { table: StatTable; svg: { narrow: string; wide: string } }) {
  const align = (numeric?: boolean) => (numeric ? "text-right tabular-nums" : "text-left");
  return (
    <Card>
      <CardHeader title={table.title}>
        <p className="mt-1 text-xs text-slate-500">{table.note}</p>
      </CardHeader>
      <CardBody className="space-y-4">
        <figure
          role="img"
          aria-label={`${table.title}（图表，单位：${table.chart.unit}，数据见下表）`}
          className="mx-auto max-w-3xl [&_svg]:h-auto [&_svg]:w-full"
        >
          <div className="sm:hidden" dangerouslySetInnerHTML={{ __html: svg.narrow }} />
          <div className="hidden sm:block" dangerouslySetInnerHTML={{ __html: svg.wide }} />
        </figure>
        <div className="overflow-x-auto" role="region" aria-label={`${table.title}数据表`} tabIndex={0}>
          <table className="w-full text-sm" data-table={table.id}>
            <caption className="sr-only">{table.title}</caption>
            <thead className="border-b border-slate-200 bg-slate-50 text-xs text-slate-600">
              <tr>
                {table.columns.map((c) => (
                  <th key={c.key} scope="col" className={cn(CELL, "font-medium", align(c.numeric))}>
                    {c.header}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {table.rows.map((row, i) => (
                <tr key={i}>
                  {table.columns.map((c, j) =>
                    j === 0 ? (
                      <th key={c.key} scope="row" className={cn(CELL, "font-normal", align(c.numeric))}>
                        {show(row[c.key])}
                      </th>
                    ) : (
                      <td key={c.key} className={cn(CELL, align(c.numeric))}>
                        {show(row[c.key])}
                      </td>
                    ),
                  )}
                </tr>
              ))}
            </tbody>
            {table.total && (
              <tfoot className="border-t border-slate-300 font-medium">
                <tr>
                  {table.columns.map((c, j) => (
                    <td key={c.key} className={cn(CELL, align(c.numeric && j > 0))}>
                      {table.total![c.key] === "" ? "" : show(table.total![c.key])}
                    </td>
                  ))}
                </tr>
              </tfoot>
            )}
          </table>
        </div>
      </CardBody>
    </Card>
  );
}
