import { Alert } from "@/components/ui/alert";
import { EmptyState } from "@/components/ui/empty-state";
import { ownApplicationTabsPage, type OwnApplication } from "@/components/application/own-application-tabs";
import { todayInShanghai } from "@/lib/domain/calendar-date";
import { ApplyAction, ApplyListRow, CertificateSummary } from "@/components/application/apply-list";
import { renewalResubmitBlocked, renewalResult } from "@/lib/domain/renewal";
import type { Actor } from "@/lib/server/auth/actor";
import { listRenewableCertificates } from "@/lib/server/renewals/list-renewable-certificates";
import { renewalPayload } from "@/lib/schemas/payloads";
import { cancelRenewalAction } from "./actions";

export const metadata = { title: "延续申请" };

export default ownApplicationTabsPage("RENEWAL", {
  ApplyTab,
  cancelAction: cancelRenewalAction,
  details: (app) => {
    const approved = app.status === "APPROVED";
    return (
      <p className="text-slate-600">
        有效期至 {renewalPayload.parse(app.payload).expiresOn} → {approved ? "" : "延续后 "}
        <span className={approved ? "font-medium text-green-800" : "text-slate-900"}>{renewalResult(app).to}</span>
      </p>
    );
  },
  resubmitBlocked,
});

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
            const urgent = c.status === "已过期" || c.daysLeft <= 30;
            return (
              <ApplyListRow key={c.id} action={<ApplyAction kind="RENEWAL" certificate={c} app={c.renewal} />}>
                <CertificateSummary certificate={c}>
                  <p className="text-xs text-slate-600">
                    有效期至 {c.expiresOn} ·{" "}
                    <span className={urgent ? "font-medium text-red-700" : undefined}>{daysLeftText(c.daysLeft)}</span>
                  </p>
                </CertificateSummary>
              </ApplyListRow>
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
