import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";

export const metadata = { title: "证书查询" };

export default function EnterpriseCertificatesPage() {
  return (
    <>
      <h1 className="text-lg font-semibold">证书查询</h1>
      <Card>
        <CardHeader title="本单位证书" />
        <CardBody>
          <EmptyState title="暂无证书记录">本单位安管人员证书查询即将开放。</EmptyState>
        </CardBody>
      </Card>
    </>
  );
}
