import Link from "next/link";
import { ButtonLink } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { StatusBadge } from "@/components/ui/status-badge";
import { CertificateStatusBadge } from "@/components/certificates/certificate-status-badge";
import { OwnApplicationTabsPage, type OwnApplicationTab } from "@/components/application/own-application-tabs";
import { CATEGORY_LABEL } from "@/lib/domain/certificate";
import { requirePageActor } from "@/lib/server/auth/current-actor";
import type { Actor } from "@/lib/server/auth/actor";
import { listCancellableCertificates } from "@/lib/server/certificate-cancellations/list-cancellable-certificates";
import { cancellationPayload, cancellationReasonText } from "@/lib/schemas/payloads";
import { cancelUnitCancellationAction } from "./actions";

export const metadata = { title: "注销申请" };

const BASE = "/enterprise/applications/cancellation";
const TABS: OwnApplicationTab[] = [
  { key: "apply", label: "注销申请" },
  { key: "pending", label: "待审核", status: "PENDING_REVIEW" },
  { key: "assessment", label: "待考核", status: "PENDING_ASSESSMENT" },
  { key: "approved", label: "审核通过", status: "APPROVED" },
  { key: "rejected", label: "审核不通过", status: "REJECTED" },
];

export default async function CancellationApplicationsPage({
  searchParams,
}: PageProps<"/enterprise/applications/cancellation">) {
  const actor = await requirePageActor("unit.certificate.apply");
  return (
    <OwnApplicationTabsPage
      actor={actor}
      kind="CERTIFICATE_CANCELLATION"
      breadcrumb="申请业务 › 注销申请"
      title="注销申请"
      tabs={TABS}
      searchParams={await searchParams}
      applyTab={<ApplyTab actor={actor} />}
      list={{
        base: BASE,
        cancelAction: cancelUnitCancellationAction,
        canCancel: (app) => cancellationPayload.parse(app.payload).filedBy === "ENTERPRISE",
        details: (app) => (
          <p className="text-slate-600">注销原因：{cancellationReasonText(cancellationPayload.parse(app.payload))}</p>
        ),
      }}
    />
  );
}

async function ApplyTab({ actor }: { actor: Actor }) {
  const certificates = await listCancellableCertificates({ actor });
  if (certificates.length === 0) return <EmptyState title="暂无可注销的证书" />;
  return (
    <ul className="divide-y divide-slate-100 border-y border-slate-100">
      {certificates.map((c) => (
        <li key={c.id} className="flex items-start gap-3 py-3 text-sm">
          <div className="min-w-0 flex-1 space-y-0.5">
            <p className="flex flex-wrap items-center gap-x-2 gap-y-1">
              <span className="font-medium">{c.holderName}</span>
              <CertificateStatusBadge status={c.status} />
            </p>
            <p className="text-xs break-all text-slate-600">
              {c.number} · {CATEGORY_LABEL[c.category].slice(0, 2)} · 有效期至 {c.expiresOn}
            </p>
          </div>
          <div className="shrink-0">
            {c.openCancellation ? (
              <Link href={`${BASE}/${c.openCancellation.id}`} aria-label={`${c.holderName}的申请进度`}>
                <StatusBadge status={c.openCancellation.status} />
              </Link>
            ) : (
              <ButtonLink href={`${BASE}/new/${c.id}`} variant="secondary" className="min-h-8 px-3 py-1">
                注销申请
              </ButtonLink>
            )}
          </div>
        </li>
      ))}
    </ul>
  );
}
