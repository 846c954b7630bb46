import Link from "next/link";
import { ArrowRightLeft, Building2, LogIn, LogOut } from "lucide-react";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { requirePageActor } from "@/lib/server/auth/current-actor";
import { countOwnApplicationsByStatus } from "@/lib/server/enterprises/own-applications";
import { listCertificatesNeedingUnitInfoChange } from "@/lib/server/unit-info-changes/list-certificates-needing-unit-info-change";

export const metadata = { title: "变更申请" };

export default async function ChangeApplicationsPage() {
  const actor = await requirePageActor("unit.workspace");
  const { certificates } = await listCertificatesNeedingUnitInfoChange({ actor });
  const waiting = certificates.filter((c) => !c.applications[0] || c.applications[0].status === "CANCELLED").length;
  const [outCounts, inCounts] = await Promise.all([
    countOwnApplicationsByStatus({ actor, kinds: ["TRANSFER_OUT"] }),
    countOwnApplicationsByStatus({ actor, kinds: ["TRANSFER_IN"] }),
  ]);
  const transfers = [
    {
      label: "人员调出申请",
      href: "/enterprise/applications/change/transfers/out",
      Icon: LogOut,
      toDecide: outCounts.PENDING_UNIT ?? 0,
      hint: "人员离职，审核其证书调出",
    },
    {
      label: "人员调入申请",
      href: "/enterprise/applications/change/transfers/in",
      Icon: LogIn,
      toDecide: inCounts.PENDING_UNIT ?? 0,
      hint: "人员入职，审核其证书调入",
    },
  ] as const;
  return (
    <>
      <h1 className="text-lg font-semibold">变更申请</h1>
      <Card>
        <CardHeader title="请选择业务" />
        <CardBody className="grid gap-3 sm:grid-cols-3">
          <Link
            href="/enterprise/applications/change/unit-info"
            className="flex items-center gap-3 rounded-lg border border-slate-200 p-4 hover:border-brand-600 hover:shadow-sm"
          >
            <Building2 className="size-6 text-brand-700" aria-hidden />
            <span>
              <span className="block font-medium">单位信息变更</span>
              <span className="block text-xs text-slate-500">
                {waiting > 0 ? `${waiting} 人待申请` : "单位名称变更后，为持证人员更新证书"}
              </span>
            </span>
          </Link>
          {transfers.map(({ label, href, Icon, toDecide, hint }) => (
            <Link
              key={href}
              href={href}
              className="flex items-center gap-3 rounded-lg border border-slate-200 p-4 hover:border-brand-600 hover:shadow-sm"
            >
              <Icon className="size-6 text-brand-700" aria-hidden />
              <span>
                <span className="block font-medium">{label}</span>
                <span
                  className={toDecide > 0 ? "block text-xs font-medium text-amber-700" : "block text-xs text-slate-500"}
                >
                  {toDecide > 0 ? `${toDecide} 人待审核` : hint}
                </span>
              </span>
            </Link>
          ))}
        </CardBody>
      </Card>
      <p className="flex items-center gap-1 text-xs text-slate-500">
        <ArrowRightLeft className="size-3.5" aria-hidden />
        人员调出、调入由持证人在个人端发起，单位在此审核。
      </p>
    </>
  );
}
