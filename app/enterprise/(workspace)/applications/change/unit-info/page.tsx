import Link from "next/link";
import { Alert } from "@/components/ui/alert";
import { ButtonLink, buttonClass } from "@/components/ui/button";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { Pagination } from "@/components/ui/pagination";
import { StatusBadge } from "@/components/ui/status-badge";
import { LinkTabs } from "@/components/ui/tabs";
import { CATEGORY_LABEL } from "@/lib/domain/certificate";
import { maskIdNumber } from "@/lib/domain/id-number";
import { OPEN_STATUSES, type ApplicationStatus } from "@/lib/domain/workflow";
import { requirePageActor } from "@/lib/server/auth/current-actor";
import { countOwnApplicationsByStatus, listOwnApplications } from "@/lib/server/enterprises/own-applications";
import { listCertificatesNeedingUnitInfoChange } from "@/lib/server/unit-info/unit-info-change";
import { unitInfoChangePayload } from "@/lib/schemas/payloads";
import { formatDateTime } from "@/lib/format";
import { CancelApplicationButton } from "./cancel-button";

export const metadata = { title: "单位信息变更" };

const BASE = "/enterprise/applications/change/unit-info";
const TABS: { key: string; label: string; status?: ApplicationStatus }[] = [
  { key: "apply", label: "变更申请" },
  { key: "pending", label: "待审核", status: "PENDING_REVIEW" },
  { key: "assessment", label: "待考核", status: "PENDING_ASSESSMENT" },
  { key: "approved", label: "审核通过", status: "APPROVED" },
  { key: "rejected", label: "审核不通过", status: "REJECTED" },
];

export default async function UnitInfoChangePage({ searchParams }: PageProps<"/enterprise/applications/change/unit-info">) {
  const actor = await requirePageActor(["ENTERPRISE"], "/login/enterprise");
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
      {sp.submitted === "1" && <Alert tone="success">已提交，等待审核部门审核。可在【待审核】中查看审核进度。</Alert>}
      <Card>
        <CardBody className="space-y-4">
          <LinkTabs
            label="申请状态"
            current={tab.key}
            tabs={TABS.map((t) => ({ key: t.key, label: t.label, href: `?tab=${t.key}`, count: t.status ? (counts[t.status] ?? 0) : undefined }))}
          />
          {tab.status ? <ApplicationsTab actor={actor} status={tab.status} page={Number(sp.page) || 1} /> : <ApplyTab actor={actor} />}
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
        以下人员证书上的单位名称与本单位现名称「{unitName}」不一致。请逐人点击【变更申请】，下载申请表签字盖章后上传提交；也可勾选多人后点击【批量申请】。
      </Alert>
      <button type="submit" className={buttonClass("secondary")}>
        批量申请
      </button>
      <div className="overflow-x-auto">
        <table className="w-full min-w-[720px] text-left text-sm">
          <thead className="border-b border-slate-200 text-xs text-slate-500">
            <tr>
              <th className="w-8 py-2" aria-label="勾选" />
              <th className="py-2 pr-3 font-medium">姓名</th>
              <th className="py-2 pr-3 font-medium">身份证号</th>
              <th className="py-2 pr-3 font-medium">证书编号</th>
              <th className="py-2 pr-3 font-medium">类别</th>
              <th className="py-2 pr-3 font-medium">证书所载单位名称</th>
              <th className="py-2 font-medium">操作</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {certificates.map((c) => {
              const app = c.applications[0];
              const open = app && OPEN_STATUSES.includes(app.status);
              return (
                <tr key={c.id}>
                  <td className="py-2">
                    {(!app || app.status === "CANCELLED") && <input type="checkbox" name="c" value={c.id} className="size-4" aria-label={`勾选 ${c.person.name}`} />}
                  </td>
                  <td className="py-2 pr-3">{c.person.name}</td>
                  <td className="py-2 pr-3 font-mono text-xs">{maskIdNumber(c.person.idNumber)}</td>
                  <td className="py-2 pr-3 whitespace-nowrap">{c.number}</td>
                  <td className="py-2 pr-3">{CATEGORY_LABEL[c.category].slice(0, 2)}</td>
                  <td className="py-2 pr-3">{c.unitName}</td>
                  <td className="py-2 whitespace-nowrap">
                    {!app || app.status === "CANCELLED" ? (
                      <ButtonLink href={`${BASE}/new/${c.id}`} className="min-h-8 px-3 py-1">
                        变更申请
                      </ButtonLink>
                    ) : open ? (
                      <Link href={`${BASE}/${app.id}`} className="inline-flex items-center gap-2 text-brand-700 hover:underline">
                        <StatusBadge status={app.status} />
                      </Link>
                    ) : app.status === "REJECTED" ? (
                      <ButtonLink href={`${BASE}/${app.id}`} variant="secondary" className="min-h-8 px-3 py-1">
                        修改
                      </ButtonLink>
                    ) : (
                      <StatusBadge status={app.status} />
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
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
          const rejection = [...app.events].reverse().find((e) => e.toStatus === "REJECTED");
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
                {status === "PENDING_REVIEW" && <CancelApplicationButton applicationId={app.id} version={app.version} holder={app.person?.name ?? ""} />}
                <Link href={`${BASE}/${app.id}`} className="text-brand-700 hover:underline">
                  查看审核进度
                </Link>
              </div>
            </li>
          );
        })}
      </ul>
      <Pagination page={result.page} pageCount={result.pageCount} total={result.total} params={{ tab: TABS.find((t) => t.status === status)?.key }} />
    </>
  );
}
