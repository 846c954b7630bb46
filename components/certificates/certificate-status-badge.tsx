import { AlarmClock, Ban, CalendarX, CircleCheck, CircleX } from "lucide-react";
import { IconBadge, type BadgeLook } from "@/components/ui/status-badge";
import type { CertificateStatus } from "@/lib/domain/certificate-dates";

// Each status has its own icon and text, so it reads without colour.
const LOOK: Record<CertificateStatus, BadgeLook> = {
  有效: { cls: "bg-green-50 text-green-800 ring-green-200", Icon: CircleCheck },
  即将到期: { cls: "bg-amber-50 text-amber-800 ring-amber-200", Icon: AlarmClock },
  已过期: { cls: "bg-orange-50 text-orange-800 ring-orange-200", Icon: CalendarX },
  失效: { cls: "bg-red-50 text-red-800 ring-red-200", Icon: CircleX },
  已注销: { cls: "bg-slate-100 text-slate-700 ring-slate-200", Icon: Ban },
};

export function CertificateStatusBadge({ status }: { status: CertificateStatus }) {
  return <IconBadge look={LOOK[status]}>{status}</IconBadge>;
}
