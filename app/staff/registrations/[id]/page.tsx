import Link from "next/link";
import { notFound } from "next/navigation";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { StatusBadge } from "@/components/ui/status-badge";
import { DecisionPanel } from "@/components/application/decision-panel";
import { Timeline } from "@/components/application/timeline";
import { EnterpriseDetails } from "@/components/enterprise/enterprise-details";
import { requirePageActor } from "@/lib/server/auth/current-actor";
import { NotFoundError } from "@/lib/server/errors";
import { getApplicationForStaff } from "@/lib/server/review/queries";
import { formatDateTime } from "@/lib/format";
import { decideAction } from "../../review/actions";

export const metadata = { title: "注册审核详情" };

export default async function RegistrationDetailPage({ params }: PageProps<"/staff/registrations/[id]">) {
  const actor = await requirePageActor(["REVIEWER"], "/login/staff");
  const { id } = await params;
  const app = await getApplicationForStaff({ actor, applicationId: id, kind: "ENTERPRISE_REGISTRATION" }).catch((e) => {
    if (e instanceof NotFoundError) notFound();
    throw e;
  });
  return (
    <>
      <Link href="/staff/registrations" className="text-sm text-brand-700 hover:underline">
        ← 返回企业注册审核
      </Link>
      <Card>
        <CardHeader title={app.enterprise.name} actions={<StatusBadge status={app.status} />}>
          <p className="text-xs text-slate-500">企业注册 · 提交时间 {formatDateTime(app.submittedAt)}</p>
        </CardHeader>
        <CardBody className="space-y-4">
          <EnterpriseDetails enterprise={app.enterprise} />
          {app.status === "PENDING_REVIEW" && <DecisionPanel action={decideAction} applicationId={app.id} version={app.version} hidden={{ kind: app.kind }} />}
        </CardBody>
      </Card>
      <Card>
        <CardHeader title="办理记录" />
        <CardBody>
          <Timeline events={app.events} />
        </CardBody>
      </Card>
    </>
  );
}
