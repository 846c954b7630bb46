import { CertificateList } from "@/components/certificates/certificate-list";
import Link from "next/link";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import * as Filter from "@/components/ui/filter-form";
import { EmptyState } from "@/components/ui/empty-state";
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
const CATEGORY_OPTIONS = CERTIFICATE_CATEGORIES.map((c) => ({ value: c, label: CATEGORY_LABEL[c] }));
const STATUS_OPTIONS = CERTIFICATE_STATUSES.map((s) => ({ value: s, label: s }));
const SELECTS = [
  { name: "category", label: "类别", all: "全部类别", options: CATEGORY_OPTIONS },
  { name: "status", label: "状态", all: "全部（不含已注销）", options: STATUS_OPTIONS },
] as const;

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
        <CardHeader title="本单位证书" actions={<Filter.ExportLink href={exportHref} />}>
          <p className="text-xs text-slate-500">
            {filtered ? "符合条件的" : "本单位"}证书{result.more ? "超过" : "共"} {result.total} 本
            {result.total > 0 && "，导出Excel包含全部符合条件的证书"}
          </p>
        </CardHeader>
        <CardBody className="space-y-4">
          <Filter.Form label="证书筛选" action={PATH} className="sm:grid-cols-2 lg:grid-cols-[1fr_1fr_2fr_auto]">
            {SELECTS.map((select) => (
              <Filter.Select key={select.name} {...select} value={filter[select.name]} />
            ))}
            <Filter.Text
              name="q"
              label="姓名/证书编号"
              value={filter.q}
              maxLength={50}
              placeholder="输入姓名或证书编号"
              className="sm:col-span-2 lg:col-span-1"
            />
            <Filter.Buttons
              reset={PATH}
              className="sm:col-span-2 lg:col-span-1"
              buttonClassName="flex-1 lg:flex-none"
            />
          </Filter.Form>

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
          <Pagination result={result} params={certificateFilterParams(filter)} />
        </CardBody>
      </Card>
    </>
  );
}
