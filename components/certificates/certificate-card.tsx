import { CATEGORY_LABEL, SPECIALTY_LABEL } from "@/lib/domain/certificate";
import type { CertificateRow } from "@/lib/server/certificates/queries";
import { CertificateStatusBadge } from "./certificate-status-badge";

/** A certificate as a card, for phone screens where a wide table does not fit. */
export function CertificateCard({ row }: { row: CertificateRow }) {
  return (
    <article className="space-y-1.5 rounded-md border border-slate-200 p-3 text-sm">
      <div className="flex items-start justify-between gap-2">
        <p className="font-medium">{row.holderName}</p>
        <CertificateStatusBadge status={row.status} />
      </div>
      <p className="font-mono text-xs text-slate-600">{row.number}</p>
      <p className="text-xs text-slate-600">
        {CATEGORY_LABEL[row.category]} · {SPECIALTY_LABEL[row.specialty]}
      </p>
      <p className="text-xs text-slate-600">单位名称：{row.unitName ?? "—"}</p>
      <p className="text-xs text-slate-600">
        发证日期 {row.issuedOn} · 有效期至 {row.expiresOn}
      </p>
    </article>
  );
}
