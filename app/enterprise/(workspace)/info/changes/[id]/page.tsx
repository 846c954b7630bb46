import { BackLink } from "@/components/ui/back-link";
import { notFound } from "next/navigation";
import { Alert } from "@/components/ui/alert";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { StatusBadge } from "@/components/ui/status-badge";
import { TimelineCard } from "@/components/application/timeline";
import { ChangeComparison } from "@/components/enterprise/change-summary";
import { KINDS } from "@/lib/domain/application-kinds";
import { requirePageActor } from "@/lib/server/auth/current-actor";
import { getOwnApplication } from "@/lib/server/enterprises/own-applications";
import { NotFoundError } from "@/lib/server/errors";
import { nameChangePayload, qualificationChangePayload } from "@/lib/schemas/payloads";
import { ResubmitChangeForm } from "./resubmit-change-form";
import { lastRejection } from "@/lib/domain/workflow";

export const metadata = { title: "变更申请" };

async function load(actor: Awaited<ReturnType<typeof requirePageActor>>, id: string) {
  for (const kind of ["NAME_CHANGE", "QUALIFICATION_CHANGE"] as const) {
    try {
      return await getOwnApplication({ actor, applicationId: id, kind });
    } catch (e) {
      if (!(e instanceof NotFoundError)) throw e;
    }
  }
  notFound();
}

export default async function EnterpriseChangePage({ params }: PageProps<"/enterprise/info/changes/[id]">) {
  const actor = await requirePageActor("unit.info.change");
  const { id } = await params;
  const app = await load(actor, id);
  const kind = app.kind as "NAME_CHANGE" | "QUALIFICATION_CHANGE";
  const rejection = lastRejection(app.events);
  const proposed =
    kind === "NAME_CHANGE"
      ? nameChangePayload.parse(app.payload).after
      : qualificationChangePayload.parse(app.payload).after;
  const file =
    "licenseFileId" in proposed
      ? { id: proposed.licenseFileId, name: "已上传的营业执照" }
      : { id: proposed.qualificationFileId, name: "已上传的资质证书" };

  return (
    <>
      <BackLink href="/enterprise/info">返回企业信息</BackLink>
      <Card>
        <CardHeader title={KINDS[kind].label} actions={<StatusBadge status={app.status} />} />
        <CardBody className="space-y-4">
          {app.status === "REJECTED" && (
            <Alert tone="error" title="审核不通过">
              驳回原因：{rejection?.opinion ?? "—"}
            </Alert>
          )}
          <ChangeComparison kind={kind} payload={app.payload} />
        </CardBody>
      </Card>
      {app.status === "REJECTED" && (
        <Card>
          <CardHeader title="修改后重新提交" />
          <CardBody>
            <ResubmitChangeForm
              kind={kind}
              applicationId={app.id}
              version={app.version}
              proposed={proposed as Record<string, string>}
              file={file}
            />
          </CardBody>
        </Card>
      )}
      <TimelineCard events={app.events} />
    </>
  );
}
