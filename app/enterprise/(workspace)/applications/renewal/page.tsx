import Link from "next/link";
import { Alert } from "@/components/ui/alert";
import { ButtonLink } from "@/components/ui/button";
import { Card, CardBody } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { Pagination } from "@/components/ui/pagination";
import { StatusBadge } from "@/components/ui/status-badge";
import { LinkTabs } from "@/components/ui/tabs";
import { CertificateStatusBadge } from "@/components/certificates/certificate-status-badge";
import { todayInShanghai } from "@/lib/domain/calendar-date";
import { CATEGORY_LABEL } from "@/lib/domain/certificate";
import { renewalResubmitBlocked, renewalResult } from "@/lib/domain/renewal";
import { lastRejection, type ApplicationStatus } from "@/lib/domain/workflow";
import { requirePageActor } from "@/lib/server/auth/current-actor";
import { countOwnApplicationsByStatus, listOwnApplications } from "@/lib/server/enterprises/own-applications";
import { listRenewableCertificates } from "@/lib/server/renewals/list-renewable-certificates";
import { renewalPayload } from "@/lib/schemas/payloads";
import { formatDateTime } from "@/lib/format";
import { CancelApplicationButton } from "@/components/application/cancel-application-button";
import { ApplicationListNotice } from "@/components/application/list-notice";
import { cancelRenewalAction } from "./actions";

export const metadata = { title: "延续申请" };

const BASE = "/enterprise/applications/renewal";
const TABS: { key: string; label: string; status?: ApplicationStatus }[] = [
  { key: "apply", label: "延续申请" },
  { key: "pending", label: "待审核", status: "PENDING_REVIEW" },
  { key: "approved", label: "审核通过", status: "APPROVED" },
  { key: "rejected", label: "审核不通过", status: "REJECTED" },
];

export default async function RenewalApplicationsPage({ searchParams }: PageProps<"/enterprise/applications/renewal">) {
  const actor = await requirePageActor("unit.certificate.apply");
  const sp = await searchParams;
  const tab = TABS.find((t) => t.key === sp.tab) ?? TABS[0];
  const counts = await countOwnApplicationsByStatus({ actor, kinds: ["RENEWAL"] });

  return (
    <>
      <p className="text-sm text-slate-500">申请业务 › 延续申请</p>
      <h1 className="text-lg font-semibold">延续申请</h1>
      <ApplicationListNotice params={sp} applyTab="延续申请" />
      <Card>
        <CardBody className="space-y-4">
          <LinkTabs
            label="申请状态"
            current={tab.key}
            tabs={TABS.map((t) => ({
              key: t.key,
              label: t.label,
              href: `?tab=${t.key}`,
              count: t.status ? (counts[t.status] ?? 0) : undefined,
            }))}
          />
          {tab.status ? (
            <ApplicationsTab actor={actor} status={tab.status} page={Number(sp.page) || 1} />
          ) : (
            <ApplyTab actor={actor} />
          )}
        </CardBody>
      </Card>
    </>
  );
}

type Actor = Awaited<ReturnType<typeof requirePageActor>>;

function daysLeftText(daysLeft: number) {
  return daysLeft === 0 ? "今日截止" : `剩余 ${daysLeft} 天`;
}

async function ApplyTab({ actor }: { actor: Actor }) {
  const certificates = await listRenewableCertificates({ actor });
  return (
    <div className="space-y-3">
      <Alert tone="info" title="注：证书有效期届满前3个月至届满后2个月内可申请延续">
        逾期未申请的证书将失效，需重新报名考试。审核通过后，证书有效期自原有效期届满之日起延续3年。
      </Alert>
      {certificates.length === 0 ? (
        <EmptyState title="暂无可申请延续的证书">本单位没有处于延续申请期限内的证书。</EmptyState>
      ) : (
        <ul className="divide-y divide-slate-100 border-y border-slate-100">
          {certificates.map((c) => {
            const app = c.renewal;
            const canApply = !app || app.status === "CANCELLED";
            const urgent = c.status === "已过期" || c.daysLeft <= 30;
            return (
              <li key={c.id} className="flex items-start gap-3 py-3 text-sm">
                <div className="min-w-0 flex-1 space-y-0.5">
                  <p className="flex flex-wrap items-center gap-x-2 gap-y-1">
                    <span className="font-medium">{c.holderName}</span>
                    <CertificateStatusBadge status={c.status} />
                  </p>
                  <p className="text-xs break-all text-slate-600">
                    {c.number} · {CATEGORY_LABEL[c.category].slice(0, 2)}
                  </p>
                  <p className="text-xs text-slate-600">
                    有效期至 {c.expiresOn} ·{" "}
                    <span className={urgent ? "font-medium text-red-700" : undefined}>{daysLeftText(c.daysLeft)}</span>
                  </p>
                </div>
                <div className="shrink-0">
                  {canApply ? (
                    <ButtonLink href={`${BASE}/new/${c.id}`} className="min-h-8 px-3 py-1">
                      延续申请
                    </ButtonLink>
                  ) : app.status === "REJECTED" ? (
                    <ButtonLink href={`${BASE}/${app.id}`} variant="secondary" className="min-h-8 px-3 py-1">
                      修改
                    </ButtonLink>
                  ) : (
                    <Link href={`${BASE}/${app.id}`} aria-label={`${c.holderName}的申请进度`}>
                      <StatusBadge status={app.status} />
                    </Link>
                  )}
                </div>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}

async function ApplicationsTab({ actor, status, page }: { actor: Actor; status: ApplicationStatus; page: number }) {
  const result = await listOwnApplications({ actor, kinds: ["RENEWAL"], status, page });
  if (result.rows.length === 0) return <EmptyState title="暂无申请" />;
  const today = todayInShanghai();
  return (
    <>
      <ul className="divide-y divide-slate-100">
        {result.rows.map((app) => {
          const p = renewalPayload.parse(app.payload);
          const rejection = lastRejection(app.events);
          const blocked =
            status === "REJECTED"
              ? renewalResubmitBlocked({
                  enterpriseId: app.enterpriseId,
                  certificate: app.certificate,
                  expiresOn: p.expiresOn,
                  today,
                })
              : null;
          const canResubmit = status === "REJECTED" && !blocked;
          return (
            <li key={app.id} className="space-y-2 py-3 text-sm">
              <div className="flex flex-wrap items-center justify-between gap-2">
                <span className="min-w-0 font-medium break-all">
                  {app.person?.name} · {app.certificate?.number}
                </span>
                <StatusBadge status={app.status} />
              </div>
              <p className="text-slate-600">
                有效期至 {p.expiresOn} → {status === "APPROVED" ? "" : "延续后 "}
                <span className={status === "APPROVED" ? "font-medium text-green-800" : "text-slate-900"}>
                  {renewalResult(app).to}
                </span>
              </p>
              <p className="text-xs text-slate-500">提交时间：{formatDateTime(app.submittedAt)}</p>
              {status === "REJECTED" && rejection?.opinion && <Alert tone="error">驳回原因：{rejection.opinion}</Alert>}
              {blocked && <p className="text-xs text-slate-500">{blocked}</p>}
              <div className="flex flex-wrap items-center gap-3">
                {canResubmit && <ButtonLink href={`${BASE}/${app.id}`}>修改</ButtonLink>}
                {status === "PENDING_REVIEW" && (
                  <CancelApplicationButton
                    applicationId={app.id}
                    version={app.version}
                    holder={app.person?.name ?? ""}
                    action={cancelRenewalAction}
                    kindLabel="证书延续"
                  />
                )}
                <Link href={`${BASE}/${app.id}`} className="text-brand-700 hover:underline">
                  {status === "PENDING_REVIEW" ? "查看审核进度" : "查看详情"}
                </Link>
              </div>
            </li>
          );
        })}
      </ul>
      <Pagination
        page={result.page}
        pageCount={result.pageCount}
        total={result.total}
        params={{ tab: TABS.find((t) => t.status === status)?.key }}
      />
    </>
  );
}
