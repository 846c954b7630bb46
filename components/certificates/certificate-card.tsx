import { FileDown } from "lucide-react";
import { CATEGORY_LABEL, SPECIALTY_LABEL } from "@/lib/domain/certificate";
import type { CertificateRow } from "@/lib/server/certificates/queries";
import { CertificateStatusBadge } from "./certificate-status-badge";

/** Where a row's 电子证书 downloads from; null (or a certificate not in force) shows no link. */
export type PdfHref = (row: CertificateRow) => string | null;

/** 【电子证书】: offered only while the certificate is 有效 or 即将到期 (the server refuses the others). */
export function ECertificateLink({
  row,
  pdfHref,
  className,
}: {
  row: CertificateRow;
  pdfHref?: PdfHref;
  className?: string;
}) {
  const href = pdfHref && (row.status === "有效" || row.status === "即将到期") ? pdfHref(row) : null;
  if (!href) return null;
  // A plain link, not <Link>: the route answers with a file, not a page.
  return (
    <a
      href={href}
      className={className ?? "inline-flex items-center gap-1 py-1 text-xs font-medium text-brand-700 hover:underline"}
    >
      <FileDown className="size-4" aria-hidden />
      电子证书<span className="sr-only">（{row.number}）</span>
    </a>
  );
}

/** A certificate as a card, for phone screens where a wide table does not fit. */
export function CertificateCard({ row, pdfHref }: { row: CertificateRow; pdfHref?: PdfHref }) {
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
      <ECertificateLink row={row} pdfHref={pdfHref} />
    </article>
  );
}
