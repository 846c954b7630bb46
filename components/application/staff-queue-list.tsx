import Link from "next/link";
import { BatchItemCheckbox } from "./batch-item";
import { StatusBadge } from "@/components/ui/status-badge";
import { KINDS, type ApplicationKind, type ApplicationView } from "@/lib/domain/application-kinds";
import { timeLeftText, timeLeftTone, type TimeLeft } from "@/lib/domain/deadlines";
import type { ApplicationStatus } from "@/lib/domain/workflow";
import { formatDateTime } from "@/lib/format";

type Row = ApplicationView & {
  id: string;
  version: number;
  kind: ApplicationKind;
  status: ApplicationStatus;
  submittedAt: Date;
  enterprise: { name: string; creditCode: string; contactName: string; contactPhone: string };
  /** 办理时限, in a staff stage */
  timeLeft?: TimeLeft | null;
};

const TONE = {
  overdue: "font-medium text-red-700",
  near: "font-medium text-amber-700",
  normal: "text-slate-600",
} as const;

/**
 * A staff queue as a list rather than a wide table, so that on a phone the status and the link stay
 * in view. The row's one link (【审核】/【考核】/【查看】) covers the whole row, so a click on the unit or
 * holder name opens the item too, without nesting links. `selectable` adds the batch checkbox
 * ("id:version", for BatchForm), kept above that cover.
 */
export function StaffQueueList({
  rows,
  href,
  linkLabel,
  selectable,
}: {
  rows: Row[];
  href: (row: Row) => string;
  linkLabel: (row: Row) => string;
  selectable: boolean;
}) {
  return (
    <ul className="divide-y divide-slate-100 border-y border-slate-100">
      {rows.map((row) => {
        const name = row.person?.name ?? row.enterprise.name;
        return (
          <li key={row.id} className="group relative flex items-start gap-3 py-3 text-sm hover:bg-slate-50">
            {selectable && <BatchItemCheckbox row={row} holder={name} className="relative z-10" />}
            <div className="grid min-w-0 flex-1 gap-x-4 gap-y-1 sm:grid-cols-[14rem_1fr_9rem]">
              <span className="font-medium text-brand-700 group-hover:underline">{row.enterprise.name}</span>
              <span className="text-slate-700">{KINDS[row.kind].summary(row)}</span>
              <span className="text-xs whitespace-nowrap text-slate-500 sm:pt-0.5">
                {formatDateTime(row.submittedAt)}
              </span>
            </div>
            <div className="flex shrink-0 flex-col items-end gap-1.5">
              <StatusBadge status={row.status} />
              {row.timeLeft && (
                <span className={`max-w-32 text-right text-xs sm:max-w-none ${TONE[timeLeftTone(row.timeLeft)]}`}>
                  {timeLeftText(row.timeLeft)}
                </span>
              )}
              <Link href={href(row)} className="text-brand-700 after:absolute after:inset-0 hover:underline">
                {linkLabel(row)}
                <span className="sr-only">：{name}</span>
              </Link>
            </div>
          </li>
        );
      })}
    </ul>
  );
}
