import { BackLink } from "@/components/ui/back-link";
import type { ReactNode } from "react";
import { Alert } from "@/components/ui/alert";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { CancelApplicationButton } from "@/components/application/cancel-application-button";
import { StatusBadge } from "@/components/ui/status-badge";
import { TimelineCard, type TimelineEvent } from "@/components/application/timeline";
import { UNIT_APPLICATION_PAGES, type UnitCertificateKind } from "@/lib/domain/unit-application-pages";
import { lastRejection, type ApplicationStatus } from "@/lib/domain/workflow";
import { formatDateTime } from "@/lib/format";

/**
 * An enterprise application page of `kind` (new or detail): the back link to its list, then the card.
 * Given the `application` (a detail page), its status, 提交时间 and, below the card, its progress.
 */
export function EnterpriseApplicationFrame({
  kind,
  title,
  application,
  status = application && <StatusBadge status={application.status} />,
  header = application && <p className="text-xs text-slate-500">提交时间 {formatDateTime(application.submittedAt)}</p>,
  bodyClassName = "space-y-4",
  children,
}: {
  kind: UnitCertificateKind;
  title: string;
  application?: { status: ApplicationStatus; submittedAt: Date; events: TimelineEvent[] };
  /** shown at the right of the title */
  status?: ReactNode;
  /** a line under the title */
  header?: ReactNode;
  bodyClassName?: string;
  children: ReactNode;
}) {
  const list = UNIT_APPLICATION_PAGES[kind];
  return (
    <>
      <BackLink href={list.list}>返回{list.title}</BackLink>
      <Card>
        <CardHeader title={title} actions={status}>
          {header}
        </CardHeader>
        <CardBody className={bodyClassName}>{children}</CardBody>
      </Card>
      {application && <TimelineCard events={application.events} />}
    </>
  );
}

/** 审核不通过 with the last 驳回原因, shown on a rejected application. */
export function RejectionAlert({ events }: { events: readonly { toStatus: string | null; opinion: string | null }[] }) {
  return (
    <Alert tone="error" title="审核不通过">
      驳回原因：{lastRejection(events)?.opinion ?? "—"}
    </Alert>
  );
}

/** 【取消申请】 of the enterprise's own application while it awaits review (nothing otherwise). */
export function PendingCancelButton({
  app,
  action,
  kindLabel,
}: {
  app: { id: string; version: number; status: string; person: { name: string } };
  action: Parameters<typeof CancelApplicationButton>[0]["action"];
  kindLabel: string;
}) {
  if (app.status !== "PENDING_REVIEW") return null;
  return (
    <CancelApplicationButton
      applicationId={app.id}
      version={app.version}
      holder={app.person.name}
      action={action}
      kindLabel={kindLabel}
    />
  );
}
