import "server-only";
import type { Tx } from "../db";
import { enqueueMail } from "../mail/outbox";

/** Tells an account something by email and in the app (the bell), in the caller's transaction. */
export async function notify(
  tx: Tx,
  input: { accountId: string; email: string; title: string; body: string; applicationId?: string },
): Promise<void> {
  await tx.notification.create({
    data: { accountId: input.accountId, title: input.title, body: input.body, applicationId: input.applicationId },
  });
  await enqueueMail(tx, {
    to: input.email,
    subject: `【安管人员考核系统】${input.title}`,
    text: `${input.body}\n\n请登录交通运输工程施工单位安管人员安全生产考核管理信息系统查看详情。`,
  });
}
