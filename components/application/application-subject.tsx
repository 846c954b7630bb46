import { CATEGORY_LABEL, SPECIALTY_LABEL } from "@/lib/domain/certificate";
import { KIND_LABEL, type ApplicationKind } from "@/lib/domain/workflow";
import { renewedExpiry } from "@/lib/domain/certificate-dates";
import { nameChangePayload, qualificationChangePayload, renewalPayload, transferPayload, unitInfoChangePayload } from "@/lib/schemas/payloads";

/** One line saying what an application asks for, for queue rows. */
export function applicationSummary(app: {
  kind: ApplicationKind;
  payload: unknown;
  enterprise?: { creditCode: string; contactName: string; contactPhone: string };
  person?: { name: string } | null;
  certificate?: { number: string } | null;
}): string {
  switch (app.kind) {
    case "ENTERPRISE_REGISTRATION":
      return app.enterprise ? `${app.enterprise.creditCode} · 联系人 ${app.enterprise.contactName} ${app.enterprise.contactPhone}` : KIND_LABEL[app.kind];
    case "NAME_CHANGE": {
      const p = nameChangePayload.parse(app.payload);
      return `${p.before.name} → ${p.after.name}`;
    }
    case "QUALIFICATION_CHANGE": {
      const p = qualificationChangePayload.parse(app.payload);
      return `${p.after.qualificationType} ${p.after.qualificationLevel}，有效期至 ${p.after.qualificationExpiry}`;
    }
    case "UNIT_INFO_CHANGE": {
      const p = unitInfoChangePayload.parse(app.payload);
      return `${app.person?.name ?? ""} ${app.certificate?.number ?? ""}：${p.oldUnitName} → ${p.newUnitName}`;
    }
    case "TRANSFER_OUT":
    case "TRANSFER_IN": {
      const p = transferPayload.parse(app.payload);
      const where = app.kind === "TRANSFER_OUT" ? `调出 ${p.fromUnitName ?? ""}` : `调入 ${p.toUnitName ?? ""}`;
      return `${app.person?.name ?? ""} ${app.certificate?.number ?? ""}：${where}`;
    }
    case "RENEWAL": {
      const p = renewalPayload.parse(app.payload);
      return `${app.person?.name ?? ""} ${app.certificate?.number ?? ""}：有效期至 ${p.expiresOn} → ${renewedExpiry(p.expiresOn)}`;
    }
    default:
      return KIND_LABEL[app.kind];
  }
}

/** The holder and certificate block of a certificate-bound application. */
export function CertificateSubject({
  person,
  certificate,
  idNumber,
}: {
  person: { name: string };
  certificate: { number: string; category: keyof typeof CATEGORY_LABEL; specialty: keyof typeof SPECIALTY_LABEL; unitName: string | null; expiresOn: string };
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
