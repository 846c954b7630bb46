import Link from "next/link";
import { notFound } from "next/navigation";
import { Alert } from "@/components/ui/alert";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { CertificateCheck } from "@/components/application/certificate-check";
import { requirePageActor } from "@/lib/server/auth/current-actor";
import { DomainError, NotFoundError } from "@/lib/server/errors";
import { getCertificateForUnitInfoChange } from "@/lib/server/unit-info-changes/get-certificate-for-unit-info-change";
import { UnitInfoChangeForm } from "../../unit-info-form";

export const metadata = { title: "单位信息变更申请" };

export default async function NewUnitInfoChangePage({
  params,
}: PageProps<"/enterprise/applications/change/unit-info/new/[certificateId]">) {
  const actor = await requirePageActor("unit.certificate.apply");
  const { certificateId } = await params;
  let certificate;
  try {
    certificate = await getCertificateForUnitInfoChange({ actor, certificateId });
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    if (error instanceof DomainError) return <Alert tone="info">{error.message}</Alert>;
    throw error;
  }
  return (
    <>
      <Link href="/enterprise/applications/change/unit-info" className="text-sm text-brand-700 hover:underline">
        ← 返回单位信息变更
      </Link>
      <Card>
        <CardHeader title="变更申请：核对信息" />
        <CardBody className="space-y-6">
          <CertificateCheck
            person={certificate.person}
            certificate={certificate}
            newUnitName={certificate.currentUnitName}
          />
          <UnitInfoChangeForm certificateId={certificate.id} />
        </CardBody>
      </Card>
    </>
  );
}
