import Link from "next/link";
import { notFound } from "next/navigation";
import { Alert } from "@/components/ui/alert";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { StatusBadge } from "@/components/ui/status-badge";
import { CertificateCheck } from "@/components/application/certificate-check";
import { TimelineCard } from "@/components/application/timeline";
import { requirePageActor } from "@/lib/server/auth/current-actor";
import { getOwnApplication } from "@/lib/server/enterprises/own-applications";
import { NotFoundError } from "@/lib/server/errors";
import { unitInfoChangePayload } from "@/lib/schemas/payloads";
import { CancelApplicationButton } from "@/components/application/cancel-application-button";
import { UnitInfoChangeForm } from "../unit-info-form";
import { cancelUnitInfoChangeAction } from "../actions";
import { lastRejection } from "@/lib/domain/workflow";

export const metadata = { title: "单位信息变更申请" };

export default async function UnitInfoChangeDetailPage({
  params,
}: PageProps<"/enterprise/applications/change/unit-info/[id]">) {
  const actor = await requirePageActor("unit.certificate.apply");
  const { id } = await params;
  const app = await getOwnApplication({ actor, applicationId: id, kind: "UNIT_INFO_CHANGE" }).catch((e) => {
    if (e instanceof NotFoundError) notFound();
    throw e;
  });
  if (!app.person || !app.certificate) notFound();
  const p = unitInfoChangePayload.parse(app.payload);
  const rejection = lastRejection(app.events);
  return (
    <>
      <Link href="/enterprise/applications/change/unit-info" className="text-sm text-brand-700 hover:underline">
        ← 返回单位信息变更
      </Link>
      <Card>
        <CardHeader title={`单位信息变更：${app.person.name}`} actions={<StatusBadge status={app.status} />} />
        <CardBody className="space-y-4">
          <CertificateCheck
            person={app.person}
            certificate={{ ...app.certificate, unitName: p.oldUnitName }}
            newUnitName={p.newUnitName}
          />
          {app.status === "REJECTED" && (
            <Alert tone="error" title="审核不通过">
              驳回原因：{rejection?.opinion ?? "—"}
            </Alert>
          )}
          {app.status === "PENDING_REVIEW" && (
            <CancelApplicationButton
              applicationId={app.id}
              version={app.version}
              holder={app.person.name}
              action={cancelUnitInfoChangeAction}
              kindLabel="单位信息变更"
            />
          )}
          {app.status === "REJECTED" && (
            <UnitInfoChangeForm
              certificateId={app.certificate.id}
              resubmit={{
                applicationId: app.id,
                version: app.version,
                formFile: { id: p.formFileId, name: "已上传的申请表" },
              }}
            />
          )}
        </CardBody>
      </Card>
      <TimelineCard events={app.events} />
    </>
  );
}
