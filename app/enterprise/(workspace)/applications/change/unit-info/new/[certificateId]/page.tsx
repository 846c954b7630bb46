import { Alert } from "@/components/ui/alert";
import { CertificateCheck } from "@/components/application/certificate-check";
import { EnterpriseApplicationFrame, pageDataOrNotFound } from "@/components/application/enterprise-application-page";
import { requirePageActor } from "@/lib/server/auth/current-actor";
import { DomainError } from "@/lib/server/errors";
import { getCertificateForUnitInfoChange } from "@/lib/server/unit-info-changes/get-certificate-for-unit-info-change";
import { UnitInfoChangeForm } from "../../unit-info-form";

export const metadata = { title: "单位信息变更申请" };

export default async function NewUnitInfoChangePage({
  params,
}: PageProps<"/enterprise/applications/change/unit-info/new/[certificateId]">) {
  const actor = await requirePageActor("unit.certificate.apply");
  const { certificateId } = await params;
  const certificate = await pageDataOrNotFound(getCertificateForUnitInfoChange({ actor, certificateId }));
  if (certificate instanceof DomainError) return <Alert tone="info">{certificate.message}</Alert>;
  return (
    <EnterpriseApplicationFrame
      back={{ href: "/enterprise/applications/change/unit-info", label: "返回单位信息变更" }}
      title="变更申请：核对信息"
      bodyClassName="space-y-6"
    >
      <CertificateCheck
        person={certificate.person}
        certificate={certificate}
        newUnitName={certificate.currentUnitName}
      />
      <UnitInfoChangeForm certificateId={certificate.id} />
    </EnterpriseApplicationFrame>
  );
}
