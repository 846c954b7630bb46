import { CertificateList } from "@/components/certificates/certificate-list";
import Link from "next/link";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { ExcelExportLink, FilterButtons } from "@/components/ui/filter-actions";
import { Pagination } from "@/components/ui/pagination";
import { CATEGORY_LABEL, CERTIFICATE_CATEGORIES } from "@/lib/domain/certificate";
import { CERTIFICATE_STATUSES } from "@/lib/domain/certificate-dates";
import { requirePageActor } from "@/lib/server/auth/current-actor";
import {
  certificateFilterFromParams,
  certificateFilterParams,
  certificateFilterQuery,
} from "@/lib/server/certificates/export-certificates";
import { listEnterpriseCertificates } from "@/lib/server/certificates/queries";

export const metadata = { title: "证书查询" };

const PATH = "/enterprise/certificates";
const fieldClass =
  "block w-full min-w-0 rounded-md border border-slate-300 bg-white px-3 py-2 text-sm focus:border-brand-600 focus:ring-1 focus:ring-brand-600 focus:outline-none";

export default async function EnterpriseCertificatesPage({ searchParams }: PageProps<"/enterprise/certificates">) {
  const actor = await requirePageActor("unit.workspace");
  const sp = await searchParams;
  const filter = certificateFilterFromParams(sp);
  const page = Number(sp.page) || 1;
  const result = await listEnterpriseCertificates({ actor, filter, page });
  const filtered = Boolean(filter.category || filter.status || filter.q);
  const query = certificateFilterQuery(filter);
  const exportHref = `${PATH}/export${query ? `?${query}` : ""}`;

  return (
    <>
      <h1 className="text-lg font-semibold">证书查询</h1>
      <Card>
        <CardHeader title="本单位证书" actions={<ExcelExportLink href={exportHref} />}>
          <p className="text-xs text-slate-500">
            {filtered ? "符合条件的" : "本单位"}证书共 {result.total} 本
            {result.total > 0 && "，导出Excel包含全部符合条件的证书"}
          </p>
        </CardHeader>
        <CardBody className="space-y-4">
          <form
            role="search"
            aria-label="证书筛选"
            action={PATH}
            className="grid gap-3 sm:grid-cols-2 lg:grid-cols-[1fr_1fr_2fr_auto]"
          >
            <div>
              <label htmlFor="category" className="mb-1 block text-xs text-slate-600">
                类别
              </label>
              <select id="category" name="category" defaultValue={filter.category ?? ""} className={fieldClass}>
                <option value="">全部类别</option>
                {CERTIFICATE_CATEGORIES.map((c) => (
                  <option key={c} value={c}>
                    {CATEGORY_LABEL[c]}
                  </option>
                ))}
              </select>
            </div>
            <div>
              <label htmlFor="status" className="mb-1 block text-xs text-slate-600">
                状态
              </label>
              <select id="status" name="status" defaultValue={filter.status ?? ""} className={fieldClass}>
                <option value="">全部（不含已注销）</option>
                {CERTIFICATE_STATUSES.map((s) => (
                  <option key={s} value={s}>
                    {s}
                  </option>
                ))}
              </select>
            </div>
            <div className="sm:col-span-2 lg:col-span-1">
              <label htmlFor="q" className="mb-1 block text-xs text-slate-600">
                姓名/证书编号
              </label>
              <input
                id="q"
                name="q"
                defaultValue={filter.q}
                maxLength={50}
                placeholder="输入姓名或证书编号"
                className={fieldClass}
              />
            </div>
            <FilterButtons
              resetHref={PATH}
              className="sm:col-span-2 lg:col-span-1"
              buttonClassName="flex-1 lg:flex-none"
            />
          </form>

          {result.rows.length === 0 && result.total > 0 ? (
            <EmptyState title="本页没有证书">
              <Link href={query ? `${PATH}?${query}` : PATH} className="text-brand-700 hover:underline">
                回到第一页
              </Link>
            </EmptyState>
          ) : result.rows.length === 0 ? (
            <EmptyState title={filtered ? "没有符合条件的证书" : "暂无证书记录"}>
              {filtered ? "请调整筛选条件后重新查询。" : "本单位名下的安管人员证书将显示在这里。"}
            </EmptyState>
          ) : (
            <>
              <CertificateList rows={result.rows} pdfHref={(row) => `${PATH}/${row.id}/pdf`} />
            </>
          )}
          <Pagination
            page={result.page}
            pageCount={result.pageCount}
            total={result.total}
            params={certificateFilterParams(filter)}
          />
        </CardBody>
      </Card>
    </>
  );
}
