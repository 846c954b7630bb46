import { FileText } from "lucide-react";
import { ENTERPRISE_FIELD_LABEL, type EnterpriseFields } from "@/lib/schemas/enterprise.schema";
import { formatDateOnly, formatFileSize } from "@/lib/format";

type FileInfo = { id: string; originalName: string; size: number };

export type EnterpriseRecord = Record<Exclude<keyof EnterpriseFields, "qualificationExpiry">, string> & {
  qualificationExpiry: Date;
  licenseFile: FileInfo;
  qualificationFile: FileInfo;
};

const ORDER: (keyof EnterpriseFields)[] = [
  "name",
  "creditCode",
  "legalRepresentative",
  "registeredAddress",
  "contactAddress",
  "contactName",
  "contactPhone",
  "email",
  "qualificationType",
  "qualificationLevel",
  "qualificationCertNo",
  "qualificationExpiry",
];

/** Every field of an enterprise and its attachments (opened through /files/[id], which authorises). */
export function EnterpriseDetails({ enterprise }: { enterprise: EnterpriseRecord }) {
  return (
    <div className="space-y-4">
      <dl className="grid gap-x-6 gap-y-3 text-sm sm:grid-cols-2">
        {ORDER.map((key) => (
          <div key={key} className="min-w-0">
            <dt className="text-xs text-slate-500">{ENTERPRISE_FIELD_LABEL[key]}</dt>
            <dd className="break-words">
              {key === "qualificationExpiry" ? formatDateOnly(enterprise.qualificationExpiry) : String(enterprise[key])}
            </dd>
          </div>
        ))}
      </dl>
      <div>
        <p className="mb-1 text-xs text-slate-500">附件</p>
        <ul className="space-y-1 text-sm">
          {[
            ["营业执照", enterprise.licenseFile],
            ["资质证书", enterprise.qualificationFile],
          ].map(([label, file]) => {
            const f = file as FileInfo;
            return (
              <li key={label as string}>
                <a
                  href={`/files/${f.id}`}
                  target="_blank"
                  rel="noreferrer"
                  className="inline-flex items-center gap-1 text-brand-700 hover:underline"
                >
                  <FileText className="size-4" aria-hidden />
                  {label as string}：{f.originalName}
                </a>
                <span className="ml-1 text-xs text-slate-500">（{formatFileSize(f.size)}）</span>
              </li>
            );
          })}
        </ul>
      </div>
    </div>
  );
}
