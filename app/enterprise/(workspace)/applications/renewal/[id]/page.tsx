import { FileLinks } from "@/components/application/certificate-application-details";
import { Alert } from "@/components/ui/alert";
import { unitApplicationPageData } from "@/components/application/unit-page-data";
import {
  EnterpriseApplicationFrame,
  PendingCancelButton,
  RejectionAlert,
} from "@/components/application/enterprise-application-page";
import { todayInShanghai } from "@/lib/domain/calendar-date";
import { renewalResubmitBlocked, renewalResult } from "@/lib/domain/renewal";
import { maskIdNumber } from "@/lib/domain/id-number";
import { renewalPayload } from "@/lib/schemas/payloads";
import { cancelRenewalAction } from "../actions";
import { RenewalCheck, RenewalForm } from "../renewal-form";

export const metadata = { title: "证书延续申请" };

export default async function RenewalDetailPage(props: PageProps<"/enterprise/applications/renewal/[id]">) {
  const app = await unitApplicationPageData(props, "RENEWAL");
  const p = renewalPayload.parse(app.payload);
  const blocked =
    app.status === "REJECTED"
      ? renewalResubmitBlocked({
          enterpriseId: app.enterpriseId,
          certificate: app.certificate,
          expiresOn: p.expiresOn,
          today: todayInShanghai(),
        })
      : null;
  const files = [
    { id: p.formFileId, name: "签字盖章的申请表" },
    ...p.supportingFileIds.map((fileId, i) => ({ id: fileId, name: `证明材料 ${i + 1}` })),
  ];
  return (
    <EnterpriseApplicationFrame kind="RENEWAL" title={`证书延续：${app.person.name}`} application={app}>
      <RenewalCheck
        person={{ name: app.person.name }}
        idNumber={maskIdNumber(app.person.idNumber)}
        certificate={{
          number: app.certificate.number,
          category: app.certificate.category,
          specialty: app.certificate.specialty,
          unitName: app.certificate.unitName,
        }}
        expiresOn={p.expiresOn}
        renewedOn={renewalResult(app).to}
      />
      {app.status === "APPROVED" && (
        <Alert tone="success" title="审核通过">
          证书有效期已延续至 {renewalResult(app).to}。
        </Alert>
      )}
      {p.note && (
        <div className="text-sm">
          <p className="text-xs text-slate-500">备注</p>
          <p className="break-words">{p.note}</p>
        </div>
      )}
      <div className="text-sm">
        <p className="text-xs text-slate-500">上传的材料</p>
        <FileLinks files={files.map((f) => ({ id: f.id, label: f.name }))} className="mt-1 space-y-1" />
      </div>
      {app.status === "REJECTED" && <RejectionAlert events={app.events} />}
      <PendingCancelButton app={app} action={cancelRenewalAction} kindLabel="证书延续" />
      {app.status === "REJECTED" &&
        (blocked ? (
          <Alert tone="info">{blocked}</Alert>
        ) : (
          <div className="space-y-3 border-t border-slate-100 pt-4">
            <h3 className="text-sm font-semibold">按驳回原因修改后重新提交</h3>
            <RenewalForm
              certificateId={app.certificate.id}
              resubmit={{
                applicationId: app.id,
                version: app.version,
                formFile: files[0],
                supportingFiles: files.slice(1),
                note: p.note,
              }}
            />
          </div>
        ))}
    </EnterpriseApplicationFrame>
  );
}
