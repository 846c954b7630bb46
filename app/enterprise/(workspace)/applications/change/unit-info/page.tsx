import { Alert } from "@/components/ui/alert";
import { buttonClass } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { ownApplicationTabsPage } from "@/components/application/own-application-tabs";
import { ApplyAction, ApplyListRow } from "@/components/application/apply-list";
import { CATEGORY_LABEL } from "@/lib/domain/certificate";
import { maskIdNumber } from "@/lib/domain/id-number";
import { UNIT_APPLICATION_PAGES } from "@/lib/domain/unit-application-pages";
import type { Actor } from "@/lib/server/auth/actor";
import { listCertificatesNeedingUnitInfoChange } from "@/lib/server/unit-info-changes/list-certificates-needing-unit-info-change";
import { unitInfoChangePayload } from "@/lib/schemas/payloads";
import { cancelUnitInfoChangeAction } from "./actions";

export const metadata = { title: "单位信息变更" };

const BASE = UNIT_APPLICATION_PAGES.UNIT_INFO_CHANGE.list;

export default ownApplicationTabsPage("UNIT_INFO_CHANGE", {
  ApplyTab,
  cancelAction: cancelUnitInfoChangeAction,
  details: (app) => {
    const p = unitInfoChangePayload.parse(app.payload);
    return (
      <p className="text-slate-600">
        {p.oldUnitName} → <span className="text-slate-900">{p.newUnitName}</span>
      </p>
    );
  },
  resubmitBlocked: () => null,
});

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
            <ApplyListRow
              key={c.id}
              select={
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
              }
              action={
                <ApplyAction kind="UNIT_INFO_CHANGE" certificate={{ id: c.id, holderName: c.person.name }} app={app} />
              }
            >
              <div className="grid min-w-0 flex-1 gap-x-4 gap-y-0.5 sm:grid-cols-[6rem_10rem_1fr]">
                <span className="font-medium">{c.person.name}</span>
                <span className="font-mono text-xs text-slate-600 sm:pt-0.5">{maskIdNumber(c.person.idNumber)}</span>
                <span className="text-xs text-slate-600 sm:pt-0.5">
                  {c.number} · {CATEGORY_LABEL[c.category].slice(0, 2)}
                </span>
                <span className="text-xs text-slate-500 sm:col-span-3">证书所载单位：{c.unitName}</span>
              </div>
            </ApplyListRow>
          );
        })}
      </ul>
    </form>
  );
}
