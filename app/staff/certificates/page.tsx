import Link from "next/link";
import { CertificateStatusBadge } from "@/components/certificates/certificate-status-badge";
import { Card, CardBody } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { Pagination } from "@/components/ui/pagination";
import { SearchBox } from "@/components/ui/search-box";
import { CATEGORY_LABEL, SPECIALTY_LABEL } from "@/lib/domain/certificate";
import { requirePageActor } from "@/lib/server/auth/current-actor";
import { searchCertificatesForStaff } from "@/lib/server/certificates/queries";

export const metadata = { title: "证书登记簿" };

export default async function CertificateRegisterPage({ searchParams }: PageProps<"/staff/certificates">) {
  const actor = await requirePageActor(["REVIEWER", "ASSESSOR"], "/login/staff");
  const sp = await searchParams;
  const q = typeof sp.q === "string" && sp.q.trim() ? sp.q.trim().slice(0, 50) : undefined;
  const page = Number(sp.page) || 1;
  const result = await searchCertificatesForStaff({ actor, q, page });

  return (
    <>
      <h1 className="text-lg font-semibold">证书登记簿</h1>
      <Card>
        <CardBody className="space-y-3">
          <SearchBox q={q} placeholder="证书编号、姓名或身份证号" />
          <p className="text-xs text-slate-500">证书编号、姓名可输入部分内容；身份证号请输入完整的18位号码。</p>
          {result.rows.length === 0 ? (
            <EmptyState title={q ? "没有符合条件的证书" : "暂无证书记录"} />
          ) : (
            <>
              <p className="text-xs text-slate-500 md:hidden">表格较宽，可左右滑动查看。</p>
              <div className="-mx-4 overflow-x-auto px-4 sm:mx-0 sm:px-0" role="region" aria-label="证书列表" tabIndex={0}>
                <table className="w-full min-w-[1040px] text-left text-sm">
                  <thead className="border-b border-slate-200 text-xs text-slate-500">
                    <tr>
                      <th scope="col" className="py-2 pr-3 font-medium">证书编号</th>
                      <th scope="col" className="py-2 pr-3 font-medium">姓名</th>
                      <th scope="col" className="py-2 pr-3 font-medium">身份证号</th>
                      <th scope="col" className="py-2 pr-3 font-medium">类别</th>
                      <th scope="col" className="py-2 pr-3 font-medium">专业</th>
                      <th scope="col" className="py-2 pr-3 font-medium">单位名称</th>
                      <th scope="col" className="py-2 pr-3 font-medium">发证日期</th>
                      <th scope="col" className="py-2 pr-3 font-medium">有效期至</th>
                      <th scope="col" className="py-2 pr-3 font-medium">状态</th>
                      <th scope="col" className="py-2 font-medium">操作</th>
                    </tr>
                  </thead>
                  <tbody className="divide-y divide-slate-100">
                    {result.rows.map((row) => (
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
                        <td className="py-2 whitespace-nowrap">
                          <Link href={`/staff/certificates/${row.id}`} className="text-brand-700 hover:underline">
                            查看<span className="sr-only">证书 {row.number}</span>
                          </Link>
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </>
          )}
          <Pagination page={result.page} pageCount={result.pageCount} total={result.total} params={{ q }} />
        </CardBody>
      </Card>
    </>
  );
}
