import { Card, CardBody, CardHeader } from "@/components/ui/card";
import * as Filter from "@/components/ui/filter-form";
import { EmptyState } from "@/components/ui/empty-state";
import { Pagination } from "@/components/ui/pagination";
import { AUDIT_ACTION_LABEL, auditActionLabel } from "@/lib/domain/audit-actions";
import { requirePageActor } from "@/lib/server/auth/current-actor";
import { ROLE_LABEL } from "@/lib/server/auth/actor";
import { auditFilterFromParams, auditFilterParams } from "@/lib/server/admin/audit-filter";
import { listAuditLog } from "@/lib/server/admin/list-audit-log";
import { formatDateTime } from "@/lib/format";

export const metadata = { title: "审计日志" };

const PATH = "/staff/audit";
const ACTION_OPTIONS = Object.entries(AUDIT_ACTION_LABEL).map(([value, label]) => ({ value, label }));

/** 起始/截止日期: a date that cannot be read is kept as typed, with the reason beside it, and not applied. */
function DateFilter({ name, typed, value }: { name: "from" | "to"; typed: unknown; value?: string }) {
  const invalid = typeof typed === "string" && typed.trim() !== "" && !value;
  const errorId = `${name}-error`;
  return (
    <Filter.Field id={name} label={`${name === "from" ? "起始" : "截止"}日期（YYYY-MM-DD）`}>
      <input
        id={name}
        name={name}
        defaultValue={invalid ? (typed as string) : value}
        placeholder={name === "from" ? "2026-01-01" : "2026-12-31"}
        aria-invalid={invalid || undefined}
        aria-describedby={invalid ? errorId : undefined}
        className={Filter.fieldClass}
      />
      {invalid && (
        <p id={errorId} className="mt-1 text-xs text-red-700">
          日期格式应为 YYYY-MM-DD，此条件未生效
        </p>
      )}
    </Filter.Field>
  );
}

export default async function AuditLogPage({ searchParams }: PageProps<"/staff/audit">) {
  const actor = await requirePageActor("audit.read");
  const sp = await searchParams;
  const filter = auditFilterFromParams(sp);
  const result = await listAuditLog({ actor, filter, page: Number(sp.page) || 1 });
  const params = auditFilterParams(filter);
  const query = new URLSearchParams(Object.entries(params).filter((e): e is [string, string] => Boolean(e[1])));
  return (
    <>
      <h1 className="text-lg font-semibold">审计日志</h1>
      <Card>
        <CardHeader title="查询" actions={<Filter.ExportLink href={`${PATH}/export?${query}`} />} />
        <CardBody className="space-y-4">
          <Filter.Form label="审计日志查询" action={PATH} className="sm:grid-cols-2 lg:grid-cols-3">
            <Filter.Text name="actor" label="操作人（用户名或姓名）" value={filter.actor} maxLength={100} />
            <Filter.Text name="target" label="操作对象（ID 或类型）" value={filter.target} maxLength={100} />
            <Filter.Select name="action" label="操作" value={filter.action} all="全部操作" options={ACTION_OPTIONS} />
            {(["from", "to"] as const).map((key) => (
              <DateFilter key={key} name={key} typed={sp[key]} value={filter[key]} />
            ))}
            <Filter.Buttons reset={PATH} buttonClassName="flex-1" />
          </Filter.Form>
          {result.rows.length === 0 ? (
            <EmptyState title="暂无记录" />
          ) : (
            <ul className="divide-y divide-slate-100 text-sm">
              {result.rows.map((r) => (
                <li key={String(r.id)} className="flex flex-wrap justify-between gap-2 py-2">
                  <span className="min-w-0 break-all">
                    {auditActionLabel(r.action)}
                    <span className="ml-2 text-xs text-slate-500">
                      {r.targetType} {r.targetId.slice(0, 8)}
                    </span>
                  </span>
                  <span className="text-xs text-slate-500">
                    {r.actor?.displayName ?? "本人（未登录）或命令行"}
                    {r.actorRole && `（${ROLE_LABEL[r.actorRole]}）`} · {formatDateTime(r.at)}
                    {r.ip && ` · ${r.ip}`}
                  </span>
                </li>
              ))}
            </ul>
          )}
          <Pagination result={result} params={params} />
        </CardBody>
      </Card>
    </>
  );
}
