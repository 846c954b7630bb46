import { Card, CardBody } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { Pagination } from "@/components/ui/pagination";
import { SearchBox } from "@/components/ui/search-box";
import { LinkTabs } from "@/components/ui/tabs";
import { BatchForm } from "@/components/application/batch-form";
import { StaffQueueList } from "@/components/application/staff-queue-list";
import { DueFilterNotice } from "@/components/application/due-filter-notice";
import { kindOfSlug, KINDS, kindsActedOnBy } from "@/lib/domain/application-kinds";
import { dueFilterParam } from "@/lib/domain/deadlines";
import { requirePageActor } from "@/lib/server/auth/current-actor";
import { countApplicationsForStaff, listApplicationsForStaff } from "@/lib/server/review/queries";
import { batchDecideAction } from "../review/actions";
import { searchText } from "@/lib/domain/search-params";

export const metadata = { title: "待考核" };

/** Every kind the 考核部门 acts on, one tab each. */
const ASSESSED_KINDS = kindsActedOnBy("ASSESSOR");

export default async function AssessmentQueuePage({ searchParams }: PageProps<"/staff/assessment">) {
  const actor = await requirePageActor("assessment.queue");
  const sp = await searchParams;
  const counts = await countApplicationsForStaff({ actor, kinds: ASSESSED_KINDS, status: "PENDING_ASSESSMENT" });
  // Without a chosen tab, open on the first one that holds work.
  const chosen = typeof sp.kind === "string" ? kindOfSlug(sp.kind) : null;
  const kind =
    (chosen && ASSESSED_KINDS.includes(chosen) ? chosen : null) ??
    ASSESSED_KINDS.find((k) => (counts[k] ?? 0) > 0) ??
    ASSESSED_KINDS[0];
  const { slug, label, issueLabel } = KINDS[kind];
  const q = searchText(sp, "q");
  const page = Number(sp.page) || 1;
  const due = dueFilterParam(sp.due);
  const result = await listApplicationsForStaff({ actor, kind, status: "PENDING_ASSESSMENT", q, page, due });
  return (
    <>
      <h1 className="text-lg font-semibold">待考核</h1>
      <Card>
        <CardBody className="space-y-3">
          <LinkTabs
            label="业务"
            current={slug}
            tabs={ASSESSED_KINDS.map((k) => ({
              key: KINDS[k].slug,
              label: KINDS[k].label,
              href: `?kind=${KINDS[k].slug}`,
              count: counts[k] ?? 0,
            }))}
          />
          <SearchBox q={q} placeholder="单位名称、持证人姓名或证书编号" keep={{ kind: slug, due }} />
          <DueFilterNotice due={due} clearHref={`?${new URLSearchParams({ kind: slug, ...(q ? { q } : {}) })}`} />
          {/* Kept mounted when the list empties, so its "已处理 N 条" stays readable. */}
          <BatchForm
            action={batchDecideAction}
            decision="issue"
            label={`批量${issueLabel}`}
            disabled={result.rows.length === 0}
            names={Object.fromEntries(result.rows.map((r) => [r.id, r.person?.name ?? r.enterprise.name]))}
          >
            <input type="hidden" name="kind" value={kind} />
            {result.rows.length === 0 ? (
              <EmptyState title={`暂无待考核的${label}申请`}>审核部门审核通过的申请将出现在这里。</EmptyState>
            ) : (
              <StaffQueueList
                rows={result.rows}
                selectable
                href={(row) => `/staff/review/${slug}/${row.id}`}
                linkLabel={() => "考核"}
              />
            )}
          </BatchForm>
          <Pagination result={result} params={{ kind: slug, q, due }} />
        </CardBody>
      </Card>
    </>
  );
}
