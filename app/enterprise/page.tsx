import { redirect } from "next/navigation";
import { Alert } from "@/components/ui/alert";
import { ButtonLink } from "@/components/ui/button-link";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { StatusBadge } from "@/components/ui/status-badge";
import { TimelineCard } from "@/components/application/timeline";
import { EnterpriseDetails } from "@/components/enterprise/enterprise-details";
import { requirePageActor } from "@/lib/server/auth/current-actor";
import { getOwnRegistration } from "@/lib/server/registration/queries";
import { formatDateTime } from "@/lib/format";
import { lastRejection } from "@/lib/domain/workflow";

export const metadata = { title: "审核状态" };

/** An approved enterprise goes to its workspace; otherwise this shows the registration's review status. */
export default async function EnterpriseHome() {
  const actor = await requirePageActor("registration.own");
  if (actor.enterpriseApproved) redirect("/enterprise/info");
  const registration = await getOwnRegistration({ actor });
  const rejection = lastRejection(registration.events);

  return (
    <div className="mx-auto max-w-4xl space-y-4">
      <Card>
        <CardHeader title="注册审核状态" actions={<StatusBadge status={registration.status} />}>
          <p className="text-xs text-slate-500">提交时间：{formatDateTime(registration.submittedAt)}</p>
        </CardHeader>
        <CardBody className="space-y-3">
          {registration.status === "PENDING_REVIEW" && (
            <Alert tone="info" title="待审核">
              注册信息已提交，等待审核部门审核。审核结果将发送至您的注册邮箱。
            </Alert>
          )}
          {registration.status === "REJECTED" && (
            <>
              <Alert tone="error" title="审核不通过">
                驳回原因：{rejection?.opinion ?? "—"}
              </Alert>
              <ButtonLink href="/enterprise/registration/edit">前往修改</ButtonLink>
            </>
          )}
        </CardBody>
      </Card>
      <Card>
        <CardHeader title="提交的注册信息" />
        <CardBody>
          <EnterpriseDetails enterprise={registration.enterprise} />
        </CardBody>
      </Card>
      <TimelineCard events={registration.events} />
    </div>
  );
}
