import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";

export const metadata = { title: "延续申请" };

export default function RenewalApplicationsPage() {
  return (
    <>
      <h1 className="text-lg font-semibold">延续申请</h1>
      <Card>
        <CardHeader title="延续申请" />
        <CardBody>
          <EmptyState title="暂无可申请延续的证书">证书延续业务即将开放：证书有效期届满前3个月至届满后2个月内可申请延续。</EmptyState>
        </CardBody>
      </Card>
    </>
  );
}
