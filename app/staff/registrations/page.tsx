import Link from "next/link";
import { Card, CardBody } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { Pagination } from "@/components/ui/pagination";
import { SearchBox } from "@/components/ui/search-box";
import { StatusBadge } from "@/components/ui/status-badge";
import { LinkTabs } from "@/components/ui/tabs";
import type { ApplicationStatus } from "@/lib/domain/workflow";
import { requirePageActor } from "@/lib/server/auth/current-actor";
import { listApplicationsForStaff } from "@/lib/server/review/queries";
import { formatDateTime } from "@/lib/format";

export const metadata = { title: "企业注册审核" };

const TABS: { key: string; label: string; status?: ApplicationStatus }[] = [
  { key: "pending", label: "待审核", status: "PENDING_REVIEW" },
  { key: "rejected", label: "审核不通过", status: "REJECTED" },
  { key: "approved", label: "审核通过", status: "APPROVED" },
  { key: "all", label: "全部" },
];

export default async function RegistrationQueuePage({ searchParams }: PageProps<"/staff/registrations">) {
  const actor = await requirePageActor(["REVIEWER"], "/login/staff");
  const sp = await searchParams;
  const tab = TABS.find((t) => t.key === sp.tab) ?? TABS[0];
  const q = typeof sp.q === "string" ? sp.q : undefined;
  const page = Number(sp.page) || 1;
  const result = await listApplicationsForStaff({ actor, kind: "ENTERPRISE_REGISTRATION", status: tab.status, q, page });

  return (
    <>
      <h1 className="text-lg font-semibold">企业注册审核</h1>
      <Card>
        <CardBody className="space-y-3">
          <LinkTabs
            label="审核状态"
            current={tab.key}
            tabs={TABS.map((t) => ({ key: t.key, label: t.label, href: `?${new URLSearchParams({ tab: t.key, ...(q ? { q } : {}) })}` }))}
          />
          <SearchBox q={q} placeholder="单位名称或统一社会信用代码" keep={{ tab: tab.key }} />
          {result.rows.length === 0 ? (
            <EmptyState title="暂无符合条件的注册申请" />
          ) : (
            <div className="overflow-x-auto">
              <table className="w-full min-w-[640px] text-left text-sm">
                <thead className="border-b border-slate-200 text-xs text-slate-500">
                  <tr>
                    <th className="py-2 pr-3 font-medium">单位名称</th>
                    <th className="py-2 pr-3 font-medium">统一社会信用代码</th>
                    <th className="py-2 pr-3 font-medium">联系人</th>
                    <th className="py-2 pr-3 font-medium">提交时间</th>
                    <th className="py-2 pr-3 font-medium">状态</th>
                    <th className="py-2 font-medium">操作</th>
                  </tr>
                </thead>
                <tbody className="divide-y divide-slate-100">
                  {result.rows.map((row) => (
                    <tr key={row.id}>
                      <td className="py-2 pr-3">{row.enterprise.name}</td>
                      <td className="py-2 pr-3 font-mono text-xs">{row.enterprise.creditCode}</td>
                      <td className="py-2 pr-3">
                        {row.enterprise.contactName} {row.enterprise.contactPhone}
                      </td>
                      <td className="py-2 pr-3 whitespace-nowrap">{formatDateTime(row.submittedAt)}</td>
                      <td className="py-2 pr-3">
                        <StatusBadge status={row.status} />
                      </td>
                      <td className="py-2">
                        <Link href={`/staff/registrations/${row.id}`} className="text-brand-700 hover:underline">
                          {row.status === "PENDING_REVIEW" ? "审核" : "查看"}
                        </Link>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          <Pagination page={result.page} pageCount={result.pageCount} total={result.total} params={{ tab: tab.key, q }} />
        </CardBody>
      </Card>
    </>
  );
}
