import { notFound } from "next/navigation";
import { PublicShell } from "@/components/layout/public-shell";
import { Alert } from "@/components/ui/alert";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { listDevMailbox } from "@/lib/server/mail/dev-mailbox";
import { formatDateTime } from "@/lib/format";

export const dynamic = "force-dynamic";
export const metadata = { title: "开发邮箱", robots: { index: false } };

export default async function DevMailboxPage() {
  const messages = await listDevMailbox();
  if (!messages) notFound();
  return (
    <PublicShell>
      <Card>
        <CardHeader title="开发邮箱（/dev/mailbox）">
          <p className="text-xs text-slate-500">
            未配置 SMTP_URL 时，系统邮件在此显示；生产部署（APP_ENV=production）不提供此页面。
          </p>
        </CardHeader>
        <CardBody className="space-y-3">
          <Alert tone="info">最新的邮件在最上面。页面不会自动刷新。</Alert>
          {messages.length === 0 ? (
            <EmptyState title="暂无邮件" />
          ) : (
            <ul className="space-y-3">
              {messages.map((m) => (
                <li key={String(m.id)} className="rounded-md border border-slate-200 p-3 text-sm">
                  <p className="font-medium">{m.subject}</p>
                  <p className="text-xs text-slate-500">
                    收件人 {m.to} · {formatDateTime(m.createdAt)} · {m.sentAt ? "已投递" : "待投递"}
                  </p>
                  <pre className="mt-2 font-sans whitespace-pre-wrap">{m.text}</pre>
                </li>
              ))}
            </ul>
          )}
        </CardBody>
      </Card>
    </PublicShell>
  );
}
