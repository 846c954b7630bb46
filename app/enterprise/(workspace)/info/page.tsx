import Link from "next/link";
import { Pencil } from "lucide-react";
import { Alert } from "@/components/ui/alert";
import { ButtonLink } from "@/components/ui/button-link";
import { Card, CardBody, CardHeader, ListCard } from "@/components/ui/card";
import { StatusBadge } from "@/components/ui/status-badge";
import { EnterpriseDetails } from "@/components/enterprise/enterprise-details";
import { ChangedFields } from "@/components/enterprise/change-summary";
import { lastRejection, OPEN_STATUSES } from "@/lib/domain/workflow";
import { KINDS } from "@/lib/domain/application-kinds";
import { enterpriseTodo } from "@/lib/domain/home-todo";
import { TodoCard } from "@/components/home/todo-card";
import { countEnterpriseTodo } from "@/lib/server/home-todo/count-enterprise-todo";
import { requirePageActor } from "@/lib/server/auth/current-actor";
import { getOwnEnterprise } from "@/lib/server/enterprises/queries";
import { listOwnApplications } from "@/lib/server/enterprises/own-applications";
import { formatDateTime } from "@/lib/format";

export const metadata = { title: "企业信息" };

export default async function EnterpriseInfoPage({ searchParams }: PageProps<"/enterprise/info">) {
  const actor = await requirePageActor("unit.workspace");
  const sp = await searchParams;
  const [enterprise, changes, todo] = await Promise.all([
    getOwnEnterprise({ actor }),
    listOwnApplications({ actor, kinds: ["NAME_CHANGE", "QUALIFICATION_CHANGE"] }),
    countEnterpriseTodo({ actor }),
  ]);
  const submitted = typeof sp.submitted === "string" ? sp.submitted.split(",").filter(Boolean) : [];
  const savedCount = Number(sp.saved) || 0;

  return (
    <>
      <h1 className="text-lg font-semibold">企业信息</h1>
      {(savedCount > 0 || submitted.length > 0) && (
        <Alert tone="success" title="提交成功">
          {savedCount > 0 && <p>其他信息已保存并生效。</p>}
          {submitted.map((k) => (
            <p key={k}>{KINDS[k as keyof typeof KINDS].label}已提交，等待审核；审核通过前仍以原信息为准。</p>
          ))}
        </Alert>
      )}
      {sp.email === "1" && <Alert tone="success">邮箱已更换。</Alert>}
      <TodoCard items={enterpriseTodo(todo, (kind) => KINDS[kind].label)} />
      <Card>
        <CardHeader
          title="基础信息"
          actions={
            <ButtonLink href="/enterprise/info/edit" variant="secondary">
              <Pencil className="size-4" aria-hidden />
              编辑
            </ButtonLink>
          }
        />
        <CardBody>
          <EnterpriseDetails enterprise={enterprise} />
        </CardBody>
      </Card>
      {changes.rows.length > 0 && (
        <ListCard title="变更申请记录">
          {changes.rows.map((app) => {
            const rejection = lastRejection(app.events);
            const blocked = changes.rows.some(
              (o) => o.kind === app.kind && o.id !== app.id && OPEN_STATUSES.includes(o.status),
            );
            return (
              <li key={app.id} className="space-y-2 py-3 text-sm">
                <div className="flex flex-wrap items-center justify-between gap-2">
                  <span className="font-medium">{KINDS[app.kind].label}</span>
                  <StatusBadge status={app.status} />
                </div>
                <ChangedFields kind={app.kind} payload={app.payload} className="space-y-0.5 text-slate-600" />
                <p className="text-xs text-slate-500">提交时间：{formatDateTime(app.submittedAt)}</p>
                {app.status === "REJECTED" && rejection?.opinion && (
                  <Alert tone="error">驳回原因：{rejection.opinion}</Alert>
                )}
                <div className="flex flex-wrap gap-2">
                  {app.status === "REJECTED" && !blocked && (
                    <ButtonLink href={`/enterprise/info/changes/${app.id}`}>前往修改</ButtonLink>
                  )}
                  <Link
                    href={`/enterprise/info/changes/${app.id}`}
                    className="self-center text-brand-700 hover:underline"
                  >
                    查看进度
                  </Link>
                </div>
              </li>
            );
          })}
        </ListCard>
      )}
    </>
  );
}
