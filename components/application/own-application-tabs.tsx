import type { ReactNode } from "react";
import Link from "next/link";
import { Alert } from "@/components/ui/alert";
import { ButtonLink } from "@/components/ui/button";
import { Card, CardBody } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { Pagination } from "@/components/ui/pagination";
import { StatusBadge } from "@/components/ui/status-badge";
import { LinkTabs } from "@/components/ui/tabs";
import { KINDS, type ApplicationKind } from "@/lib/domain/application-kinds";
import { lastRejection, type ApplicationStatus } from "@/lib/domain/workflow";
import type { Actor } from "@/lib/server/auth/actor";
import { countOwnApplicationsByStatus, listOwnApplications } from "@/lib/server/enterprises/own-applications";
import { formatDateTime } from "@/lib/format";
import { CancelApplicationButton } from "./cancel-application-button";
import { ApplicationListNotice } from "./list-notice";

// The unit's page for one certificate-bound kind (延续, 单位信息变更, 注销): a tab to file, then a tab per
// status listing its own applications with progress, 取消申请 while pending and the reason of a rejection.

export type OwnApplicationTab = { key: string; label: string; status?: ApplicationStatus };
export type OwnApplication = Awaited<ReturnType<typeof listOwnApplications>>["rows"][number];
type CancelAction = Parameters<typeof CancelApplicationButton>[0]["action"];

export async function OwnApplicationTabsPage({
  actor,
  kind,
  breadcrumb,
  title,
  tabs,
  searchParams,
  applyTab,
  list,
}: {
  actor: Actor;
  kind: ApplicationKind;
  breadcrumb: ReactNode;
  title: string;
  /** the first tab (no status) is where a new application is made */
  tabs: OwnApplicationTab[];
  searchParams: Record<string, string | string[] | undefined>;
  /** the content of the tab where one files */
  applyTab: ReactNode;
  /** how a status tab lists the applications */
  list: ListProps;
}) {
  const tab = tabs.find((t) => t.key === searchParams.tab) ?? tabs[0];
  const counts = await countOwnApplicationsByStatus({ actor, kinds: [kind] });
  return (
    <>
      <nav className="text-sm text-slate-500">{breadcrumb}</nav>
      <h1 className="text-lg font-semibold">{title}</h1>
      <ApplicationListNotice params={searchParams} applyTab={tabs[0].label} />
      <Card>
        <CardBody className="space-y-4">
          <LinkTabs
            label="申请状态"
            current={tab.key}
            tabs={tabs.map((t) => ({
              key: t.key,
              label: t.label,
              href: `?tab=${t.key}`,
              count: t.status ? (counts[t.status] ?? 0) : undefined,
            }))}
          />
          {tab.status ? (
            <OwnApplicationList
              {...list}
              actor={actor}
              kind={kind}
              tab={{ key: tab.key, status: tab.status }}
              page={Number(searchParams.page) || 1}
            />
          ) : (
            applyTab
          )}
        </CardBody>
      </Card>
    </>
  );
}

interface ListProps {
  /** the list's URL; a row's detail page is base/<id> */
  base: string;
  cancelAction: CancelAction;
  /** what the row says about its application (under the holder and number) */
  details: (app: OwnApplication) => ReactNode;
  /** for a kind the unit may correct after a rejection (【修改】): why this one cannot be, or null */
  resubmitBlocked?: (app: OwnApplication) => string | null;
  /** whether the unit may 【取消申请】 this pending one (e.g. only what it filed itself) */
  canCancel?: (app: OwnApplication) => boolean;
}

/** The unit's own applications of a kind in one status, one row each. */
async function OwnApplicationList({
  actor,
  kind,
  tab,
  page,
  base,
  cancelAction,
  details,
  resubmitBlocked,
  canCancel = () => true,
}: ListProps & {
  actor: Actor;
  kind: ApplicationKind;
  tab: { key: string; status: ApplicationStatus };
  page: number;
}) {
  const { status } = tab;
  const result = await listOwnApplications({ actor, kinds: [kind], status, page });
  if (result.rows.length === 0) return <EmptyState title="暂无申请" />;
  return (
    <>
      <ul className="divide-y divide-slate-100">
        {result.rows.map((app) => {
          const rejection = lastRejection(app.events);
          const open = status === "PENDING_REVIEW" || status === "PENDING_ASSESSMENT";
          const blocked = status === "REJECTED" && resubmitBlocked ? resubmitBlocked(app) : null;
          const canResubmit = status === "REJECTED" && resubmitBlocked && !blocked;
          return (
            <li key={app.id} className="space-y-2 py-3 text-sm">
              <div className="flex flex-wrap items-center justify-between gap-2">
                <span className="min-w-0 font-medium break-all">
                  {app.person?.name} · {app.certificate?.number}
                </span>
                <StatusBadge status={app.status} />
              </div>
              {details(app)}
              <p className="text-xs text-slate-500">提交时间：{formatDateTime(app.submittedAt)}</p>
              {status === "REJECTED" && rejection?.opinion && <Alert tone="error">驳回原因：{rejection.opinion}</Alert>}
              {blocked && <p className="text-xs text-slate-500">{blocked}</p>}
              <div className="flex flex-wrap items-center gap-3">
                {canResubmit && <ButtonLink href={`${base}/${app.id}`}>修改</ButtonLink>}
                {status === "PENDING_REVIEW" && canCancel(app) && (
                  <CancelApplicationButton
                    applicationId={app.id}
                    version={app.version}
                    holder={app.person?.name ?? ""}
                    action={cancelAction}
                    kindLabel={KINDS[kind].label}
                  />
                )}
                <Link href={`${base}/${app.id}`} className="text-brand-700 hover:underline">
                  {open ? "查看审核进度" : "查看详情"}
                </Link>
              </div>
            </li>
          );
        })}
      </ul>
      <Pagination page={result.page} pageCount={result.pageCount} total={result.total} params={{ tab: tab.key }} />
    </>
  );
}
