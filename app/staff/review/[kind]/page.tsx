import Link from "next/link";
import { notFound } from "next/navigation";
import { Card, CardBody } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { Pagination } from "@/components/ui/pagination";
import { SearchBox } from "@/components/ui/search-box";
import { StatusBadge } from "@/components/ui/status-badge";
import { LinkTabs } from "@/components/ui/tabs";
import { BatchForm } from "@/components/application/batch-form";
import { applicationSummary } from "@/components/application/application-subject";
import { KIND_LABEL, staffRolesFor, type ApplicationStatus } from "@/lib/domain/workflow";
import { requirePageActor } from "@/lib/server/auth/current-actor";
import { listApplicationsForStaff } from "@/lib/server/review/queries";
import { formatDateTime } from "@/lib/format";
import { batchDecideAction } from "../actions";
import { kindOfSlug } from "../kinds";

export const metadata = { title: "审核" };

const TABS: { key: string; label: string; status?: ApplicationStatus; assessment?: boolean }[] = [
  { key: "pending", label: "待审核", status: "PENDING_REVIEW" },
  { key: "assessment", label: "待考核", status: "PENDING_ASSESSMENT", assessment: true },
  { key: "approved", label: "审核通过", status: "APPROVED" },
  { key: "rejected", label: "审核不通过", status: "REJECTED" },
  { key: "all", label: "全部" },
];

export default async function ReviewQueuePage({ params, searchParams }: PageProps<"/staff/review/[kind]">) {
  const { kind: slug } = await params;
  const kind = kindOfSlug(slug);
  if (!kind) notFound();
  const actor = await requirePageActor(staffRolesFor(kind), "/login/staff");
  const sp = await searchParams;
  const hasAssessment = staffRolesFor(kind).includes("ASSESSOR");
  const tabs = TABS.filter((t) => !t.assessment || hasAssessment);
  const tab = tabs.find((t) => t.key === sp.tab) ?? tabs[0];
  const q = typeof sp.q === "string" ? sp.q : undefined;
  const result = await listApplicationsForStaff({ actor, kind, status: tab.status, q, page: Number(sp.page) || 1 });
  const batch = actor.role === "REVIEWER" && tab.status === "PENDING_REVIEW" && kind === "UNIT_INFO_CHANGE";

  // A list rather than a wide table, so that on a phone the status and the 审核 link stay in view.
  const table = (
    <ul className="divide-y divide-slate-100 border-y border-slate-100">
      {result.rows.map((row) => (
        <li key={row.id} className="flex items-start gap-3 py-3 text-sm">
          {batch && (
            <input
              type="checkbox"
              name="items"
              value={`${row.id}:${row.version}`}
              className="mt-0.5 size-4 shrink-0"
              aria-label={`勾选 ${row.person?.name ?? row.enterprise.name}`}
            />
          )}
          <div className="grid min-w-0 flex-1 gap-x-4 gap-y-1 sm:grid-cols-[14rem_1fr_9rem]">
            <span className="font-medium">{row.enterprise.name}</span>
            <span className="text-slate-700">{applicationSummary(row)}</span>
            <span className="text-xs whitespace-nowrap text-slate-500 sm:pt-0.5">{formatDateTime(row.submittedAt)}</span>
          </div>
          <div className="flex shrink-0 flex-col items-end gap-1.5">
            <StatusBadge status={row.status} />
            <Link href={`/staff/review/${slug}/${row.id}`} className="text-brand-700 hover:underline">
              {row.status === "PENDING_REVIEW" || row.status === "PENDING_ASSESSMENT" ? "审核" : "查看"}
            </Link>
          </div>
        </li>
      ))}
    </ul>
  );

  return (
    <>
      <h1 className="text-lg font-semibold">{KIND_LABEL[kind]}审核</h1>
      <Card>
        <CardBody className="space-y-3">
          <LinkTabs
            label="审核状态"
            current={tab.key}
            tabs={tabs.map((t) => ({ key: t.key, label: t.label, href: `?${new URLSearchParams({ tab: t.key, ...(q ? { q } : {}) })}` }))}
          />
          <SearchBox q={q} placeholder="单位名称、统一社会信用代码、持证人姓名或证书编号" keep={{ tab: tab.key }} />
          {batch ? (
            // Kept mounted when the queue empties, so its "已处理 N 条" stays readable.
            <BatchForm action={batchDecideAction} decision="approve" label="批量通过" disabled={result.rows.length === 0} names={Object.fromEntries(result.rows.map((r) => [r.id, r.person?.name ?? r.enterprise.name]))}>
              <input type="hidden" name="kind" value={kind} />
              {result.rows.length === 0 ? <EmptyState title="暂无符合条件的申请" /> : table}
            </BatchForm>
          ) : result.rows.length === 0 ? (
            <EmptyState title="暂无符合条件的申请" />
          ) : (
            table
          )}
          <Pagination page={result.page} pageCount={result.pageCount} total={result.total} params={{ tab: tab.key, q }} />
        </CardBody>
      </Card>
    </>
  );
}
