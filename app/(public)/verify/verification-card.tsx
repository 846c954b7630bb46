import { CertificateStatusBadge } from "@/components/certificates/certificate-status-badge";
import { publicCertificateFacts } from "@/lib/domain/certificate";
import type { CertificateVerification } from "@/lib/server/certificates/verify-certificate";

/** 证书查询's answer: what the public may see of one certificate, its status computed for today. */
export function VerificationCard({
  certificate,
  children,
}: {
  certificate: CertificateVerification;
  children?: React.ReactNode;
}) {
  const rows = Object.entries(publicCertificateFacts(certificate));
  return (
    <section aria-label="查询结果" className="space-y-3 rounded-md border border-slate-200 p-3 sm:p-4">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 className="text-base font-semibold">安全生产考核合格证书</h2>
        <CertificateStatusBadge status={certificate.status} />
      </div>
      {children}
      <dl className="divide-y divide-slate-100 text-sm">
        {rows.map(([label, value]) => (
          <div key={label} className="grid grid-cols-[5.5rem_1fr] gap-3 py-2 sm:grid-cols-[7rem_1fr]">
            <dt className="text-slate-500">{label}</dt>
            <dd className="min-w-0 font-medium break-words">
              {label === "证书编号" || label === "身份证号" ? <span className="font-mono">{value}</span> : value}
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
