import { Alert } from "@/components/ui/alert";
import { ButtonLink } from "@/components/ui/button-link";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { StatusBadge } from "@/components/ui/status-badge";
import { Timeline } from "@/components/application/timeline";
import { lastRejection, OPEN_STATUSES, type ApplicationStatus, type Role } from "@/lib/domain/workflow";
import { KINDS, type ApplicationKind } from "@/lib/domain/application-kinds";
import { requirePageActor } from "@/lib/server/auth/current-actor";
import { listPersonApplications } from "@/lib/server/persons/queries";
import {
  cancellationPayload,
  cancellationReasonText,
  transferPayload,
  unitInfoChangePayload,
} from "@/lib/schemas/payloads";
import { CancelApplicationButton } from "@/components/application/cancel-application-button";
import { cancelCancellationAction } from "../cancellation/[certificateId]/actions";
import { formatDateTime } from "@/lib/format";
import { WithdrawButton } from "./withdraw-button";

export const metadata = { title: "我的申请" };

type Application = Awaited<ReturnType<typeof listPersonApplications>>[number];

const DECIDER: Partial<Record<Role, string>> = { ENTERPRISE: "单位", REVIEWER: "审核部门", ASSESSOR: "考核部门" };

export default async function MyApplicationsPage({ searchParams }: PageProps<"/person/applications">) {
  const actor = await requirePageActor("person.workspace");
  const sp = await searchParams;
  const applications = await listPersonApplications({ actor });
  // 重新申请 is offered on the newest transfer of a certificate only (the list is newest first).
  const latestTransfer = new Map<string, string>();
  for (const app of applications) {
    if (isTransfer(app) && app.certificateId && !latestTransfer.has(app.certificateId))
      latestTransfer.set(app.certificateId, app.id);
  }
  return (
    <>
      <h1 className="text-lg font-semibold">我的申请</h1>
      {sp.submitted === "1" && (
        <Alert tone="success" title="申请已提交">
          等待单位审核，审核结果会以消息和邮件通知您。单位审核前可撤回。
        </Alert>
      )}
      {sp.submitted === "review" && (
        <Alert tone="success" title="申请已提交">
          等待审核部门审核，审核结果会以消息和邮件通知您。审核前可取消申请。
        </Alert>
      )}
      {sp.cancelled === "1" && <Alert tone="success">申请已取消。</Alert>}
      {sp.withdrawn === "1" && <Alert tone="success">申请已撤回。如需办理，可在【我的证书】中重新申请。</Alert>}
      {applications.length === 0 ? (
        <div className="rounded-lg border border-slate-200 bg-white px-4">
          <EmptyState title="暂无申请">在【我的证书】中可办理调出、调入申请。</EmptyState>
        </div>
      ) : (
        <ul className="space-y-3" aria-label="我的申请">
          {applications.map((app) => (
            <li key={app.id} id={`application-${app.id}`} className="scroll-mt-16">
              <ApplicationCard app={app} latestTransfer={latestTransfer.get(app.certificateId ?? "") === app.id} />
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

const isTransfer = (app: Application) => app.kind === "TRANSFER_OUT" || app.kind === "TRANSFER_IN";

function ApplicationCard({ app, latestTransfer }: { app: Application; latestTransfer: boolean }) {
  const details = describe(app);
  const open = OPEN_STATUSES.includes(app.status);
  const rejection = app.status === "REJECTED" ? lastRejection(app.events) : undefined;
  const transfer = isTransfer(app);
  return (
    <Card>
      <CardHeader title={KINDS[app.kind].label} actions={<StatusBadge status={app.status} />}>
        <p className="text-xs text-slate-500">提交时间：{formatDateTime(app.submittedAt)}</p>
      </CardHeader>
      <CardBody className="space-y-3 text-sm">
        <dl className="grid grid-cols-[5.5rem_1fr] gap-x-3 gap-y-1.5">
          {app.certificate && (
            <>
              <dt className="text-slate-500">证书编号</dt>
              <dd className="font-mono text-xs break-all sm:text-sm">{app.certificate.number}</dd>
            </>
          )}
          {details.map(([k, v]) => (
            <Row key={k} label={k} value={v} />
          ))}
        </dl>
        <p className={open ? "rounded-md bg-amber-50 px-3 py-2 text-amber-900" : "text-slate-600"}>
          {progressText(app)}
        </p>
        {rejection?.opinion && (
          <Alert tone="error" title={`${DECIDER[rejection.actorRole] ?? ""}不通过原因`}>
            <p className="break-words">{rejection.opinion}</p>
          </Alert>
        )}
        {transfer && latestTransfer && (app.status === "REJECTED" || app.status === "CANCELLED") && (
          <ButtonLink href="/person/certificates" variant="secondary" className="min-h-9 px-3 py-1.5">
            重新申请
          </ButtonLink>
        )}
        {transfer && app.status === "PENDING_UNIT" && (
          <WithdrawButton applicationId={app.id} version={app.version} what={`「${KINDS[app.kind].label}」申请`} />
        )}
        {app.kind === "CERTIFICATE_CANCELLATION" &&
          app.status === "PENDING_REVIEW" &&
          cancellationPayload.parse(app.payload).filedBy === "PERSON" && (
            <CancelApplicationButton
              applicationId={app.id}
              version={app.version}
              holder="本人"
              action={cancelCancellationAction}
              kindLabel={KINDS[app.kind].label}
            />
          )}
        <details open={open} className="group rounded-md border border-slate-200">
          <summary className="cursor-pointer px-3 py-2 font-medium text-slate-700 select-none">
            办理进度（{app.events.length}）
          </summary>
          <div className="border-t border-slate-200 px-3 py-3 pl-5">
            <Timeline events={app.events} />
          </div>
        </details>
      </CardBody>
    </Card>
  );
}

function Row({ label, value }: { label: string; value: string }) {
  return (
    <>
      <dt className="text-slate-500">{label}</dt>
      <dd className="min-w-0 break-words">{value}</dd>
    </>
  );
}

/** The lines that say what this application asks for. */
function describe(app: Application): [string, string][] {
  if (isTransfer(app)) {
    const p = transferPayload.safeParse(app.payload);
    const unit =
      app.kind === "TRANSFER_OUT"
        ? (p.data?.fromUnitName ?? app.enterprise.name)
        : (p.data?.toUnitName ?? app.enterprise.name);
    return [
      [app.kind === "TRANSFER_OUT" ? "调出单位" : "调入单位", unit],
      ["申请原因", p.data?.reason ?? "—"],
    ];
  }
  if (app.kind === "UNIT_INFO_CHANGE") {
    const p = unitInfoChangePayload.safeParse(app.payload);
    return [
      ["申请单位", app.enterprise.name],
      ...(p.success ? ([["单位名称", `${p.data.oldUnitName} → ${p.data.newUnitName}`]] as [string, string][]) : []),
    ];
  }
  if (app.kind === "CERTIFICATE_CANCELLATION") {
    const p = cancellationPayload.parse(app.payload);
    return [
      ["注销原因", cancellationReasonText(p)],
      ["申请方", p.filedBy === "PERSON" ? "本人" : app.enterprise.name],
    ];
  }
  return [["申请单位", app.enterprise.name]];
}

const TRANSFER_DONE: Partial<Record<ApplicationKind, (unit: string) => string>> = {
  TRANSFER_OUT: (unit) => `已办结：证书已从「${unit}」移出。`,
  TRANSFER_IN: (unit) => `已办结：证书已登记到「${unit}」名下。`,
};

/** Where the application stands, in one sentence for the holder. */
function progressText(app: Application): string {
  const step: Record<ApplicationStatus, string> = {
    PENDING_UNIT: `当前步骤：等待「${app.enterprise.name}」审核。`,
    PENDING_REVIEW: isTransfer(app) ? "当前步骤：单位已同意，等待审核部门审核。" : "当前步骤：等待审核部门审核。",
    PENDING_ASSESSMENT: `当前步骤：审核部门已通过，等待考核部门${KINDS[app.kind].issueLabel ?? "核发"}。`,
    APPROVED:
      app.kind === "CERTIFICATE_CANCELLATION"
        ? "已办结：证书已注销。"
        : (TRANSFER_DONE[app.kind]?.(app.enterprise.name) ?? "已办结。"),
    REJECTED: "申请未通过。",
    CANCELLED: app.events.at(-1)?.action === "withdraw" ? "申请已撤回。" : "申请已取消。",
  };
  return step[app.status];
}
