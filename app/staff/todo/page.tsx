import Link from "next/link";
import { ListCard } from "@/components/ui/card";
import { KINDS, type ApplicationKind } from "@/lib/domain/application-kinds";
import { DEFAULT_TIME_LIMIT_DAYS, DUE_FILTER_LABEL, NEAR_LIMIT_DAYS, type DueFilter } from "@/lib/domain/deadlines";
import { STATUS_LABEL, type ApplicationStatus } from "@/lib/domain/workflow";
import { ROLE_LABEL } from "@/lib/server/auth/actor";
import { requirePageActor } from "@/lib/server/auth/current-actor";
import { countTodo } from "@/lib/server/deadlines/count-todo";

export const metadata = { title: "待办" };

/** The queue page of a kind's stage: the 审核部门's queue, or the 考核部门's 待考核 tab. */
function queueHref(kind: ApplicationKind, status: ApplicationStatus, due?: DueFilter) {
  const slug = KINDS[kind].slug;
  const base = status === "PENDING_ASSESSMENT" ? `/staff/assessment?kind=${slug}` : `/staff/review/${slug}?tab=pending`;
  return due ? `${base}&due=${due}` : base;
}

const DUE_COUNTS = [
  { due: "near", tone: "text-amber-800" },
  { due: "overdue", tone: "text-red-700" },
] as const satisfies { due: DueFilter; tone: string }[];

function CountLink(props: { queue: string; href: string; label: string; count: number; tone: string }) {
  const { queue, href, label, count, tone } = props;
  const text = `${label} ${count} 件`;
  return count > 0 ? (
    <Link
      href={href}
      aria-label={`${queue}：${text}`}
      className={`font-medium underline-offset-2 hover:underline ${tone}`}
    >
      {text}
    </Link>
  ) : (
    <span className="text-slate-500">{text}</span>
  );
}

export default async function TodoPage() {
  const actor = await requirePageActor("staff.todo");
  const { department, queues } = await countTodo({ actor });
  const sum = (key: "total" | "near" | "overdue") => queues.reduce((n, q) => n + q[key], 0);
  return (
    <>
      <h1 className="text-lg font-semibold">待办</h1>
      <p className="text-sm text-slate-600">
        {department ?? ROLE_LABEL[actor.role]}：共 {sum("total")} 件待处理，其中已超期 {sum("overdue")} 件，临近超期{" "}
        {sum("near")} 件。
      </p>
      <ListCard
        title="各业务待办"
        header={
          <p className="mt-1 text-xs text-slate-500">
            办理时限按工作日计算（法定节假日和调休上班日依国务院办公厅安排），默认每个环节 {DEFAULT_TIME_LIMIT_DAYS}{" "}
            个工作日；剩余不超过 {NEAR_LIMIT_DAYS} 个工作日为临近超期。
          </p>
        }
        label="待办队列"
        className="text-sm"
      >
        {queues.map((q) => {
          const name = `${KINDS[q.kind].label} · ${STATUS_LABEL[q.status]}`;
          return (
            <li key={`${q.kind}:${q.status}`} className="grid gap-2 py-3 sm:grid-cols-[1fr_auto] sm:items-center">
              <div>
                <Link href={queueHref(q.kind, q.status)} className="font-medium text-brand-700 hover:underline">
                  {name}
                </Link>
                <span className="ml-2 text-slate-700">{q.total} 件</span>
                {q.unknown > 0 && (
                  <p className="text-xs text-slate-500">其中 {q.unknown} 件办理时限未知（节假日未录入）</p>
                )}
              </div>
              <div className="flex flex-wrap gap-x-3 gap-y-1">
                {DUE_COUNTS.map(({ due, tone }) => (
                  <CountLink
                    key={due}
                    queue={name}
                    href={queueHref(q.kind, q.status, due)}
                    label={DUE_FILTER_LABEL[due]}
                    count={q[due]}
                    tone={tone}
                  />
                ))}
              </div>
            </li>
          );
        })}
      </ListCard>
    </>
  );
}
