import {
  ACTION_LABEL,
  STATUS_LABEL,
  type ApplicationStatus,
  type Role,
  type WorkflowAction,
} from "@/lib/domain/workflow";
import { formatDateTime } from "@/lib/format";
import { Card, CardBody, CardHeader } from "@/components/ui/card";

const ROLE_LABEL: Record<Role, string> = {
  ENTERPRISE: "企业",
  PERSON: "个人",
  REVIEWER: "审核部门",
  ASSESSOR: "考核部门",
  ADMIN: "系统管理员",
};

export interface TimelineEvent {
  id: string;
  action: string;
  toStatus: ApplicationStatus;
  actorRole: Role;
  opinion: string | null;
  at: Date;
}

/** The history of an application, oldest first, as the applicant and staff see it. */
export function Timeline({ events }: { events: TimelineEvent[] }) {
  return (
    <ol className="relative space-y-4 border-l-2 border-slate-200 pl-5" aria-label="办理进度">
      {events.map((e) => (
        <li key={e.id} className="relative">
          <span
            className="absolute top-1.5 -left-[27px] size-3 rounded-full border-2 border-white bg-brand-600 ring-1 ring-brand-600"
            aria-hidden
          />
          <p className="text-sm font-medium">
            {ACTION_LABEL[e.action as WorkflowAction] ?? e.action}
            <span className="ml-2 text-xs font-normal text-slate-500">→ {STATUS_LABEL[e.toStatus]}</span>
          </p>
          <p className="text-xs text-slate-500">
            {ROLE_LABEL[e.actorRole]} · <time dateTime={e.at.toISOString()}>{formatDateTime(e.at)}</time>
          </p>
          {e.opinion && <p className="mt-1 rounded bg-slate-50 px-2 py-1 text-sm text-slate-700">意见：{e.opinion}</p>}
        </li>
      ))}
    </ol>
  );
}

/** The history in its own card (审核进度 for the applicant, 办理记录 for staff). */
export function TimelineCard({ events, title = "审核进度" }: { events: TimelineEvent[]; title?: string }) {
  return (
    <Card>
      <CardHeader title={title} />
      <CardBody>
        <Timeline events={events} />
      </CardBody>
    </Card>
  );
}
