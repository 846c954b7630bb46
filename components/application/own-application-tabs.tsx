import type { ReactNode } from "react";
import Link from "next/link";
import { Alert } from "@/components/ui/alert";
import { ButtonLink } from "@/components/ui/button-link";
import { Card, CardBody } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { Pagination } from "@/components/ui/pagination";
import { StatusBadge } from "@/components/ui/status-badge";
import { LinkTabs } from "@/components/ui/tabs";
import { KINDS, type ApplicationKind } from "@/lib/domain/application-kinds";
import { UNIT_APPLICATION_PAGES, type UnitCertificateKind } from "@/lib/domain/unit-application-pages";
import { lastRejection, STATUS_LABEL, type ApplicationStatus } from "@/lib/domain/workflow";
import type { Actor } from "@/lib/server/auth/actor";
import { requirePageActor } from "@/lib/server/auth/current-actor";
import { countOwnApplicationsByStatus, listOwnApplications } from "@/lib/server/enterprises/own-applications";
import { formatDateTime } from "@/lib/format";
import { CancelApplicationButton } from "./cancel-application-button";
import { ApplicationListNotice } from "./list-notice";

// The unit's page for one certificate-bound kind (延续, 单位信息变更, 注销): a tab to file, then a tab per
// status listing its own applications with progress, 取消申请 while pending and the reason of a rejection.

export type OwnApplication = Awaited<ReturnType<typeof listOwnApplications>>["rows"][number];
type CancelAction = Parameters<typeof CancelApplicationButton>[0]["action"];
type Tab = { key: string; label: string; status?: ApplicationStatus };

const STATUS_TABS: { key: string; status: ApplicationStatus }[] = [
  { key: "pending", status: "PENDING_REVIEW" },
  { key: "assessment", status: "PENDING_ASSESSMENT" },
  { key: "approved", status: "APPROVED" },
  { key: "rejected", status: "REJECTED" },
];

/** The apply tab, then a tab per status the kind's workflow can reach (待考核 only where it is assessed). */
function ownApplicationTabs(kind: UnitCertificateKind): Tab[] {
  const reached = (status: ApplicationStatus) => KINDS[kind].workflow.some((t) => t.to === status);
  return [
    { key: "apply", label: UNIT_APPLICATION_PAGES[kind].applyLabel },
    ...STATUS_TABS.filter((t) => reached(t.status)).map((t) => ({ ...t, label: STATUS_LABEL[t.status] })),
  ];
}

/**
 * The list page of `kind` (its URL, title and place in the menu from UNIT_APPLICATION_PAGES), for the
 * unit's staff: `ApplyTab` is the content of the tab where one files, `list` how a status tab lists.
 */
export function ownApplicationTabsPage(
  kind: UnitCertificateKind,
  {
    ApplyTab,
    ...list
  }: Omit<ListProps, "base"> & { ApplyTab: (props: { actor: Actor; page: number }) => Promise<ReactNode> },
) {
  const { list: base, title, parent } = UNIT_APPLICATION_PAGES[kind];
  const tabs = ownApplicationTabs(kind);
  return async function OwnApplicationTabsPage(props: { searchParams: Promise<SearchParams> }) {
    const actor = await requirePageActor("unit.certificate.apply");
    const searchParams = await props.searchParams;
    const tab = tabs.find((t) => t.key === searchParams.tab) ?? tabs[0];
    const page = Number(searchParams.page) || 1;
    const counts = await countOwnApplicationsByStatus({ actor, kinds: [kind] });
    return (
      <>
        <nav className="text-sm text-slate-500">
          {parent ? (
            <Link href={parent.href} className="text-brand-700 underline">
              {parent.label}
            </Link>
          ) : (
            "申请业务"
          )}{" "}
          › {title}
        </nav>
        <h1 className="text-lg font-semibold">{title}</h1>
        <ApplicationListNotice params={searchParams} applyTab={tabs[0].label} />
        <Card>
          <CardBody className="space-y-4">
            <LinkTabs
              label="申请状态"
              current={tab.key}
              tabs={tabs.map((t) => ({ ...t, count: t.status ? (counts[t.status] ?? 0) : undefined }))}
            />
            {tab.status ? (
              <OwnApplicationList
                {...list}
                base={base}
                actor={actor}
                kind={kind}
                tab={{ key: tab.key, status: tab.status }}
                page={page}
              />
            ) : (
              <ApplyTab actor={actor} page={page} />
            )}
          </CardBody>
        </Card>
      </>
    );
  };
}

type SearchParams = Record<string, string | string[] | undefined>;

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
      <Pagination result={result} params={{ tab: tab.key }} />
    </>
  );
}
