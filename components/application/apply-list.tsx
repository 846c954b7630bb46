import type { ReactNode } from "react";
import Link from "next/link";
import { ButtonLink } from "@/components/ui/button-link";
import { StatusBadge } from "@/components/ui/status-badge";
import { CertificateStatusBadge } from "@/components/certificates/certificate-status-badge";
import { CATEGORY_LABEL, type CertificateCategory } from "@/lib/domain/certificate";
import type { CertificateStatus } from "@/lib/domain/certificate-dates";
import { UNIT_APPLICATION_PAGES, type UnitCertificateKind } from "@/lib/domain/unit-application-pages";
import type { ApplicationStatus } from "@/lib/domain/workflow";

// The rows of a unit's apply tab (延续申请, 变更申请, 注销申请): one certificate each, what it says, and
// what the unit can do about it.

export function ApplyListRow({
  select,
  children,
  action,
}: {
  select?: ReactNode;
  children: ReactNode;
  action: ReactNode;
}) {
  return (
    <li className="flex items-start gap-3 py-3 text-sm">
      {select}
      {children}
      <div className="shrink-0">{action}</div>
    </li>
  );
}

/** The holder and the certificate's status, its number and category, then any further lines. */
export function CertificateSummary({
  certificate: c,
  after,
  children,
}: {
  certificate: { holderName: string; status: CertificateStatus; number: string; category: CertificateCategory };
  /** on the number's line, after the category */
  after?: ReactNode;
  children?: ReactNode;
}) {
  return (
    <div className="min-w-0 flex-1 space-y-0.5">
      <p className="flex flex-wrap items-center gap-x-2 gap-y-1">
        <span className="font-medium">{c.holderName}</span>
        <CertificateStatusBadge status={c.status} />
      </p>
      <p className="text-xs break-all text-slate-600">
        {c.number} · {CATEGORY_LABEL[c.category].slice(0, 2)}
        {after}
      </p>
      {children}
    </div>
  );
}

/**
 * 【申请】 (the list's apply label) where the certificate has no open application of `kind` (none, or
 * the last one cancelled), 【修改】 after a rejection, else the open application's status, linking to it.
 */
export function ApplyAction({
  kind,
  certificate,
  app,
  variant = "primary",
}: {
  kind: UnitCertificateKind;
  certificate: { id: string; holderName: string };
  app: { id: string; status: ApplicationStatus } | null | undefined;
  variant?: "primary" | "secondary";
}) {
  const { list, applyLabel } = UNIT_APPLICATION_PAGES[kind];
  if (!app || app.status === "CANCELLED") {
    return (
      <ButtonLink href={`${list}/new/${certificate.id}`} variant={variant} className="min-h-8 px-3 py-1">
        {applyLabel}
      </ButtonLink>
    );
  }
  if (app.status === "REJECTED") {
    return (
      <ButtonLink href={`${list}/${app.id}`} variant="secondary" className="min-h-8 px-3 py-1">
        修改
      </ButtonLink>
    );
  }
  return (
    <Link href={`${list}/${app.id}`} aria-label={`${certificate.holderName}的申请进度`}>
      <StatusBadge status={app.status} />
    </Link>
  );
}
