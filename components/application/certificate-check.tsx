import { CertificateSubject, type SubjectCertificate } from "./application-subject";
import { maskIdNumber } from "@/lib/domain/id-number";
import { toDateOnly } from "@/lib/domain/calendar-date";

/** 核对信息: the holder and certificate as the enterprise sees them (ID masked), old → new unit name. */
export function CertificateCheck({
  person,
  certificate,
  newUnitName,
}: {
  person: { name: string; idNumber: string };
  certificate: Omit<SubjectCertificate, "expiresOn"> & { expiresOn: Date };
  newUnitName: string;
}) {
  return (
    <div className="space-y-3">
      <CertificateSubject
        person={person}
        certificate={{ ...certificate, expiresOn: toDateOnly(certificate.expiresOn) }}
        idNumber={maskIdNumber(person.idNumber)}
      />
      <p className="rounded-md bg-slate-50 p-3 text-sm">
        证书单位名称将由「{certificate.unitName}」变更为「<span className="font-medium">{newUnitName}</span>」
      </p>
    </div>
  );
}
