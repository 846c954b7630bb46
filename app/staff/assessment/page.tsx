import { Card, CardBody } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { Pagination } from "@/components/ui/pagination";
import { SearchBox } from "@/components/ui/search-box";
import { LinkTabs } from "@/components/ui/tabs";
import { BatchForm } from "@/components/application/batch-form";
import { StaffQueueList } from "@/components/application/staff-queue-list";
import { APPLICATION_KINDS, KIND_LABEL, staffRolesFor } from "@/lib/domain/workflow";
import { requirePageActor } from "@/lib/server/auth/current-actor";
import { countApplicationsForStaff, listApplicationsForStaff } from "@/lib/server/review/queries";
import { batchDecideAction } from "../review/actions";
import { slugOfKind } from "../review/kinds";

export const metadata = { title: "待考核" };

/** Every kind the 考核部门 acts on, one tab each. */
const ASSESSED_KINDS = APPLICATION_KINDS.filter((k) => staffRolesFor(k).includes("ASSESSOR") && slugOfKind(k));

export default async function AssessmentQueuePage({ searchParams }: PageProps<"/staff/assessment">) {
  const actor = await requirePageActor("assessment.queue");
  const sp = await searchParams;
  const kind = ASSESSED_KINDS.find((k) => slugOfKind(k) === sp.kind) ?? ASSESSED_KINDS[0];
  const q = typeof sp.q === "string" ? sp.q : undefined;
  const [result, counts] = await Promise.all([
    listApplicationsForStaff({ actor, kind, status: "PENDING_ASSESSMENT", q, page: Number(sp.page) || 1 }),
    countApplicationsForStaff({ actor, kinds: ASSESSED_KINDS, status: "PENDING_ASSESSMENT" }),
  ]);
  const slug = slugOfKind(kind)!;
  return (
    <>
      <h1 className="text-lg font-semibold">待考核</h1>
      <Card>
        <CardBody className="space-y-3">
          <LinkTabs
            label="业务"
            current={slug}
            tabs={ASSESSED_KINDS.map((k) => ({ key: slugOfKind(k)!, label: KIND_LABEL[k], href: `?kind=${slugOfKind(k)}`, count: counts[k] ?? 0 }))}
          />
          <SearchBox q={q} placeholder="单位名称、持证人姓名或证书编号" keep={{ kind: slug }} />
          {/* Kept mounted when the list empties, so its "已处理 N 条" stays readable. */}
          <BatchForm
            action={batchDecideAction}
            decision="issue"
            label="批量核发"
            disabled={result.rows.length === 0}
            names={Object.fromEntries(result.rows.map((r) => [r.id, r.person?.name ?? r.enterprise.name]))}
          >
            <input type="hidden" name="kind" value={kind} />
            {result.rows.length === 0 ? (
              <EmptyState title={`暂无待考核的${KIND_LABEL[kind]}申请`}>审核部门审核通过的申请将出现在这里。</EmptyState>
            ) : (
              <StaffQueueList rows={result.rows} selectable href={(row) => `/staff/review/${slug}/${row.id}`} linkLabel={() => "考核"} />
            )}
          </BatchForm>
          <Pagination page={result.page} pageCount={result.pageCount} total={result.total} params={{ kind: slug, q }} />
        </CardBody>
      </Card>
    </>
  );
}
