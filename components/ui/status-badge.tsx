import { Ban, CheckCircle2, Clock, XCircle, type LucideIcon } from "lucide-react";
import { STATUS_LABEL, type ApplicationStatus } from "@/lib/domain/workflow";
import { cn } from "./cn";

// Each status has its own icon and text, so it reads without colour.
const LOOK: Record<ApplicationStatus, BadgeLook> = {
  PENDING_UNIT: { cls: "bg-amber-50 text-amber-800 ring-amber-200", Icon: Clock },
  PENDING_REVIEW: { cls: "bg-amber-50 text-amber-800 ring-amber-200", Icon: Clock },
  PENDING_ASSESSMENT: { cls: "bg-sky-50 text-sky-800 ring-sky-200", Icon: Clock },
  APPROVED: { cls: "bg-green-50 text-green-800 ring-green-200", Icon: CheckCircle2 },
  REJECTED: { cls: "bg-red-50 text-red-800 ring-red-200", Icon: XCircle },
  CANCELLED: { cls: "bg-slate-100 text-slate-700 ring-slate-200", Icon: Ban },
};

export function StatusBadge({ status }: { status: ApplicationStatus }) {
  return <IconBadge look={LOOK[status]}>{STATUS_LABEL[status]}</IconBadge>;
}

/** A status's colours and icon; the icon and the text carry the meaning, the colour only repeats it. */
export type BadgeLook = { cls: string; Icon: LucideIcon };

/** The one badge shape, for application and certificate statuses. */
export function IconBadge({ look: { cls, Icon }, children }: { look: BadgeLook; children: React.ReactNode }) {
  return (
    <span
      className={cn(
        "inline-flex items-center gap-1 rounded-full px-2 py-0.5 text-xs font-medium whitespace-nowrap ring-1 ring-inset",
        cls,
      )}
    >
      <Icon className="size-3.5" aria-hidden />
      {children}
    </span>
  );
}
