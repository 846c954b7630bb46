import type { ReactNode } from "react";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Alert } from "@/components/ui/alert";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { CancelApplicationButton } from "@/components/application/cancel-application-button";
import type { ApplicationKind } from "@/lib/domain/application-kinds";
import { lastRejection } from "@/lib/domain/workflow";
import type { Actor } from "@/lib/server/auth/actor";
import { getOwnApplication } from "@/lib/server/enterprises/own-applications";
import { DomainError, NotFoundError } from "@/lib/server/errors";

/** A page's own data: "not yours / not found" is a 404; another refusal comes back to be shown. */
export async function pageDataOrNotFound<T>(load: Promise<T>): Promise<T | DomainError> {
  try {
    return await load;
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    if (error instanceof DomainError) return error;
    throw error;
  }
}

/** The signed-in enterprise's application of this kind, with its holder and certificate; otherwise a 404. */
export async function ownApplicationOrNotFound(actor: Actor, applicationId: string, kind: ApplicationKind) {
  const app = await pageDataOrNotFound(getOwnApplication({ actor, applicationId, kind }));
  if (app instanceof DomainError) throw app;
  const { person, certificate } = app;
  if (!person || !certificate) notFound();
  return { ...app, person, certificate };
}

/** An enterprise application page (new or detail): the back link to its list, then the card. */
export function EnterpriseApplicationFrame({
  back,
  title,
  status,
  header,
  bodyClassName = "space-y-4",
  children,
  after,
}: {
  back: { href: string; label: string };
  title: string;
  /** shown at the right of the title */
  status?: ReactNode;
  /** a line under the title */
  header?: ReactNode;
  bodyClassName?: string;
  children: ReactNode;
  /** below the card (the timeline) */
  after?: ReactNode;
}) {
  return (
    <>
      <Link href={back.href} className="text-sm text-brand-700 hover:underline">
        ← {back.label}
      </Link>
      <Card>
        <CardHeader title={title} actions={status}>
          {header}
        </CardHeader>
        <CardBody className={bodyClassName}>{children}</CardBody>
      </Card>
      {after}
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
