import { CertificateCheck } from "@/components/application/certificate-check";
import { unitApplicationPageData } from "@/components/application/unit-page-data";
import {
  EnterpriseApplicationFrame,
  PendingCancelButton,
  RejectionAlert,
} from "@/components/application/enterprise-application-page";
import { unitInfoChangePayload } from "@/lib/schemas/payloads";
import { UnitInfoChangeForm } from "../unit-info-form";
import { cancelUnitInfoChangeAction } from "../actions";

export const metadata = { title: "单位信息变更申请" };

export default async function UnitInfoChangeDetailPage(
  props: PageProps<"/enterprise/applications/change/unit-info/[id]">,
) {
  const app = await unitApplicationPageData(props, "UNIT_INFO_CHANGE");
  const p = unitInfoChangePayload.parse(app.payload);
  return (
    <EnterpriseApplicationFrame kind="UNIT_INFO_CHANGE" title={`单位信息变更：${app.person.name}`} application={app}>
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
