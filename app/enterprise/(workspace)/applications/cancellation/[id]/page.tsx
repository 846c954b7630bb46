import { Alert } from "@/components/ui/alert";
import { StatusBadge } from "@/components/ui/status-badge";
import { CancelApplicationButton } from "@/components/application/cancel-application-button";
import { CertificateApplicationDetails } from "@/components/application/certificate-application-details";
import {
  EnterpriseApplicationFrame,
  ownApplicationOrNotFound,
  RejectionAlert,
} from "@/components/application/enterprise-application-page";
import { TimelineCard } from "@/components/application/timeline";
import { KINDS } from "@/lib/domain/application-kinds";
import { toDateOnly } from "@/lib/domain/calendar-date";
import { maskIdNumber } from "@/lib/domain/id-number";
import { requirePageActor } from "@/lib/server/auth/current-actor";
import { cancellationPayload } from "@/lib/schemas/payloads";
import { formatDateTime } from "@/lib/format";
import { cancelUnitCancellationAction } from "../actions";

export const metadata = { title: "证书注销申请" };

const KIND = "CERTIFICATE_CANCELLATION";

export default async function CancellationDetailPage({
  params,
}: PageProps<"/enterprise/applications/cancellation/[id]">) {
  const actor = await requirePageActor("unit.certificate.apply");
  const { id } = await params;
  const app = await ownApplicationOrNotFound(actor, id, KIND);
  const filedByUnit = cancellationPayload.parse(app.payload).filedBy === "ENTERPRISE";
  return (
    <EnterpriseApplicationFrame
      back={{ href: "/enterprise/applications/cancellation", label: "返回注销申请" }}
      title={`证书注销：${app.person.name}`}
      status={<StatusBadge status={app.status} />}
      header={<p className="text-xs text-slate-500">提交时间 {formatDateTime(app.submittedAt)}</p>}
      after={<TimelineCard events={app.events} />}
    >
      <CertificateApplicationDetails
        person={{ name: app.person.name, idNumber: maskIdNumber(app.person.idNumber) }}
        certificate={{ ...app.certificate, expiresOn: toDateOnly(app.certificate.expiresOn) }}
        facts={KINDS[KIND].facts(app)}
        files={KINDS[KIND].files(app)}
      />
      {app.status === "APPROVED" && <Alert tone="success">证书已注销，电子证书不再提供下载。</Alert>}
      {app.status === "REJECTED" && <RejectionAlert events={app.events} />}
      {app.status === "PENDING_REVIEW" && filedByUnit && (
        <CancelApplicationButton
          applicationId={app.id}
          version={app.version}
          holder={app.person.name}
          action={cancelUnitCancellationAction}
          kindLabel={KINDS[KIND].label}
        />
      )}
    </EnterpriseApplicationFrame>
  );
}
