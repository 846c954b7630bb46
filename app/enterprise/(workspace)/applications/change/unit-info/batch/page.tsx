import { BackLink } from "@/components/ui/back-link";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { requirePageActor } from "@/lib/server/auth/current-actor";
import { listCertificatesNeedingUnitInfoChange } from "@/lib/server/unit-info-changes/list-certificates-needing-unit-info-change";
import { BatchUnitInfoForm } from "./batch-form";

export const metadata = { title: "批量申请单位信息变更" };

export default async function BatchUnitInfoPage({
  searchParams,
}: PageProps<"/enterprise/applications/change/unit-info/batch">) {
  const actor = await requirePageActor("unit.certificate.apply");
  const sp = await searchParams;
  const wanted = new Set(Array.isArray(sp.c) ? sp.c : sp.c ? [sp.c] : []);
  const { unitName, certificates } = await listCertificatesNeedingUnitInfoChange({ actor });
  // Holders already applied for stay listed (as 已提交), so the page still reads right after 【提交】.
  const holders = certificates
    .filter((c) => wanted.has(c.id))
    .map((c) => ({
      certificateId: c.id,
      name: c.person.name,
      number: c.number,
      oldUnitName: c.unitName ?? "",
      submitted: (c.applications[0]?.status ?? "CANCELLED") !== "CANCELLED",
    }));
  return (
    <>
      <BackLink href="/enterprise/applications/change/unit-info">返回单位信息变更</BackLink>
      <Card>
        <CardHeader title="批量申请">
          <p className="text-xs text-slate-500">为每位人员下载申请表，签字盖章后分别上传，一次提交。</p>
        </CardHeader>
        <CardBody>
          {holders.length === 0 ? (
            <EmptyState title="请先在列表中勾选需要申请的人员" />
          ) : (
            <BatchUnitInfoForm holders={holders} newUnitName={unitName} />
          )}
        </CardBody>
      </Card>
    </>
  );
}
