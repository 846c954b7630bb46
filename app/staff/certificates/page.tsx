import { CertificateList } from "@/components/certificates/certificate-list";
import { SearchListCard } from "@/components/ui/search-list-card";
import { requirePageActor } from "@/lib/server/auth/current-actor";
import { searchCertificatesForStaff } from "@/lib/server/certificates/queries";
import { searchText } from "@/lib/domain/search-params";

export const metadata = { title: "证书登记簿" };

export default async function CertificateRegisterPage({ searchParams }: PageProps<"/staff/certificates">) {
  const actor = await requirePageActor("certificate.register.read");
  const sp = await searchParams;
  const q = searchText(sp, "q");
  const page = Number(sp.page) || 1;
  const result = await searchCertificatesForStaff({ actor, q, page });

  return (
    <>
      <h1 className="text-lg font-semibold">证书登记簿</h1>
      <SearchListCard
        q={q}
        placeholder="证书编号、姓名或身份证号"
        hint={<p className="text-xs text-slate-500">证书编号、姓名可输入部分内容；身份证号请输入完整的18位号码。</p>}
        empty={q ? "没有符合条件的证书" : "暂无证书记录"}
        result={result}
      >
        <CertificateList rows={result.rows} href={(row) => `/staff/certificates/${row.id}`} />
      </SearchListCard>
    </>
  );
}
