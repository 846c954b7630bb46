import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";

export const metadata = { title: "变更申请" };

const ENTRIES = ["单位信息变更", "人员调出申请", "人员调入申请"];

export default function ChangeApplicationsPage() {
  return (
    <>
      <h1 className="text-lg font-semibold">变更申请</h1>
      <Card>
        <CardHeader title="变更申请" />
        <CardBody>
          <ul className="mb-2 flex flex-wrap gap-2 text-sm">
            {ENTRIES.map((e) => (
              <li key={e} className="rounded-md border border-slate-200 px-3 py-1.5 text-slate-500">
                {e}（即将开放）
              </li>
            ))}
          </ul>
          <EmptyState title="暂无变更申请">单位信息变更、人员调出、人员调入业务即将开放。</EmptyState>
        </CardBody>
      </Card>
    </>
  );
}
