import { BackLink } from "@/components/ui/back-link";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { EnterpriseDetails } from "@/components/enterprise/enterprise-details";
import { requirePageActor } from "@/lib/server/auth/current-actor";
import { getEnterpriseForStaff } from "@/lib/server/enterprises/queries";
import { orNotFound } from "@/lib/server/page-data";
import { ResetPasswordButton } from "./reset-password-button";

export const metadata = { title: "企业账号详情" };

export default async function EnterpriseAccountPage({ params }: PageProps<"/staff/enterprises/[id]">) {
  const actor = await requirePageActor("enterprise.manage");
  const { id } = await params;
  const enterprise = await orNotFound(getEnterpriseForStaff({ actor, enterpriseId: id }));
  return (
    <>
      <BackLink href="/staff/enterprises">返回企业账号</BackLink>
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
