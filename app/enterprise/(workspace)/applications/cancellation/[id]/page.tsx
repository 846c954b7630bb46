import { Alert } from "@/components/ui/alert";
import { CancelApplicationButton } from "@/components/application/cancel-application-button";
import { CertificateApplicationDetails } from "@/components/application/certificate-application-details";
import { unitApplicationPageData } from "@/components/application/unit-page-data";
import { EnterpriseApplicationFrame, RejectionAlert } from "@/components/application/enterprise-application-page";
import { KINDS } from "@/lib/domain/application-kinds";
import { toDateOnly } from "@/lib/domain/calendar-date";
import { maskIdNumber } from "@/lib/domain/id-number";
import { cancellationPayload } from "@/lib/schemas/payloads";
import { cancelUnitCancellationAction } from "../actions";

export const metadata = { title: "证书注销申请" };

const KIND = "CERTIFICATE_CANCELLATION";

export default async function CancellationDetailPage(props: PageProps<"/enterprise/applications/cancellation/[id]">) {
  const app = await unitApplicationPageData(props, KIND);
  const filedByUnit = cancellationPayload.parse(app.payload).filedBy === "ENTERPRISE";
  return (
    <EnterpriseApplicationFrame kind={KIND} title={`证书注销：${app.person.name}`} application={app}>
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
