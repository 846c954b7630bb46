import "server-only";
import type { Actor } from "../auth/actor";
import { db } from "../db";

export async function unreadNotificationCount({ actor }: { actor: Actor }): Promise<number> {
  return db.notification.count({ where: { accountId: actor.accountId, readAt: null } });
}

/** The actor's messages, newest first. */
export async function listNotifications({ actor, take = 50 }: { actor: Actor; take?: number }) {
  return db.notification.findMany({ where: { accountId: actor.accountId }, orderBy: { createdAt: "desc" }, take });
}

export async function markNotificationsRead({ actor }: { actor: Actor }): Promise<void> {
  await db.notification.updateMany({
    where: { accountId: actor.accountId, readAt: null },
    data: { readAt: new Date() },
  });
}
