import { BackLink } from "@/components/ui/back-link";
import { notFound } from "next/navigation";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { regionNames } from "@/lib/domain/regions";
import { DEPARTMENT_TYPE_LABEL } from "@/lib/domain/staff";
import { requirePageActor } from "@/lib/server/auth/current-actor";
import { listDepartments } from "@/lib/server/departments/list-departments";
import { DepartmentForm } from "../department-form";

export const metadata = { title: "修改部门" };

export default async function DepartmentPage({ params }: PageProps<"/staff/admin/departments/[id]">) {
  const actor = await requirePageActor("departments.manage");
  const { id } = await params;
  const department = (await listDepartments({ actor })).find((d) => d.id === id);
  if (!department) notFound();
  return (
    <>
      <BackLink href="/staff/admin/departments">返回部门管理</BackLink>
      <Card>
        <CardHeader title={`修改部门：${department.name}`}>
          <p className="text-xs text-slate-500">
            {department._count.accounts > 0 && `已有 ${department._count.accounts} 个账号，部门类型不能改变`}
          </p>
        </CardHeader>
        <CardBody>
          <DepartmentForm
            department={{
              id: department.id,
              name: department.name,
              type: DEPARTMENT_TYPE_LABEL[department.type],
              ...regionNames(department.provinceCode, department.cityCode),
              email: department.email ?? "",
            }}
          />
        </CardBody>
      </Card>
    </>
  );
}
