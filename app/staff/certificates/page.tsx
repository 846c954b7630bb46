import { CertificateList } from "@/components/certificates/certificate-list";
import { Card, CardBody } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { Pagination } from "@/components/ui/pagination";
import { SearchBox } from "@/components/ui/search-box";
import { requirePageActor } from "@/lib/server/auth/current-actor";
import { searchCertificatesForStaff } from "@/lib/server/certificates/queries";

export const metadata = { title: "证书登记簿" };

export default async function CertificateRegisterPage({ searchParams }: PageProps<"/staff/certificates">) {
  const actor = await requirePageActor("certificate.register.read");
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
              <CertificateList rows={result.rows} href={(row) => `/staff/certificates/${row.id}`} />
            </>
          )}
          <Pagination page={result.page} pageCount={result.pageCount} total={result.total} params={{ q }} />
        </CardBody>
      </Card>
    </>
  );
}
