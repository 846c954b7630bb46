import { CATEGORY_LABEL, SPECIALTY_LABEL } from "@/lib/domain/certificate";

/** What a certificate-bound application shows of the certificate (expiresOn as YYYY-MM-DD). */
export interface SubjectCertificate {
  number: string;
  category: keyof typeof CATEGORY_LABEL;
  specialty: keyof typeof SPECIALTY_LABEL;
  unitName: string | null;
  expiresOn: string;
}

/** The holder and certificate block of a certificate-bound application. */
export function CertificateSubject({
  person,
  certificate,
  idNumber,
}: {
  person: { name: string };
  certificate: SubjectCertificate;
  idNumber: string;
}) {
  const rows: [string, string][] = [
    ["持证人", person.name],
    ["身份证号", idNumber],
    ["证书编号", certificate.number],
    ["类别", CATEGORY_LABEL[certificate.category]],
    ["专业", SPECIALTY_LABEL[certificate.specialty]],
    ["证书所载单位名称", certificate.unitName ?? "—"],
    ["有效期至", certificate.expiresOn],
  ];
  return (
    <dl className="grid gap-x-6 gap-y-3 text-sm sm:grid-cols-2">
      {rows.map(([k, v]) => (
        <div key={k}>
          <dt className="text-xs text-slate-500">{k}</dt>
          <dd className="break-words">{v}</dd>
        </div>
      ))}
    </dl>
  );
}
