import Link from "next/link";
import { StatusBadge } from "@/components/ui/status-badge";
import type { ApplicationKind, ApplicationStatus } from "@/lib/domain/workflow";
import { formatDateTime } from "@/lib/format";
import { applicationSummary } from "./application-subject";

type Row = {
  id: string;
  version: number;
  kind: ApplicationKind;
  status: ApplicationStatus;
  payload: unknown;
  submittedAt: Date;
  enterprise: { name: string; creditCode: string; contactName: string; contactPhone: string };
  person: { name: string } | null;
  certificate: { number: string } | null;
};

/**
 * A staff queue as a list rather than a wide table, so that on a phone the status and the link stay
 * in view. `selectable` adds the batch checkbox ("id:version", for BatchForm).
 */
export function StaffQueueList({ rows, href, linkLabel, selectable }: { rows: Row[]; href: (row: Row) => string; linkLabel: (row: Row) => string; selectable: boolean }) {
  return (
    <ul className="divide-y divide-slate-100 border-y border-slate-100">
      {rows.map((row) => (
        <li key={row.id} className="flex items-start gap-3 py-3 text-sm">
          {selectable && (
            <input
              type="checkbox"
              name="items"
              value={`${row.id}:${row.version}`}
              className="mt-0.5 size-4 shrink-0"
              aria-label={`勾选 ${row.person?.name ?? row.enterprise.name}`}
            />
          )}
          <div className="grid min-w-0 flex-1 gap-x-4 gap-y-1 sm:grid-cols-[14rem_1fr_9rem]">
            <span className="font-medium">{row.enterprise.name}</span>
            <span className="text-slate-700">{applicationSummary(row)}</span>
            <span className="text-xs whitespace-nowrap text-slate-500 sm:pt-0.5">{formatDateTime(row.submittedAt)}</span>
          </div>
          <div className="flex shrink-0 flex-col items-end gap-1.5">
            <StatusBadge status={row.status} />
            <Link href={href(row)} className="text-brand-700 hover:underline">
              {linkLabel(row)}
            </Link>
          </div>
        </li>
      ))}
    </ul>
  );
}
