import { Card, CardBody, CardHeader, ListCard } from "@/components/ui/card";
import { KINDS } from "@/lib/domain/application-kinds";
import { todayInShanghai } from "@/lib/domain/calendar-date";
import { STATUS_LABEL } from "@/lib/domain/workflow";
import { requirePageActor } from "@/lib/server/auth/current-actor";
import { listDeadlineSettings } from "@/lib/server/deadlines/list-deadline-settings";
import { HolidayYearForm, TimeLimitsForm } from "./holiday-forms";

export const metadata = { title: "节假日与办理时限" };

/** Years shown in full; older ones are summed up in one line. */
const SHOWN_YEARS = 5;

export default async function HolidaysPage() {
  const actor = await requirePageActor("deadlines.configure");
  const { years, limits, packageName } = await listDeadlineSettings({ actor });
  const last = years[0]?.year;
  const older = years.slice(SHOWN_YEARS);
  return (
    <>
      <h1 className="text-lg font-semibold">节假日与办理时限</h1>
      <ListCard
        title="已录入的节假日安排"
        header={
          <p className="mt-1 text-xs text-slate-500">
            {last
              ? `已录入至 ${last} 年。到期日落在未录入年份的申请显示为“办理时限未知”，不按周一至周五推算。`
              : "尚未录入任何年份：所有申请的办理时限均未知。"}
          </p>
        }
        label="已录入年份"
        className="text-sm"
      >
        {years.slice(0, SHOWN_YEARS).map((y) => (
          <li key={y.year} className="flex flex-wrap items-center justify-between gap-2 py-2">
            <span className="font-medium">{y.year} 年</span>
            <span className="text-slate-600">
              放假 {y.holidays} 天 · 调休上班 {y.workdays} 天 ·{" "}
              {y.fromPackage ? `内置数据（${y.source}）` : `由 ${y.source} 录入`}
            </span>
          </li>
        ))}
        {older.length > 0 && (
          <li className="py-2 text-slate-500">
            更早：{older[older.length - 1].year}–{older[0].year} 年（{older.length} 年，内置数据 {packageName}）
          </li>
        )}
      </ListCard>
      <Card>
        <CardHeader title="录入新年度">
          <p className="mt-1 text-xs text-slate-500">
            国务院办公厅发布下一年度部分节假日安排的通知后，按通知录入。录入后不可修改，请核对后提交。
          </p>
        </CardHeader>
        <CardBody>
          <HolidayYearForm nextYear={(last ?? Number(todayInShanghai().slice(0, 4))) + 1} />
        </CardBody>
      </Card>
      <Card>
        <CardHeader title="办理时限">
          <p className="mt-1 text-xs text-slate-500">
            每个环节自进入之日起计算的工作日数（《行政许可法》第四十二条：一般为 20
            个工作日）。修改后，办理中的申请按新时限重新计算到期日。
          </p>
        </CardHeader>
        <CardBody>
          <TimeLimitsForm
            rows={limits.map((l) => ({
              key: l.key,
              label: `${KINDS[l.kind].label} · ${STATUS_LABEL[l.status]}`,
              days: l.days,
            }))}
          />
        </CardBody>
      </Card>
    </>
  );
}
