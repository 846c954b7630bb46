import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { requirePageActor } from "@/lib/server/auth/current-actor";

export const metadata = { title: "待考核" };

export default async function AssessmentQueuePage() {
  await requirePageActor(["ASSESSOR"], "/login/staff");
  return (
    <>
      <h1 className="text-lg font-semibold">待考核</h1>
      <Card>
        <CardHeader title="待考核" />
        <CardBody>
          <EmptyState title="暂无待考核的申请">审核部门审核通过的单位信息变更、人员调动申请将出现在这里。</EmptyState>
        </CardBody>
      </Card>
    </>
  );
}
