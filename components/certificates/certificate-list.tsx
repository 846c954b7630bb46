import Link from "next/link";
import { cn } from "@/components/ui/cn";
import { CATEGORY_LABEL, SPECIALTY_LABEL } from "@/lib/domain/certificate";
import type { CertificateRow } from "@/lib/server/certificates/queries";
import { CertificateCard, ECertificateLink, type PdfHref } from "./certificate-card";
import { CertificateStatusBadge } from "./certificate-status-badge";

const CELL = "py-2 pr-2 align-top";
// The certificate number stays in view while the table scrolls sideways (narrower than 1280 px).
const STICKY = "sticky left-0 z-10 bg-white shadow-[1px_0_0_var(--color-slate-200)] xl:shadow-none";

/**
 * Certificates as cards on a phone and as a table from `sm` up; `href` adds a 查看 link per row,
 * `pdfHref` an 电子证书 download for the certificates in force.
 */
export function CertificateList({
  rows,
  href,
  pdfHref,
}: {
  rows: CertificateRow[];
  href?: (row: CertificateRow) => string;
  pdfHref?: PdfHref;
}) {
  const actions = Boolean(href || pdfHref);
  return (
    <>
      <ul className="space-y-2 sm:hidden" aria-label="证书列表">
        {rows.map((row) => (
          <li key={row.id}>
            {href ? (
              // No link inside the card's link: the download goes below it.
              <>
                <Link href={href(row)} className="block">
                  <CertificateCard row={row} />
                </Link>
                <ECertificateLink row={row} pdfHref={pdfHref} />
              </>
            ) : (
              <CertificateCard row={row} pdfHref={pdfHref} />
            )}
          </li>
        ))}
      </ul>
      {/* Fits from 1280 px up (the wide columns wrap); narrower, it scrolls with the number kept in view. */}
      <div className="hidden overflow-x-auto sm:block" role="region" aria-label="证书列表" tabIndex={0}>
        <table className="w-full text-left text-sm">
          <thead className="border-b border-slate-200 text-xs text-slate-500">
            <tr>
              <th scope="col" className={cn(CELL, STICKY, "font-medium")}>
                证书编号
              </th>
              {["姓名", "身份证号", "类别", "专业", "单位名称", "发证日期", "有效期至", "状态"].map((h) => (
                <th key={h} scope="col" className={cn(CELL, "font-medium whitespace-nowrap")}>
                  {h}
                </th>
              ))}
              {actions && (
                <th scope="col" className="py-2 font-medium whitespace-nowrap">
                  操作
                </th>
              )}
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {rows.map((row) => {
              const [categoryCode, categoryName] = CATEGORY_LABEL[row.category].split(" ");
              return (
                <tr key={row.id}>
                  <td className={cn(CELL, STICKY, "font-mono text-xs whitespace-nowrap")}>{row.number}</td>
                  <td className={cn(CELL, "whitespace-nowrap")}>{row.holderName}</td>
                  <td className={cn(CELL, "font-mono text-xs whitespace-nowrap")}>{row.idNumber}</td>
                  <td className={cn(CELL, "min-w-20")}>
                    <span className="whitespace-nowrap">{categoryCode}</span>{" "}
                    <span className="text-xs text-slate-600">{categoryName}</span>
                  </td>
                  <td className={cn(CELL, "whitespace-nowrap")}>{SPECIALTY_LABEL[row.specialty]}</td>
                  <td className={cn(CELL, "min-w-28")}>{row.unitName ?? "—"}</td>
                  <td className={cn(CELL, "whitespace-nowrap")}>{row.issuedOn}</td>
                  <td className={cn(CELL, "whitespace-nowrap")}>{row.expiresOn}</td>
                  <td className={CELL}>
                    <CertificateStatusBadge status={row.status} />
                  </td>
                  {actions && (
                    <td className="space-x-3 py-2 align-top whitespace-nowrap">
                      {href && (
                        <Link href={href(row)} className="text-brand-700 hover:underline">
                          查看<span className="sr-only">证书 {row.number}</span>
                        </Link>
                      )}
                      <ECertificateLink
                        row={row}
                        pdfHref={pdfHref}
                        className="inline-flex items-center gap-1 text-brand-700 hover:underline"
                      />
                    </td>
                  )}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </>
  );
}
