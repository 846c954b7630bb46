import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "./auth/actor";
import type { Tx } from "./db";

/** Records who did what to which record (password resets, direct edits). */
export async function audit(
  tx: Tx,
  entry: {
    actor: Actor | null;
    action: string;
    targetType: string;
    targetId: string;
    detail?: Prisma.InputJsonValue;
    ip?: string;
  },
) {
  await tx.auditLog.create({
    data: {
      actorId: entry.actor?.accountId,
      actorRole: entry.actor?.role,
      action: entry.action,
      targetType: entry.targetType,
      targetId: entry.targetId,
      detail: entry.detail,
      ip: entry.ip,
    },
  });
}
