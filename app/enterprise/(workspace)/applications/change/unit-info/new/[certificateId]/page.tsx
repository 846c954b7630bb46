import { Alert } from "@/components/ui/alert";
import { CertificateCheck } from "@/components/application/certificate-check";
import { unitCertificatePageData } from "@/components/application/unit-page-data";
import { EnterpriseApplicationFrame } from "@/components/application/enterprise-application-page";
import { DomainError } from "@/lib/server/errors";
import { getCertificateForUnitInfoChange } from "@/lib/server/unit-info-changes/get-certificate-for-unit-info-change";
import { UnitInfoChangeForm } from "../../unit-info-form";

export const metadata = { title: "单位信息变更申请" };

export default async function NewUnitInfoChangePage(
  props: PageProps<"/enterprise/applications/change/unit-info/new/[certificateId]">,
) {
  const certificate = await unitCertificatePageData(props, getCertificateForUnitInfoChange);
  if (certificate instanceof DomainError) return <Alert tone="info">{certificate.message}</Alert>;
  return (
    <EnterpriseApplicationFrame kind="UNIT_INFO_CHANGE" title="变更申请：核对信息" bodyClassName="space-y-6">
      <CertificateCheck
        person={certificate.person}
        certificate={certificate}
        newUnitName={certificate.currentUnitName}
      />
      <UnitInfoChangeForm certificateId={certificate.id} />
    </EnterpriseApplicationFrame>
  );
}
