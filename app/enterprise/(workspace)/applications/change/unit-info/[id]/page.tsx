import { StatusBadge } from "@/components/ui/status-badge";
import { CertificateCheck } from "@/components/application/certificate-check";
import {
  EnterpriseApplicationFrame,
  ownApplicationOrNotFound,
  PendingCancelButton,
  RejectionAlert,
} from "@/components/application/enterprise-application-page";
import { TimelineCard } from "@/components/application/timeline";
import { requirePageActor } from "@/lib/server/auth/current-actor";
import { unitInfoChangePayload } from "@/lib/schemas/payloads";
import { UnitInfoChangeForm } from "../unit-info-form";
import { cancelUnitInfoChangeAction } from "../actions";

export const metadata = { title: "单位信息变更申请" };

export default async function UnitInfoChangeDetailPage({
  params,
}: PageProps<"/enterprise/applications/change/unit-info/[id]">) {
  const actor = await requirePageActor("unit.certificate.apply");
  const { id } = await params;
  const app = await ownApplicationOrNotFound(actor, id, "UNIT_INFO_CHANGE");
  const p = unitInfoChangePayload.parse(app.payload);
  return (
    <EnterpriseApplicationFrame
      back={{ href: "/enterprise/applications/change/unit-info", label: "返回单位信息变更" }}
      title={`单位信息变更：${app.person.name}`}
      status={<StatusBadge status={app.status} />}
      after={<TimelineCard events={app.events} />}
    >
      <CertificateCheck
        person={app.person}
        certificate={{ ...app.certificate, unitName: p.oldUnitName }}
        newUnitName={p.newUnitName}
      />
      {app.status === "REJECTED" && <RejectionAlert events={app.events} />}
      <PendingCancelButton app={app} action={cancelUnitInfoChangeAction} kindLabel="单位信息变更" />
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
    </EnterpriseApplicationFrame>
  );
}
