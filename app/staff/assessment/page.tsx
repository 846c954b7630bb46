import Link from "next/link";
import { Card, CardBody } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { Pagination } from "@/components/ui/pagination";
import { SearchBox } from "@/components/ui/search-box";
import { BatchForm } from "@/components/application/batch-form";
import { applicationSummary } from "@/components/application/application-subject";
import { APPLICATION_KINDS, KIND_LABEL, staffRolesFor } from "@/lib/domain/workflow";
import { requirePageActor } from "@/lib/server/auth/current-actor";
import { listApplicationsForStaff } from "@/lib/server/review/queries";
import { formatDateTime } from "@/lib/format";
import { batchDecideAction } from "../review/actions";
import { slugOfKind } from "../review/kinds";

export const metadata = { title: "待考核" };

/** Every kind the 考核部门 acts on. */
const ASSESSED_KINDS = APPLICATION_KINDS.filter((k) => staffRolesFor(k).includes("ASSESSOR") && slugOfKind(k));

export default async function AssessmentQueuePage({ searchParams }: PageProps<"/staff/assessment">) {
  const actor = await requirePageActor(["ASSESSOR"], "/login/staff");
  const sp = await searchParams;
  const q = typeof sp.q === "string" ? sp.q : undefined;
  const result = await listApplicationsForStaff({ actor, kind: ASSESSED_KINDS, status: "PENDING_ASSESSMENT", q, page: Number(sp.page) || 1 });
  return (
    <>
      <h1 className="text-lg font-semibold">待考核</h1>
      <Card>
        <CardBody className="space-y-3">
          <SearchBox q={q} placeholder="单位名称、持证人姓名或证书编号" />
          {/* One form per kind (what 核发证书 does differs by kind), kept mounted when it empties so
              its "已处理 N 条" stays readable. */}
          {ASSESSED_KINDS.map((kind) => {
              const rows = result.rows.filter((r) => r.kind === kind);
              return (
                <BatchForm key={kind} action={batchDecideAction} decision="issue" label={`批量核发（${KIND_LABEL[kind]}）`} disabled={rows.length === 0} names={Object.fromEntries(rows.map((r) => [r.id, r.person?.name ?? r.enterprise.name]))}>
                  <input type="hidden" name="kind" value={kind} />
                  {rows.length === 0 ? (
                    <EmptyState title={`暂无待考核的${KIND_LABEL[kind]}申请`}>审核部门审核通过的申请将出现在这里。</EmptyState>
                  ) : (
                  <div className="overflow-x-auto">
                    <table className="w-full min-w-[640px] text-left text-sm">
                      <thead className="border-b border-slate-200 text-xs text-slate-500">
                        <tr>
                          <th className="w-8 py-2" aria-label="勾选" />
                          <th className="py-2 pr-3 font-medium">业务</th>
                          <th className="py-2 pr-3 font-medium">单位名称</th>
                          <th className="py-2 pr-3 font-medium">申请内容</th>
                          <th className="py-2 pr-3 font-medium">提交时间</th>
                          <th className="py-2 font-medium">操作</th>
                        </tr>
                      </thead>
                      <tbody className="divide-y divide-slate-100">
                        {rows.map((row) => (
                          <tr key={row.id}>
                            <td className="py-2">
                              <input type="checkbox" name="items" value={`${row.id}:${row.version}`} className="size-4" aria-label={`勾选 ${row.person?.name ?? row.enterprise.name}`} />
                            </td>
                            <td className="py-2 pr-3 whitespace-nowrap">{KIND_LABEL[row.kind]}</td>
                            <td className="py-2 pr-3">{row.enterprise.name}</td>
                            <td className="py-2 pr-3">{applicationSummary(row)}</td>
                            <td className="py-2 pr-3 whitespace-nowrap">{formatDateTime(row.submittedAt)}</td>
                            <td className="py-2">
                              <Link href={`/staff/review/${slugOfKind(row.kind)}/${row.id}`} className="text-brand-700 hover:underline">
                                考核
                              </Link>
                            </td>
                          </tr>
                        ))}
                      </tbody>
                    </table>
                  </div>
                  )}
                </BatchForm>
              );
            })}
          <Pagination page={result.page} pageCount={result.pageCount} total={result.total} params={{ q }} />
        </CardBody>
      </Card>
    </>
  );
}
