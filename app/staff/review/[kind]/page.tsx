import { notFound } from "next/navigation";
import { Card, CardBody } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { Pagination } from "@/components/ui/pagination";
import { SearchBox } from "@/components/ui/search-box";
import { LinkTabs } from "@/components/ui/tabs";
import { BatchForm } from "@/components/application/batch-form";
import { StaffQueueList } from "@/components/application/staff-queue-list";
import type { ApplicationStatus } from "@/lib/domain/workflow";
import { DueFilterNotice } from "@/components/application/due-filter-notice";
import { kindOfSlug, KINDS, staffRolesFor } from "@/lib/domain/application-kinds";
import { dueFilterParam } from "@/lib/domain/deadlines";
import { reviewPermission } from "@/lib/domain/permissions";
import { requirePageActor } from "@/lib/server/auth/current-actor";
import { listApplicationsForStaff } from "@/lib/server/review/queries";
import { batchDecideAction } from "../actions";
import { searchText } from "@/lib/domain/search-params";

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
  const actor = await requirePageActor(reviewPermission(kind));
  const sp = await searchParams;
  const hasAssessment = staffRolesFor(kind).includes("ASSESSOR");
  const tabs = TABS.filter((t) => !t.assessment || hasAssessment);
  const tab = tabs.find((t) => t.key === sp.tab) ?? tabs[0];
  const q = searchText(sp, "q");
  const due = dueFilterParam(sp.due);
  const page = Number(sp.page) || 1;
  const result = await listApplicationsForStaff({ actor, kind, status: tab.status, q, page, due });
  const batch = actor.role === "REVIEWER" && tab.status === "PENDING_REVIEW" && KINDS[kind].staffBatch;

  const table = (
    <StaffQueueList
      rows={result.rows}
      selectable={batch}
      href={(row) => `/staff/review/${slug}/${row.id}`}
      linkLabel={(row) => (row.status === "PENDING_REVIEW" || row.status === "PENDING_ASSESSMENT" ? "审核" : "查看")}
    />
  );

  return (
    <>
      <h1 className="text-lg font-semibold">{KINDS[kind].label}审核</h1>
      <Card>
        <CardBody className="space-y-3">
          <LinkTabs
            label="审核状态"
            current={tab.key}
            tabs={tabs.map((t) => ({
              key: t.key,
              label: t.label,
              href: `?${new URLSearchParams({ tab: t.key, ...(q ? { q } : {}) })}`,
            }))}
          />
          <SearchBox
            q={q}
            placeholder="单位名称、统一社会信用代码、持证人姓名或证书编号"
            keep={{ tab: tab.key, due }}
          />
          <DueFilterNotice due={due} clearHref={`?${new URLSearchParams({ tab: tab.key, ...(q ? { q } : {}) })}`} />
          {batch ? (
            // Kept mounted when the queue empties, so its "已处理 N 条" stays readable.
            <BatchForm
              action={batchDecideAction}
              decision="approve"
              label="批量通过"
              disabled={result.rows.length === 0}
              names={Object.fromEntries(result.rows.map((r) => [r.id, r.person?.name ?? r.enterprise.name]))}
            >
              <input type="hidden" name="kind" value={kind} />
              {result.rows.length === 0 ? <EmptyState title="暂无符合条件的申请" /> : table}
            </BatchForm>
          ) : result.rows.length === 0 ? (
            <EmptyState title="暂无符合条件的申请" />
          ) : (
            table
          )}
          <Pagination result={result} params={{ tab: tab.key, q, due }} />
        </CardBody>
      </Card>
    </>
  );
}
