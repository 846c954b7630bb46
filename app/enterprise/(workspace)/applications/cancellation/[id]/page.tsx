import Link from "next/link";
import { notFound } from "next/navigation";
import { Alert } from "@/components/ui/alert";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { StatusBadge } from "@/components/ui/status-badge";
import { CancelApplicationButton } from "@/components/application/cancel-application-button";
import { CertificateApplicationDetails } from "@/components/application/certificate-application-details";
import { TimelineCard } from "@/components/application/timeline";
import { KINDS } from "@/lib/domain/application-kinds";
import { toDateOnly } from "@/lib/domain/calendar-date";
import { maskIdNumber } from "@/lib/domain/id-number";
import { lastRejection } from "@/lib/domain/workflow";
import { requirePageActor } from "@/lib/server/auth/current-actor";
import { getOwnApplication } from "@/lib/server/enterprises/own-applications";
import { NotFoundError } from "@/lib/server/errors";
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
  const app = await getOwnApplication({ actor, applicationId: id, kind: KIND }).catch((e) => {
    if (e instanceof NotFoundError) notFound();
    throw e;
  });
  if (!app.person || !app.certificate) notFound();
  const filedByUnit = cancellationPayload.parse(app.payload).filedBy === "ENTERPRISE";
  return (
    <>
      <Link href="/enterprise/applications/cancellation" className="text-sm text-brand-700 hover:underline">
        ← 返回注销申请
      </Link>
      <Card>
        <CardHeader title={`证书注销：${app.person.name}`} actions={<StatusBadge status={app.status} />}>
          <p className="text-xs text-slate-500">提交时间 {formatDateTime(app.submittedAt)}</p>
        </CardHeader>
        <CardBody className="space-y-4">
          <CertificateApplicationDetails
            person={{ name: app.person.name, idNumber: maskIdNumber(app.person.idNumber) }}
            certificate={{ ...app.certificate, expiresOn: toDateOnly(app.certificate.expiresOn) }}
            facts={KINDS[KIND].facts(app)}
            files={KINDS[KIND].files(app)}
          />
          {app.status === "APPROVED" && <Alert tone="success">证书已注销，电子证书不再提供下载。</Alert>}
          {app.status === "REJECTED" && (
            <Alert tone="error" title="审核不通过">
              驳回原因：{lastRejection(app.events)?.opinion ?? "—"}
            </Alert>
          )}
          {app.status === "PENDING_REVIEW" && filedByUnit && (
            <CancelApplicationButton
              applicationId={app.id}
              version={app.version}
              holder={app.person.name}
              action={cancelUnitCancellationAction}
              kindLabel={KINDS[KIND].label}
            />
          )}
        </CardBody>
      </Card>
      <TimelineCard events={app.events} />
    </>
  );
}
