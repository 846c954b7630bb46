import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { EnterpriseDetails } from "@/components/enterprise/enterprise-details";
import { requirePageActor } from "@/lib/server/auth/current-actor";
import { getOwnEnterprise } from "@/lib/server/enterprises/queries";

export const metadata = { title: "企业信息" };

export default async function EnterpriseInfoPage() {
  const actor = await requirePageActor(["ENTERPRISE"], "/login/enterprise");
  const enterprise = await getOwnEnterprise({ actor });
  return (
    <>
      <h1 className="text-lg font-semibold">企业信息</h1>
      <Card>
        <CardHeader title="基础信息" />
        <CardBody>
          <EnterpriseDetails enterprise={enterprise} />
        </CardBody>
      </Card>
    </>
  );
}
