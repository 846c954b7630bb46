import Link from "next/link";
import { Alert } from "@/components/ui/alert";
import { ButtonLink } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { StatusBadge } from "@/components/ui/status-badge";
import { CertificateStatusBadge } from "@/components/certificates/certificate-status-badge";
import {
  OwnApplicationTabsPage,
  type OwnApplication,
  type OwnApplicationTab,
} from "@/components/application/own-application-tabs";
import { todayInShanghai } from "@/lib/domain/calendar-date";
import { CATEGORY_LABEL } from "@/lib/domain/certificate";
import { renewalResubmitBlocked, renewalResult } from "@/lib/domain/renewal";
import { requirePageActor } from "@/lib/server/auth/current-actor";
import { listRenewableCertificates } from "@/lib/server/renewals/list-renewable-certificates";
import { renewalPayload } from "@/lib/schemas/payloads";
import { cancelRenewalAction } from "./actions";

export const metadata = { title: "延续申请" };

const BASE = "/enterprise/applications/renewal";
const TABS: OwnApplicationTab[] = [
  { key: "apply", label: "延续申请" },
  { key: "pending", label: "待审核", status: "PENDING_REVIEW" },
  { key: "approved", label: "审核通过", status: "APPROVED" },
  { key: "rejected", label: "审核不通过", status: "REJECTED" },
];

export default async function RenewalApplicationsPage({ searchParams }: PageProps<"/enterprise/applications/renewal">) {
  const actor = await requirePageActor("unit.certificate.apply");
  return (
    <OwnApplicationTabsPage
      actor={actor}
      kind="RENEWAL"
      breadcrumb="申请业务 › 延续申请"
      title="延续申请"
      tabs={TABS}
      searchParams={await searchParams}
      applyTab={<ApplyTab actor={actor} />}
      list={{
        base: BASE,
        cancelAction: cancelRenewalAction,
        details: (app) => {
          const approved = app.status === "APPROVED";
          return (
            <p className="text-slate-600">
              有效期至 {renewalPayload.parse(app.payload).expiresOn} → {approved ? "" : "延续后 "}
              <span className={approved ? "font-medium text-green-800" : "text-slate-900"}>
                {renewalResult(app).to}
              </span>
            </p>
          );
        },
        resubmitBlocked: resubmitBlocked,
      }}
    />
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

function resubmitBlocked(app: OwnApplication) {
  return renewalResubmitBlocked({
    enterpriseId: app.enterpriseId,
    certificate: app.certificate,
    expiresOn: renewalPayload.parse(app.payload).expiresOn,
    today: todayInShanghai(),
  });
}
