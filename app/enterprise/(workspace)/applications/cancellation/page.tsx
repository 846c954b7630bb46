import { EmptyState } from "@/components/ui/empty-state";
import { Pagination } from "@/components/ui/pagination";
import { ownApplicationTabsPage } from "@/components/application/own-application-tabs";
import { ApplyAction, ApplyListRow, CertificateSummary } from "@/components/application/apply-list";
import type { Actor } from "@/lib/server/auth/actor";
import { listCancellableCertificates } from "@/lib/server/certificate-cancellations/list-cancellable-certificates";
import { cancellationPayload, cancellationReasonText } from "@/lib/schemas/payloads";
import { cancelUnitCancellationAction } from "./actions";

export const metadata = { title: "注销申请" };

export default ownApplicationTabsPage("CERTIFICATE_CANCELLATION", {
  ApplyTab,
  cancelAction: cancelUnitCancellationAction,
  canCancel: (app) => cancellationPayload.parse(app.payload).filedBy === "ENTERPRISE",
  details: (app) => (
    <p className="text-slate-600">注销原因：{cancellationReasonText(cancellationPayload.parse(app.payload))}</p>
  ),
});

async function ApplyTab({ actor, page }: { actor: Actor; page: number }) {
  const certificates = await listCancellableCertificates({ actor, page });
  if (certificates.total === 0) return <EmptyState title="暂无可注销的证书" />;
  return (
    <>
      <ul className="divide-y divide-slate-100 border-y border-slate-100">
        {certificates.rows.map((c) => (
          <ApplyListRow
            key={c.id}
            action={
              <ApplyAction
                kind="CERTIFICATE_CANCELLATION"
                certificate={c}
                app={c.openCancellation}
                variant="secondary"
              />
            }
          >
            <CertificateSummary certificate={c} after={` · 有效期至 ${c.expiresOn}`} />
          </ApplyListRow>
        ))}
      </ul>
      <Pagination result={certificates} params={{ tab: "apply" }} />
    </>
  );
}
