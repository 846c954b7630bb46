import Link from "next/link";
import { notFound } from "next/navigation";
import { Alert } from "@/components/ui/alert";
import { Card, CardBody } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { Pagination } from "@/components/ui/pagination";
import { StatusBadge } from "@/components/ui/status-badge";
import { LinkTabs } from "@/components/ui/tabs";
import { BatchForm } from "@/components/application/batch-form";
import { BatchItemCheckbox } from "@/components/application/batch-item";
import { Timeline } from "@/components/application/timeline";
import { CATEGORY_LABEL } from "@/lib/domain/certificate";
import { lastRejection, type ApplicationStatus, type Role } from "@/lib/domain/workflow";
import { requirePageActor } from "@/lib/server/auth/current-actor";
import { countOwnApplicationsByStatus, listOwnApplications } from "@/lib/server/enterprises/own-applications";
import { transferPayload } from "@/lib/schemas/payloads";
import { formatDateTime } from "@/lib/format";
import { unitBatchApproveAction } from "../actions";
import { ReviewTransferButton } from "../review-button";

const DIRECTIONS = {
  out: { kind: "TRANSFER_OUT", title: "人员调出申请", verb: "调出" },
  in: { kind: "TRANSFER_IN", title: "人员调入申请", verb: "调入" },
} as const;

const TABS: { key: string; label: string; status: ApplicationStatus }[] = [
  { key: "pending", label: "待审核", status: "PENDING_UNIT" },
  { key: "review", label: "待审核部门审核", status: "PENDING_REVIEW" },
  { key: "assessment", label: "待考核", status: "PENDING_ASSESSMENT" },
  { key: "approved", label: "审核通过", status: "APPROVED" },
  { key: "rejected", label: "审核不通过", status: "REJECTED" },
];

export async function generateMetadata({ params }: PageProps<"/enterprise/applications/change/transfers/[direction]">) {
  const { direction } = await params;
  return { title: direction === "in" ? DIRECTIONS.in.title : DIRECTIONS.out.title };
}

const REJECTED_BY: Partial<Record<Role, string>> = { REVIEWER: "审核部门", ASSESSOR: "考核部门" };

export default async function TransfersPage({
  params,
  searchParams,
}: PageProps<"/enterprise/applications/change/transfers/[direction]">) {
  const { direction } = await params;
  const dir = direction === "out" || direction === "in" ? DIRECTIONS[direction] : null;
  if (!dir) notFound();
  const actor = await requirePageActor("unit.transfer.decide");
  const sp = await searchParams;
  const tab = TABS.find((t) => t.key === sp.tab) ?? TABS[0];
  const [counts, result] = await Promise.all([
    countOwnApplicationsByStatus({ actor, kinds: [dir.kind] }),
    listOwnApplications({ actor, kinds: [dir.kind], status: tab.status, page: Number(sp.page) || 1 }),
  ]);
  const pending = tab.status === "PENDING_UNIT";

  // A list rather than a wide table, so that on a phone the status and 【审核】 stay in view.
  const list = (
    <ul className="divide-y divide-slate-100 border-y border-slate-100">
      {result.rows.map((app) => {
        const p = transferPayload.parse(app.payload);
        const holder = app.person?.name ?? "";
        const rejection = lastRejection(app.events);
        return (
          <li key={app.id} className="flex items-start gap-3 py-3 text-sm">
            {pending && <BatchItemCheckbox row={app} holder={holder} />}
            <div className="min-w-0 flex-1 space-y-1">
              <p>
                <span className="font-medium">{holder}</span>
                <span className="ml-2 inline-block text-xs whitespace-nowrap text-slate-600">
                  {app.certificate?.number}
                  {app.certificate && ` · ${CATEGORY_LABEL[app.certificate.category].slice(0, 2)}`}
                </span>
              </p>
              <p className="break-words text-slate-700">申请原因：{p.reason}</p>
              {dir.kind === "TRANSFER_OUT" && p.fromUnitName && (
                <p className="text-xs text-slate-500">调出单位：{p.fromUnitName}</p>
              )}
              <p className="text-xs text-slate-500">提交时间：{formatDateTime(app.submittedAt)}</p>
              {tab.status === "REJECTED" && rejection && (
                <Alert
                  tone="error"
                  title={
                    rejection.actorRole === "ENTERPRISE"
                      ? `本单位不同意${dir.verb}`
                      : `${REJECTED_BY[rejection.actorRole] ?? ""}审核不通过`
                  }
                >
                  {rejection.opinion ? `意见：${rejection.opinion}` : "未填写意见"}
                </Alert>
              )}
              <details className="group">
                <summary className="cursor-pointer text-brand-700 select-none hover:underline">查看进度</summary>
                <div className="pt-3 pl-2">
                  <Timeline events={app.events} />
                </div>
              </details>
            </div>
            <div className="flex shrink-0 flex-col items-end gap-1.5">
              <StatusBadge status={app.status} />
              {pending && (
                <ReviewTransferButton
                  kind={dir.kind}
                  applicationId={app.id}
                  version={app.version}
                  holder={holder}
                  certificateNumber={app.certificate?.number ?? ""}
                  reason={p.reason}
                />
              )}
            </div>
          </li>
        );
      })}
    </ul>
  );
  const empty = <EmptyState title={pending ? `暂无待审核的${dir.verb}申请` : "暂无申请"} />;

  return (
    <>
      <nav className="text-sm text-slate-500">
        <Link href="/enterprise/applications/change" className="text-brand-700 underline">
          变更申请
        </Link>{" "}
        › {dir.title}
      </nav>
      <h1 className="text-lg font-semibold">{dir.title}</h1>
      {sp.decided === "approve" && pending && (
        <Alert tone="success">已同意{dir.verb}，申请已转交审核部门审核，可在【待审核部门审核】中查看进度。</Alert>
      )}
      {sp.decided === "reject" && pending && (
        <Alert tone="success">已提交不同意{dir.verb}的意见，持证人会收到通知。</Alert>
      )}
      <Card>
        <CardBody className="space-y-4">
          <LinkTabs
            label="申请状态"
            current={tab.key}
            tabs={TABS.map((t) => ({ ...t, count: counts[t.status] ?? 0 }))}
          />
          {pending ? (
            <>
              <p className="text-xs text-slate-500">
                点击人员后的【审核】填写意见；也可勾选人员后点击【同意{dir.verb}】批量同意（一次最多200人）。
              </p>
              {/* Kept mounted when the list empties, so its "已处理 N 条" stays readable. */}
              <BatchForm
                action={unitBatchApproveAction}
                decision="approve"
                label={`同意${dir.verb}`}
                disabled={result.rows.length === 0}
                names={Object.fromEntries(result.rows.map((r) => [r.id, r.person?.name ?? ""]))}
              >
                <input type="hidden" name="kind" value={dir.kind} />
                {result.rows.length === 0 ? empty : list}
              </BatchForm>
            </>
          ) : result.rows.length === 0 ? (
            empty
          ) : (
            list
          )}
          <Pagination result={result} params={{ tab: tab.key }} />
        </CardBody>
      </Card>
    </>
  );
}
