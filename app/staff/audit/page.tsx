import { Card, CardBody } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { Pagination } from "@/components/ui/pagination";
import { requirePageActor } from "@/lib/server/auth/current-actor";
import { ROLE_LABEL } from "@/lib/server/auth/actor";
import { listAuditLog } from "@/lib/server/admin/list-audit-log";
import { formatDateTime } from "@/lib/format";

export const metadata = { title: "审计日志" };

const ACTION_TEXT: Record<string, string> = {
  "password.change": "修改密码",
  "password.forgot-reset": "找回密码",
  "password.staff-reset": "审核部门重置密码",
};

export default async function AuditLogPage({ searchParams }: PageProps<"/staff/audit">) {
  const actor = await requirePageActor("audit.read");
  const sp = await searchParams;
  const result = await listAuditLog({ actor, page: Number(sp.page) || 1 });
  return (
    <>
      <h1 className="text-lg font-semibold">审计日志</h1>
      <Card>
        <CardBody>
          {result.rows.length === 0 ? (
            <EmptyState title="暂无记录" />
          ) : (
            <ul className="divide-y divide-slate-100 text-sm">
              {result.rows.map((r) => (
                <li key={String(r.id)} className="flex flex-wrap justify-between gap-2 py-2">
                  <span>
                    {ACTION_TEXT[r.action] ?? r.action}
                    <span className="ml-2 text-xs text-slate-500">
                      {r.targetType} {r.targetId.slice(0, 8)}
                    </span>
                  </span>
                  <span className="text-xs text-slate-500">
                    {r.actor?.displayName ?? "本人（未登录）"}
                    {r.actorRole && `（${ROLE_LABEL[r.actorRole]}）`} · {formatDateTime(r.at)}
                    {r.ip && ` · ${r.ip}`}
                  </span>
                </li>
              ))}
            </ul>
          )}
          <Pagination page={result.page} pageCount={result.pageCount} total={result.total} params={{}} />
        </CardBody>
      </Card>
    </>
  );
}
