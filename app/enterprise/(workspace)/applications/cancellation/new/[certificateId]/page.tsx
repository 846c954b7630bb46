import { CertificateSubject } from "@/components/application/application-subject";
import { CertificateCancellationForm } from "@/components/application/certificate-cancellation-form";
import { unitCertificatePageData } from "@/components/application/unit-page-data";
import { EnterpriseApplicationFrame } from "@/components/application/enterprise-application-page";
import { Alert } from "@/components/ui/alert";
import { getCancellableCertificate } from "@/lib/server/certificate-cancellations/list-cancellable-certificates";
import { DomainError } from "@/lib/server/errors";
import { submitUnitCancellationAction } from "../../actions";

export const metadata = { title: "注销申请" };

export default async function NewCancellationPage(
  props: PageProps<"/enterprise/applications/cancellation/new/[certificateId]">,
) {
  const row = await unitCertificatePageData(props, getCancellableCertificate);
  if (row instanceof DomainError) throw row;
  return (
    <EnterpriseApplicationFrame
      kind="CERTIFICATE_CANCELLATION"
      title={`注销申请：${row.holderName}`}
      bodyClassName="space-y-5"
    >
      <CertificateSubject person={{ name: row.holderName }} certificate={row} idNumber={row.idNumber} />
      {row.openCancellation ? (
        <Alert tone="info">该证书已有办理中的注销申请。</Alert>
      ) : (
        <>
          <Alert tone="info" title="办理流程">
            提交后经审核部门审核、考核部门确认，证书注销，电子证书不再提供下载，单位与持证人均会收到通知。审核前可取消申请。
          </Alert>
          <CertificateCancellationForm certificateId={row.id} action={submitUnitCancellationAction} />
        </>
      )}
    </EnterpriseApplicationFrame>
  );
}
