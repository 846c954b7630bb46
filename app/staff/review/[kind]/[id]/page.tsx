import Link from "next/link";
import { notFound } from "next/navigation";
import { FileText } from "lucide-react";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { StatusBadge } from "@/components/ui/status-badge";
import { CertificateSubject } from "@/components/application/application-subject";
import { DecisionPanel } from "@/components/application/decision-panel";
import { TimelineCard } from "@/components/application/timeline";
import { ChangeComparison } from "@/components/enterprise/change-summary";
import { EnterpriseDetails } from "@/components/enterprise/enterprise-details";
import { toDateOnly } from "@/lib/domain/calendar-date";
import { availableActions, KIND_LABEL, staffRolesFor } from "@/lib/domain/workflow";
import { requirePageActor } from "@/lib/server/auth/current-actor";
import { NotFoundError } from "@/lib/server/errors";
import { getApplicationForStaff } from "@/lib/server/review/queries";
import { renewalResult } from "@/lib/server/renewals/renewal-result";
import { renewalPayload, transferPayload, unitInfoChangePayload } from "@/lib/schemas/payloads";
import { formatDateTime } from "@/lib/format";
import { decideAction } from "../../actions";
import { kindOfSlug } from "../../kinds";

export const metadata = { title: "审核详情" };

export default async function ReviewDetailPage({ params }: PageProps<"/staff/review/[kind]/[id]">) {
  const { kind: slug, id } = await params;
  const kind = kindOfSlug(slug);
  if (!kind) notFound();
  const actor = await requirePageActor(staffRolesFor(kind), "/login/staff");
  const app = await getApplicationForStaff({ actor, applicationId: id, kind }).catch((e) => {
    if (e instanceof NotFoundError) notFound();
    throw e;
  });
  const actions = availableActions(app.kind, app.status, actor.role);
  const canIssue = actions.includes("issue");
  const canDecide = canIssue || actions.includes("approve");

  return (
    <>
      {actor.role === "ASSESSOR" ? (
        <Link href="/staff/assessment" className="text-sm text-brand-700 hover:underline">
          ← 返回待考核
        </Link>
      ) : (
        <Link href={`/staff/review/${slug}`} className="text-sm text-brand-700 hover:underline">
          ← 返回{KIND_LABEL[kind]}审核
        </Link>
      )}
      <Card>
        <CardHeader title={`${KIND_LABEL[kind]}：${app.enterprise.name}`} actions={<StatusBadge status={app.status} />}>
          <p className="text-xs text-slate-500">
            统一社会信用代码 {app.enterprise.creditCode} · 提交时间 {formatDateTime(app.submittedAt)}
          </p>
        </CardHeader>
        <CardBody className="space-y-4">
          {kind === "ENTERPRISE_REGISTRATION" && <EnterpriseDetails enterprise={app.enterprise} />}
          {(kind === "NAME_CHANGE" || kind === "QUALIFICATION_CHANGE") && <ChangeComparison kind={kind} payload={app.payload} />}
          {kind === "UNIT_INFO_CHANGE" && app.person && app.certificate && (
            <UnitInfoDetails
              payload={app.payload}
              person={app.person}
              certificate={{ ...app.certificate, expiresOn: toDateOnly(app.certificate.expiresOn) }}
            />
          )}
          {kind === "RENEWAL" && app.person && app.certificate && (
            <RenewalDetails
              payload={app.payload}
              renewedTo={renewalResult(app).to}
              person={app.person}
              certificate={{ ...app.certificate, expiresOn: toDateOnly(app.certificate.expiresOn) }}
            />
          )}
          {(kind === "TRANSFER_OUT" || kind === "TRANSFER_IN") && app.person && app.certificate && (
            <TransferDetails
              kind={kind}
              payload={app.payload}
              person={app.person}
              certificate={{ ...app.certificate, expiresOn: toDateOnly(app.certificate.expiresOn) }}
            />
          )}
          {canDecide && (
            <DecisionPanel
              action={decideAction}
              applicationId={app.id}
              version={app.version}
              hidden={{ kind: app.kind }}
              approveLabel={canIssue ? "核发证书" : "通过"}
              approveDecision={canIssue ? "issue" : "approve"}
            />
          )}
        </CardBody>
      </Card>
      <TimelineCard events={app.events} title="办理记录" />
    </>
  );
}

function UnitInfoDetails({
  payload,
  person,
  certificate,
}: {
  payload: unknown;
  person: { name: string; idNumber: string };
  certificate: Parameters<typeof CertificateSubject>[0]["certificate"] & { id: string };
}) {
  const p = unitInfoChangePayload.parse(payload);
  return (
    <div className="space-y-4">
      <CertificateSubject person={person} certificate={certificate} idNumber={person.idNumber} />
      <dl className="grid gap-x-6 gap-y-3 rounded-md bg-slate-50 p-3 text-sm sm:grid-cols-2">
        <div>
          <dt className="text-xs text-slate-500">原单位名称</dt>
          <dd>{p.oldUnitName}</dd>
        </div>
        <div>
          <dt className="text-xs text-slate-500">新单位名称</dt>
          <dd className="font-medium">{p.newUnitName}</dd>
        </div>
        {p.note && (
          <div className="sm:col-span-2">
            <dt className="text-xs text-slate-500">核对备注</dt>
            <dd>{p.note}</dd>
          </div>
        )}
      </dl>
      <p className="text-sm">
        <a href={`/files/${p.formFileId}`} target="_blank" rel="noreferrer" className="inline-flex items-center gap-1 text-brand-700 hover:underline">
          <FileText className="size-4" aria-hidden />
          签字盖章的申请表
        </a>
        <Link href={`/staff/certificates/${certificate.id}`} className="ml-4 text-brand-700 hover:underline">
          证书档案
        </Link>
      </p>
    </div>
  );
}

function TransferDetails({
  kind,
  payload,
  person,
  certificate,
}: {
  kind: "TRANSFER_OUT" | "TRANSFER_IN";
  payload: unknown;
  person: { name: string; idNumber: string };
  certificate: Parameters<typeof CertificateSubject>[0]["certificate"] & { id: string };
}) {
  const p = transferPayload.parse(payload);
  return (
    <div className="space-y-4">
      <CertificateSubject person={person} certificate={certificate} idNumber={person.idNumber} />
      <dl className="grid gap-x-6 gap-y-3 rounded-md bg-slate-50 p-3 text-sm sm:grid-cols-2">
        <div>
          <dt className="text-xs text-slate-500">{kind === "TRANSFER_OUT" ? "调出单位" : "调入单位"}</dt>
          <dd className="font-medium">{kind === "TRANSFER_OUT" ? p.fromUnitName : p.toUnitName}</dd>
        </div>
        <div>
          <dt className="text-xs text-slate-500">申请原因</dt>
          <dd>{p.reason}</dd>
        </div>
      </dl>
      <p className="text-sm">
        <Link href={`/staff/certificates/${certificate.id}`} className="text-brand-700 hover:underline">
          证书档案
        </Link>
      </p>
    </div>
  );
}

function RenewalDetails({
  payload,
  renewedTo,
  person,
  certificate,
}: {
  payload: unknown;
  renewedTo: string;
  person: { name: string; idNumber: string };
  certificate: Parameters<typeof CertificateSubject>[0]["certificate"] & { id: string };
}) {
  const p = renewalPayload.parse(payload);
  return (
    <div className="space-y-4">
      <CertificateSubject person={person} certificate={certificate} idNumber={person.idNumber} />
      <dl className="grid gap-x-6 gap-y-3 rounded-md bg-slate-50 p-3 text-sm sm:grid-cols-2">
        <div>
          <dt className="text-xs text-slate-500">原有效期至</dt>
          <dd>{p.expiresOn}</dd>
        </div>
        <div>
          <dt className="text-xs text-slate-500">延续后有效期至</dt>
          <dd className="font-medium">{renewedTo}</dd>
        </div>
        {p.note && (
          <div className="sm:col-span-2">
            <dt className="text-xs text-slate-500">核对备注</dt>
            <dd>{p.note}</dd>
          </div>
        )}
      </dl>
      <ul className="space-y-1 text-sm">
        <li>
          <a href={`/files/${p.formFileId}`} target="_blank" rel="noreferrer" className="text-brand-700 hover:underline">
            签字盖章的申请表
          </a>
        </li>
        {p.supportingFileIds.map((id, i) => (
          <li key={id}>
            <a href={`/files/${id}`} target="_blank" rel="noreferrer" className="text-brand-700 hover:underline">
              证明材料 {i + 1}
            </a>
          </li>
        ))}
        <li>
          <Link href={`/staff/certificates/${certificate.id}`} className="text-brand-700 hover:underline">
            证书档案
          </Link>
        </li>
      </ul>
    </div>
  );
}
