import { Alert } from "@/components/ui/alert";
import { unitCertificatePageData } from "@/components/application/unit-page-data";
import { EnterpriseApplicationFrame } from "@/components/application/enterprise-application-page";
import { CertificateStatusBadge } from "@/components/certificates/certificate-status-badge";
import { todayInShanghai, toDateOnly } from "@/lib/domain/calendar-date";
import { certificateStatus, daysLeftInWindow, renewalWindow, renewedExpiry } from "@/lib/domain/certificate-dates";
import { maskIdNumber } from "@/lib/domain/id-number";
import { DomainError } from "@/lib/server/errors";
import { getCertificateForRenewal } from "@/lib/server/renewals/get-certificate-for-renewal";
import { RenewalCheck, RenewalForm } from "../../renewal-form";

export const metadata = { title: "证书延续申请" };

export default async function NewRenewalPage(props: PageProps<"/enterprise/applications/renewal/new/[certificateId]">) {
  const certificate = await unitCertificatePageData(props, getCertificateForRenewal);
  if (certificate instanceof DomainError) return <Alert tone="info">{certificate.message}</Alert>;
  const today = todayInShanghai();
  const expiresOn = toDateOnly(certificate.expiresOn);
  const daysLeft = daysLeftInWindow(expiresOn, today) ?? 0;
  return (
    <EnterpriseApplicationFrame
      kind="RENEWAL"
      title="延续申请：核对信息"
      status={<CertificateStatusBadge status={certificateStatus({ expiry: expiresOn, today })} />}
      header={
        <p className="text-xs text-slate-500">
          申请截止 {renewalWindow(expiresOn).closes}（{daysLeft === 0 ? "今日截止" : `剩余 ${daysLeft} 天`}）
        </p>
      }
      bodyClassName="space-y-6"
    >
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
    </EnterpriseApplicationFrame>
  );
}
