import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Tx } from "../db";
import { enqueueMail } from "../mail/outbox";

/**
 * Tells an account something by email and in the app (the bell), in the caller's transaction: both
 * rows in one statement (a batch of 100 decisions writes 100 of these).
 */
export async function notify(
  tx: Tx,
  input: { accountId: string; email: string; title: string; body: string; applicationId?: string },
): Promise<void> {
  const bell = Prisma.sql`WITH bell AS (
    INSERT INTO "Notification" (id, "accountId", title, body, "applicationId")
    VALUES (gen_random_uuid(), ${input.accountId}::uuid, ${input.title}, ${input.body}, ${input.applicationId ?? null}::uuid))`;
  await enqueueMail(
    tx,
    {
      to: input.email,
      subject: `【安管人员考核系统】${input.title}`,
      text: `${input.body}\n\n请登录交通运输工程施工单位安管人员安全生产考核管理信息系统查看详情。`,
    },
    bell,
  );
}
