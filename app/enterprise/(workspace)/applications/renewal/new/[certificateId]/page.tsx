import Link from "next/link";
import { notFound } from "next/navigation";
import { Alert } from "@/components/ui/alert";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { CertificateStatusBadge } from "@/components/certificates/certificate-status-badge";
import { todayInShanghai, toDateOnly } from "@/lib/domain/calendar-date";
import { certificateStatus, daysLeftInWindow, renewalWindow, renewedExpiry } from "@/lib/domain/certificate-dates";
import { maskIdNumber } from "@/lib/domain/id-number";
import { requirePageActor } from "@/lib/server/auth/current-actor";
import { DomainError, NotFoundError } from "@/lib/server/errors";
import { getCertificateForRenewal } from "@/lib/server/renewals/get-certificate-for-renewal";
import { RenewalCheck, RenewalForm } from "../../renewal-form";

export const metadata = { title: "证书延续申请" };

export default async function NewRenewalPage({
  params,
}: PageProps<"/enterprise/applications/renewal/new/[certificateId]">) {
  const actor = await requirePageActor("unit.certificate.apply");
  const { certificateId } = await params;
  let certificate;
  try {
    certificate = await getCertificateForRenewal({ actor, certificateId });
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    if (error instanceof DomainError) return <Alert tone="info">{error.message}</Alert>;
    throw error;
  }
  const today = todayInShanghai();
  const expiresOn = toDateOnly(certificate.expiresOn);
  const daysLeft = daysLeftInWindow(expiresOn, today) ?? 0;
  return (
    <>
      <Link href="/enterprise/applications/renewal" className="text-sm text-brand-700 hover:underline">
        ← 返回延续申请
      </Link>
      <Card>
        <CardHeader
          title="延续申请：核对信息"
          actions={<CertificateStatusBadge status={certificateStatus({ expiry: expiresOn, today })} />}
        >
          <p className="text-xs text-slate-500">
            申请截止 {renewalWindow(expiresOn).closes}（{daysLeft === 0 ? "今日截止" : `剩余 ${daysLeft} 天`}）
          </p>
        </CardHeader>
        <CardBody className="space-y-6">
          <RenewalCheck
            person={{ name: certificate.person.name }}
            idNumber={maskIdNumber(certificate.person.idNumber)}
            certificate={{
              number: certificate.number,
              category: certificate.category,
              specialty: certificate.specialty,
              unitName: certificate.unitName,
            }}
            expiresOn={expiresOn}
            renewedOn={renewedExpiry(expiresOn)}
          />
          <RenewalForm certificateId={certificate.id} />
        </CardBody>
      </Card>
    </>
  );
}
