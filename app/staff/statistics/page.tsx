import { DateField } from "@/components/form/date-field";
import { SelectField } from "@/components/form/select-field";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import * as Filter from "@/components/ui/filter-form";
import {
  describeFilter,
  REGION_OPTIONS,
  statisticsFilterFromParams,
  statisticsFilterQuery,
} from "@/lib/domain/statistics";
import { requirePageActor } from "@/lib/server/auth/current-actor";
import { currentStatisticsPage, STATISTICS_MAX_AGE_MS } from "@/lib/server/statistics/current-statistics";
import { formatDateTime } from "@/lib/format";
import { StatSection } from "./stat-section";

export const metadata = { title: "统计" };

const PATH = "/staff/statistics";

export default async function StatisticsPage({ searchParams }: PageProps<"/staff/statistics">) {
  const actor = await requirePageActor("statistics.read");
  const { filter, typed, errors } = statisticsFilterFromParams(await searchParams);
  const { tables, computedAt } = await currentStatisticsPage({ actor, filter });
  const query = statisticsFilterQuery(filter);
  return (
    <>
      <h1 className="text-lg font-semibold">统计</h1>
      <Card>
        <CardHeader
          title="筛选"
          actions={<Filter.ExportLink href={query ? `${PATH}/export?${query}` : `${PATH}/export`} />}
        >
          <p className="mt-1 text-xs text-slate-500">当前：{describeFilter(filter)}</p>
          <p className="text-xs text-slate-500">
            统计于 {formatDateTime(computedAt)}（每{STATISTICS_MAX_AGE_MS / 60_000}分钟更新）
          </p>
        </CardHeader>
        <CardBody>
          <form role="search" aria-label="统计筛选" action={PATH} className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
            <DateField name="from" label="起始日期" defaultValue={typed.from} error={errors.from} />
            <DateField name="to" label="截止日期" defaultValue={typed.to} error={errors.to} />
            <SelectField
              name="region"
              label="单位所在地区"
              options={REGION_OPTIONS}
              placeholder="全部地区"
              defaultValue={typed.region}
              error={errors.region}
              hint="按统一社会信用代码"
            />
            <Filter.Buttons reset={PATH} className="lg:pt-6" buttonClassName="flex-1" />
          </form>
        </CardBody>
      </Card>
      {tables.map(({ table, svg }) => (
        <StatSection key={table.id} table={table} svg={svg} />
      ))}
    </>
  );
}
