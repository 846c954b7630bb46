import Link from "next/link";
import { Card, CardBody } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { Pagination } from "@/components/ui/pagination";
import { SearchBox } from "@/components/ui/search-box";
import { LinkTabs } from "@/components/ui/tabs";
import { BatchForm } from "@/components/application/batch-form";
import { applicationSummary } from "@/components/application/application-subject";
import { APPLICATION_KINDS, KIND_LABEL, staffRolesFor } from "@/lib/domain/workflow";
import { requirePageActor } from "@/lib/server/auth/current-actor";
import { countApplicationsForStaff, listApplicationsForStaff } from "@/lib/server/review/queries";
import { formatDateTime } from "@/lib/format";
import { batchDecideAction } from "../review/actions";
import { slugOfKind } from "../review/kinds";

export const metadata = { title: "待考核" };

/** Every kind the 考核部门 acts on, one tab each. */
const ASSESSED_KINDS = APPLICATION_KINDS.filter((k) => staffRolesFor(k).includes("ASSESSOR") && slugOfKind(k));

export default async function AssessmentQueuePage({ searchParams }: PageProps<"/staff/assessment">) {
  const actor = await requirePageActor(["ASSESSOR"], "/login/staff");
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
              <ul className="divide-y divide-slate-100 border-y border-slate-100">
                {result.rows.map((row) => (
                  <li key={row.id} className="flex items-start gap-3 py-3 text-sm">
                    <input
                      type="checkbox"
                      name="items"
                      value={`${row.id}:${row.version}`}
                      className="mt-0.5 size-4 shrink-0"
                      aria-label={`勾选 ${row.person?.name ?? row.enterprise.name}`}
                    />
                    <div className="grid min-w-0 flex-1 gap-x-4 gap-y-1 sm:grid-cols-[14rem_1fr_9rem]">
                      <span className="font-medium">{row.enterprise.name}</span>
                      <span className="text-slate-700">{applicationSummary(row)}</span>
                      <span className="text-xs whitespace-nowrap text-slate-500 sm:pt-0.5">{formatDateTime(row.submittedAt)}</span>
                    </div>
                    <Link href={`/staff/review/${slug}/${row.id}`} className="shrink-0 text-brand-700 hover:underline">
                      考核
                    </Link>
                  </li>
                ))}
              </ul>
            )}
          </BatchForm>
          <Pagination page={result.page} pageCount={result.pageCount} total={result.total} params={{ kind: slug, q }} />
        </CardBody>
      </Card>
    </>
  );
}
