import { redirect } from "next/navigation";
import { AppShell } from "@/components/layout/app-shell";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { ROLE_LABEL } from "@/lib/server/auth/actor";
import { HOME_PATH } from "@/lib/domain/permissions";
import { getCurrentActor } from "@/lib/server/auth/current-actor";
import { listNotifications } from "@/lib/server/notifications/queries";
import { formatDateTime } from "@/lib/format";
import { MarkReadButton } from "./mark-read-button";

export const metadata = { title: "消息" };

export default async function NotificationsPage() {
  const actor = await getCurrentActor();
  if (!actor) redirect("/");
  if (actor.mustChangePassword) redirect("/account/password");
  const messages = await listNotifications({ actor });
  const unread = messages.filter((m) => !m.readAt).length;
  return (
    <AppShell user={{ name: actor.displayName, roleLabel: ROLE_LABEL[actor.role] }} unread={unread}>
      <div className="mx-auto max-w-3xl space-y-4">
        <a href={HOME_PATH[actor.role]} className="text-sm text-brand-700 hover:underline">
          ← 返回
        </a>
        <Card>
          <CardHeader title="消息" actions={unread > 0 ? <MarkReadButton /> : undefined}>
            <p className="text-xs text-slate-500">{unread > 0 ? `${unread} 条未读` : "没有未读消息"}</p>
          </CardHeader>
          <CardBody>
            {messages.length === 0 ? (
              <EmptyState title="暂无消息">申请的审核结果会在这里通知您，同时发送到您的邮箱。</EmptyState>
            ) : (
              <ul className="divide-y divide-slate-100">
                {messages.map((m) => (
                  <li key={m.id} className="space-y-1 py-3 text-sm">
                    <p className="flex items-center gap-2 font-medium">
                      {!m.readAt && <span className="rounded bg-red-600 px-1.5 text-xs text-white">未读</span>}
                      {m.title}
                    </p>
                    <p className="whitespace-pre-line text-slate-700">{m.body}</p>
                    <p className="text-xs text-slate-500">{formatDateTime(m.createdAt)}</p>
                  </li>
                ))}
              </ul>
            )}
          </CardBody>
        </Card>
      </div>
    </AppShell>
  );
}
