import Link from "next/link";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { regionName } from "@/lib/domain/regions";
import { DEPARTMENT_TYPE_LABEL } from "@/lib/domain/staff";
import { requirePageActor } from "@/lib/server/auth/current-actor";
import { listDepartments } from "@/lib/server/departments/list-departments";
import { DepartmentForm } from "./department-form";

export const metadata = { title: "部门管理" };

export default async function DepartmentsPage() {
  const actor = await requirePageActor("departments.manage");
  const departments = await listDepartments({ actor });
  return (
    <>
      <h1 className="text-lg font-semibold">部门管理</h1>
      <Card>
        <CardHeader title="审核部门与考核部门" />
        <CardBody>
          {departments.length === 0 ? (
            <EmptyState title="还没有部门" />
          ) : (
            <ul className="divide-y divide-slate-100 text-sm">
              {departments.map((d) => (
                <li key={d.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
                  <div className="min-w-0">
                    <p className="font-medium">{d.name}</p>
                    <p className="text-xs text-slate-500">
                      {regionName(d.provinceCode, d.cityCode)} · 行政区划代码 {d.cityCode ?? d.provinceCode}
                    </p>
                  </div>
                  <span className="flex items-center gap-3 text-xs text-slate-600">
                    {DEPARTMENT_TYPE_LABEL[d.type]} · {d._count.accounts} 个账号
                    <Link href={`/staff/admin/departments/${d.id}`} className="text-sm text-brand-700 hover:underline">
                      修改
                    </Link>
                  </span>
                </li>
              ))}
            </ul>
          )}
        </CardBody>
      </Card>
      <Card>
        <CardHeader title="新增部门" />
        <CardBody>
          <DepartmentForm />
        </CardBody>
      </Card>
    </>
  );
}
