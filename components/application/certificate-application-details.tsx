import type { ReactNode } from "react";
import { FileText } from "lucide-react";
import { CertificateSubject, type SubjectCertificate } from "@/components/application/application-subject";
import type { AttachedFile, Fact } from "@/lib/domain/application-kinds";

/** A certificate-bound application: holder and certificate, the kind's facts and files (from the registry). */
export function CertificateApplicationDetails({
  person,
  certificate,
  facts,
  files,
  children,
}: {
  person: { name: string; idNumber: string };
  certificate: SubjectCertificate;
  facts: Fact[];
  files: AttachedFile[];
  /** more links after the files */
  children?: ReactNode;
}) {
  return (
    <div className="space-y-4">
      <CertificateSubject person={person} certificate={certificate} idNumber={person.idNumber} />
      <dl className="grid gap-x-6 gap-y-3 rounded-md bg-slate-50 p-3 text-sm sm:grid-cols-2">
        {facts.map((f) => (
          <div key={f.label} className={f.wide ? "sm:col-span-2" : undefined}>
            <dt className="text-xs text-slate-500">{f.label}</dt>
            <dd className={f.strong ? "font-medium" : undefined}>{f.value}</dd>
          </div>
        ))}
      </dl>
      <FileLinks files={files} className="space-y-1 text-sm">
        {children}
      </FileLinks>
    </div>
  );
}

/** The application's uploaded files, each opening in a new tab (then any further links). */
export function FileLinks({
  files,
  className,
  children,
}: {
  files: readonly AttachedFile[];
  className: string;
  children?: ReactNode;
}) {
  return (
    <ul className={className}>
      {files.map((f) => (
        <li key={f.id}>
          <a
            href={`/files/${f.id}`}
            target="_blank"
            rel="noreferrer"
            className="inline-flex items-center gap-1 text-brand-700 hover:underline"
          >
            <FileText className="size-4" aria-hidden />
            {f.label}
          </a>
        </li>
      ))}
      {children}
    </ul>
  );
}
