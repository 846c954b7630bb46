import Link from "next/link";
import { notFound } from "next/navigation";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { EnterpriseDetails } from "@/components/enterprise/enterprise-details";
import { requirePageActor } from "@/lib/server/auth/current-actor";
import { getEnterpriseForStaff } from "@/lib/server/enterprises/queries";
import { NotFoundError } from "@/lib/server/errors";
import { ResetPasswordButton } from "./reset-password-button";

export const metadata = { title: "企业账号详情" };

export default async function EnterpriseAccountPage({ params }: PageProps<"/staff/enterprises/[id]">) {
  const actor = await requirePageActor("enterprise.manage");
  const { id } = await params;
  const enterprise = await getEnterpriseForStaff({ actor, enterpriseId: id }).catch((e) => {
    if (e instanceof NotFoundError) notFound();
    throw e;
  });
  return (
    <>
      <Link href="/staff/enterprises" className="text-sm text-brand-700 hover:underline">
        ← 返回企业账号
      </Link>
      <Card>
        <CardHeader
          title={enterprise.name}
          actions={<ResetPasswordButton enterpriseId={enterprise.id} enterpriseName={enterprise.name} />}
        >
          <p className="text-xs text-slate-500">
            {enterprise.approvedAt ? "注册已审核通过" : "注册未审核通过"}
            {enterprise.account.mustChangePassword && " · 临时密码待修改"}
          </p>
        </CardHeader>
        <CardBody>
          <EnterpriseDetails enterprise={enterprise} />
        </CardBody>
      </Card>
    </>
  );
}
