import Link from "next/link";
import { SearchListCard } from "@/components/ui/search-list-card";
import { requirePageActor } from "@/lib/server/auth/current-actor";
import { listEnterprises } from "@/lib/server/enterprises/queries";
import { searchText } from "@/lib/domain/search-params";

export const metadata = { title: "企业账号" };

export default async function EnterpriseAccountsPage({ searchParams }: PageProps<"/staff/enterprises">) {
  const actor = await requirePageActor("enterprise.manage");
  const sp = await searchParams;
  const q = searchText(sp, "q");
  const result = await listEnterprises({ actor, q, page: Number(sp.page) || 1 });
  return (
    <>
      <h1 className="text-lg font-semibold">企业账号</h1>
      <SearchListCard q={q} placeholder="单位名称或统一社会信用代码" empty="没有找到企业账号" result={result}>
        <ul className="divide-y divide-slate-100">
          {result.rows.map((e) => (
            <li key={e.id} className="flex flex-wrap items-center justify-between gap-2 py-2 text-sm">
              <div className="min-w-0">
                <p className="font-medium">{e.name}</p>
                <p className="font-mono text-xs text-slate-500">{e.creditCode}</p>
              </div>
              <div className="flex items-center gap-3">
                <span className="text-xs text-slate-500">{e.approvedAt ? "已审核通过" : "未审核通过"}</span>
                <Link href={`/staff/enterprises/${e.id}`} className="text-brand-700 hover:underline">
                  查看
                </Link>
              </div>
            </li>
          ))}
        </ul>
      </SearchListCard>
    </>
  );
}
