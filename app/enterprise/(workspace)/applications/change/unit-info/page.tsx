import Link from "next/link";
import { Alert } from "@/components/ui/alert";
import { ButtonLink, buttonClass } from "@/components/ui/button";
import { Card, CardBody } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { Pagination } from "@/components/ui/pagination";
import { StatusBadge } from "@/components/ui/status-badge";
import { LinkTabs } from "@/components/ui/tabs";
import { CATEGORY_LABEL } from "@/lib/domain/certificate";
import { maskIdNumber } from "@/lib/domain/id-number";
import { lastRejection, type ApplicationStatus } from "@/lib/domain/workflow";
import { requirePageActor } from "@/lib/server/auth/current-actor";
import { countOwnApplicationsByStatus, listOwnApplications } from "@/lib/server/enterprises/own-applications";
import { listCertificatesNeedingUnitInfoChange } from "@/lib/server/unit-info-changes/list-certificates-needing-unit-info-change";
import { unitInfoChangePayload } from "@/lib/schemas/payloads";
import { formatDateTime } from "@/lib/format";
import { CancelApplicationButton } from "@/components/application/cancel-application-button";
import { ApplicationListNotice } from "@/components/application/list-notice";
import { cancelUnitInfoChangeAction } from "./actions";

export const metadata = { title: "单位信息变更" };

const BASE = "/enterprise/applications/change/unit-info";
const TABS: { key: string; label: string; status?: ApplicationStatus }[] = [
  { key: "apply", label: "变更申请" },
  { key: "pending", label: "待审核", status: "PENDING_REVIEW" },
  { key: "assessment", label: "待考核", status: "PENDING_ASSESSMENT" },
  { key: "approved", label: "审核通过", status: "APPROVED" },
  { key: "rejected", label: "审核不通过", status: "REJECTED" },
];

export default async function UnitInfoChangePage({
  searchParams,
}: PageProps<"/enterprise/applications/change/unit-info">) {
  const actor = await requirePageActor("unit.certificate.apply");
  const sp = await searchParams;
  const tab = TABS.find((t) => t.key === sp.tab) ?? TABS[0];
  const counts = await countOwnApplicationsByStatus({ actor, kinds: ["UNIT_INFO_CHANGE"] });

  return (
    <>
      <nav className="text-sm text-slate-500">
        <Link href="/enterprise/applications/change" className="text-brand-700 hover:underline">
          变更申请
        </Link>{" "}
        › 单位信息变更
      </nav>
      <h1 className="text-lg font-semibold">单位信息变更</h1>
      <ApplicationListNotice params={sp} applyTab="变更申请" />
      <Card>
        <CardBody className="space-y-4">
          <LinkTabs
            label="申请状态"
            current={tab.key}
            tabs={TABS.map((t) => ({
              key: t.key,
              label: t.label,
              href: `?tab=${t.key}`,
              count: t.status ? (counts[t.status] ?? 0) : undefined,
            }))}
          />
          {tab.status ? (
            <ApplicationsTab actor={actor} status={tab.status} page={Number(sp.page) || 1} />
          ) : (
            <ApplyTab actor={actor} />
          )}
        </CardBody>
      </Card>
    </>
  );
}

type Actor = Awaited<ReturnType<typeof requirePageActor>>;

async function ApplyTab({ actor }: { actor: Actor }) {
  const { unitName, certificates } = await listCertificatesNeedingUnitInfoChange({ actor });
  if (certificates.length === 0) {
    return <EmptyState title="暂无需要变更的人员">本单位所有证书的单位名称均为「{unitName}」。</EmptyState>;
  }
  return (
    <form action={`${BASE}/batch`} method="get" className="space-y-3">
      <Alert tone="info" title="注：列表中的每个人都要申请">
        以下人员证书上的单位名称与本单位现名称「{unitName}
        」不一致。请逐人点击【变更申请】，下载申请表签字盖章后上传提交；也可勾选多人后点击【批量申请】。
      </Alert>
      <button type="submit" className={buttonClass("secondary")}>
        批量申请
      </button>
      <ul className="divide-y divide-slate-100 border-y border-slate-100">
        {certificates.map((c) => {
          const app = c.applications[0];
          const canApply = !app || app.status === "CANCELLED";
          return (
            <li key={c.id} className="flex items-start gap-3 py-3 text-sm">
              <span className="w-5 pt-0.5">
                {canApply && (
                  <input
                    type="checkbox"
                    name="c"
                    value={c.id}
                    className="size-4"
                    aria-label={`勾选 ${c.person.name}`}
                  />
                )}
              </span>
              <div className="grid min-w-0 flex-1 gap-x-4 gap-y-0.5 sm:grid-cols-[6rem_10rem_1fr]">
                <span className="font-medium">{c.person.name}</span>
                <span className="font-mono text-xs text-slate-600 sm:pt-0.5">{maskIdNumber(c.person.idNumber)}</span>
                <span className="text-xs text-slate-600 sm:pt-0.5">
                  {c.number} · {CATEGORY_LABEL[c.category].slice(0, 2)}
                </span>
                <span className="text-xs text-slate-500 sm:col-span-3">证书所载单位：{c.unitName}</span>
              </div>
              <div className="shrink-0">
                {canApply ? (
                  <ButtonLink href={`${BASE}/new/${c.id}`} className="min-h-8 px-3 py-1">
                    变更申请
                  </ButtonLink>
                ) : app.status === "REJECTED" ? (
                  <ButtonLink href={`${BASE}/${app.id}`} variant="secondary" className="min-h-8 px-3 py-1">
                    修改
                  </ButtonLink>
                ) : (
                  <Link href={`${BASE}/${app.id}`} aria-label={`${c.person.name}的申请进度`}>
                    <StatusBadge status={app.status} />
                  </Link>
                )}
              </div>
            </li>
          );
        })}
      </ul>
    </form>
  );
}

async function ApplicationsTab({ actor, status, page }: { actor: Actor; status: ApplicationStatus; page: number }) {
  const result = await listOwnApplications({ actor, kinds: ["UNIT_INFO_CHANGE"], status, page });
  if (result.rows.length === 0) return <EmptyState title="暂无申请" />;
  return (
    <>
      <ul className="divide-y divide-slate-100">
        {result.rows.map((app) => {
          const p = unitInfoChangePayload.parse(app.payload);
          const rejection = lastRejection(app.events);
          return (
            <li key={app.id} className="space-y-2 py-3 text-sm">
              <div className="flex flex-wrap items-center justify-between gap-2">
                <span className="font-medium">
                  {app.person?.name} · {app.certificate?.number}
                </span>
                <StatusBadge status={app.status} />
              </div>
              <p className="text-slate-600">
                {p.oldUnitName} → <span className="text-slate-900">{p.newUnitName}</span>
              </p>
              <p className="text-xs text-slate-500">提交时间：{formatDateTime(app.submittedAt)}</p>
              {status === "REJECTED" && rejection?.opinion && <Alert tone="error">驳回原因：{rejection.opinion}</Alert>}
              <div className="flex flex-wrap items-center gap-3">
                {status === "REJECTED" && <ButtonLink href={`${BASE}/${app.id}`}>修改</ButtonLink>}
                {status === "PENDING_REVIEW" && (
                  <CancelApplicationButton
                    applicationId={app.id}
                    version={app.version}
                    holder={app.person?.name ?? ""}
                    action={cancelUnitInfoChangeAction}
                    kindLabel="单位信息变更"
                  />
                )}
                <Link href={`${BASE}/${app.id}`} className="text-brand-700 hover:underline">
                  查看审核进度
                </Link>
              </div>
            </li>
          );
        })}
      </ul>
      <Pagination
        page={result.page}
        pageCount={result.pageCount}
        total={result.total}
        params={{ tab: TABS.find((t) => t.status === status)?.key }}
      />
    </>
  );
}
