import Link from "next/link";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { Pagination } from "@/components/ui/pagination";
import { SearchBox } from "@/components/ui/search-box";
import { requirePageActor } from "@/lib/server/auth/current-actor";
import { ROLE_LABEL } from "@/lib/server/auth/actor";
import { listDepartments } from "@/lib/server/departments/list-departments";
import { listStaffAccounts } from "@/lib/server/staff-accounts/queries";
import { AccountState } from "./account-state";
import { NewAccountButton } from "./new-account-button";
import { searchText } from "@/lib/domain/search-params";

export const metadata = { title: "账号管理" };

export default async function StaffAccountsPage({ searchParams }: PageProps<"/staff/admin/accounts">) {
  const actor = await requirePageActor("staff.accounts.manage");
  const sp = await searchParams;
  const q = searchText(sp, "q");
  const [result, departments] = await Promise.all([
    listStaffAccounts({ actor, q, page: Number(sp.page) || 1 }),
    listDepartments({ actor }),
  ]);
  return (
    <>
      <h1 className="text-lg font-semibold">账号管理</h1>
      <Card>
        <CardHeader title="工作人员账号" actions={<NewAccountButton departments={departments} />} />
        <CardBody className="space-y-3">
          <SearchBox q={q} placeholder="用户名或姓名" />
          {result.rows.length === 0 ? (
            <EmptyState title="没有找到账号" />
          ) : (
            <ul className="divide-y divide-slate-100">
              {result.rows.map((a) => (
                <li key={a.id} className="relative flex flex-wrap items-center justify-between gap-2 py-2 text-sm">
                  <div className="min-w-0">
                    <p className="font-medium">
                      {a.displayName} <span className="font-mono text-xs text-slate-500">{a.username}</span>
                    </p>
                    <p className="text-xs text-slate-500">
                      {ROLE_LABEL[a.role]}
                      {a.department && ` · ${a.department.name}`}
                    </p>
                  </div>
                  <div className="flex items-center gap-3">
                    <AccountState disabled={Boolean(a.disabledAt)} mustChangePassword={a.mustChangePassword} />
                    <Link
                      href={`/staff/admin/accounts/${a.id}`}
                      className="text-brand-700 after:absolute after:inset-0 hover:underline"
                    >
                      查看
                    </Link>
                  </div>
                </li>
              ))}
            </ul>
          )}
          <Pagination result={result} params={{ q }} />
        </CardBody>
      </Card>
    </>
  );
}
