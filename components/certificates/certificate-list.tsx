import Link from "next/link";
import { CATEGORY_LABEL, SPECIALTY_LABEL } from "@/lib/domain/certificate";
import type { CertificateRow } from "@/lib/server/certificates/queries";
import { CertificateCard, ECertificateLink, type PdfHref } from "./certificate-card";
import { CertificateStatusBadge } from "./certificate-status-badge";

/**
 * Certificates as cards on a phone and as a table from `sm` up; `href` adds a 查看 link per row,
 * `pdfHref` an 电子证书 download for the certificates in force.
 */
export function CertificateList({ rows, href, pdfHref }: { rows: CertificateRow[]; href?: (row: CertificateRow) => string; pdfHref?: PdfHref }) {
  const actions = Boolean(href || pdfHref);
  return (
    <>
      <ul className="space-y-2 sm:hidden" aria-label="证书列表">
        {rows.map((row) => (
          <li key={row.id}>
            {href ? (
              // No link inside the card's link: the download goes below it.
              <>
                <Link href={href(row)} className="block"><CertificateCard row={row} /></Link>
                <ECertificateLink row={row} pdfHref={pdfHref} />
              </>
            ) : (
              <CertificateCard row={row} pdfHref={pdfHref} />
            )}
          </li>
        ))}
      </ul>
      <div className="hidden overflow-x-auto sm:block" role="region" aria-label="证书列表" tabIndex={0}>
        <table className="w-full min-w-[960px] text-left text-sm">
          <thead className="border-b border-slate-200 text-xs text-slate-500">
            <tr>
              {["证书编号", "姓名", "身份证号", "类别", "专业", "单位名称", "发证日期", "有效期至", "状态"].map((h) => (
                <th key={h} scope="col" className="py-2 pr-3 font-medium">
                  {h}
                </th>
              ))}
              {actions && <th scope="col" className="py-2 font-medium">操作</th>}
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {rows.map((row) => (
              <tr key={row.id}>
                <td className="py-2 pr-3 font-mono text-xs whitespace-nowrap">{row.number}</td>
                <td className="py-2 pr-3 whitespace-nowrap">{row.holderName}</td>
                <td className="py-2 pr-3 font-mono text-xs whitespace-nowrap">{row.idNumber}</td>
                <td className="py-2 pr-3 whitespace-nowrap">{CATEGORY_LABEL[row.category]}</td>
                <td className="py-2 pr-3 whitespace-nowrap">{SPECIALTY_LABEL[row.specialty]}</td>
                <td className="min-w-48 py-2 pr-3">{row.unitName ?? "—"}</td>
                <td className="py-2 pr-3 whitespace-nowrap">{row.issuedOn}</td>
                <td className="py-2 pr-3 whitespace-nowrap">{row.expiresOn}</td>
                <td className="py-2 pr-3">
                  <CertificateStatusBadge status={row.status} />
                </td>
                {actions && (
                  <td className="space-x-3 py-2 whitespace-nowrap">
                    {href && (
                      <Link href={href(row)} className="text-brand-700 hover:underline">
                        查看<span className="sr-only">证书 {row.number}</span>
                      </Link>
                    )}
                    <ECertificateLink row={row} pdfHref={pdfHref} className="inline-flex items-center gap-1 text-brand-700 hover:underline" />
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
