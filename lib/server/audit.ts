import "server-only";
import { headers } from "next/headers";
import type { Prisma } from "@/lib/generated/prisma/client";
import { CLIENT_IP_HEADER, clientIp } from "@/lib/client-ip";
import type { Actor } from "./auth/actor";
import { db, type Tx } from "./db";

/** The caller's address and user agent when running inside a request; nothing in jobs and tests. */
async function requestOrigin(): Promise<{ ip?: string; userAgent?: string }> {
  try {
    const h = await headers();
    return { ip: clientIp(h.get(CLIENT_IP_HEADER)), userAgent: h.get("user-agent")?.slice(0, 300) };
  } catch {
    return {};
  }
}

/**
 * Records who did what to which record, from where (安全审计). The table is append-only in the
 * database (a trigger refuses UPDATE and DELETE); `ip`/`userAgent` default to the current request's.
 */
export async function audit(
  tx: Tx,
  entry: {
    actor: Actor | { accountId: string; role: Actor["role"] } | null;
    action: string;
    targetType: string;
    targetId: string;
    detail?: Prisma.InputJsonValue;
    ip?: string;
    userAgent?: string;
  },
) {
  const origin = entry.ip === undefined ? await requestOrigin() : {};
  await tx.auditLog.create({
    data: {
      actorId: entry.actor?.accountId,
      actorRole: entry.actor?.role,
      action: entry.action,
      targetType: entry.targetType,
      targetId: entry.targetId,
      detail: entry.detail,
      ip: entry.ip ?? origin.ip,
      userAgent: (entry.userAgent ?? origin.userAgent)?.slice(0, 300),
    },
  });
}

/** Many audit rows of one actor in one insert (a batch of issued certificates), from the current request. */
export async function auditMany(
  tx: Tx,
  actor: Actor,
  entries: { action: string; targetType: string; targetId: string; detail?: Prisma.InputJsonValue }[],
) {
  if (entries.length === 0) return;
  const { ip, userAgent } = await requestOrigin();
  // one INSERT … SELECT FROM unnest(arrays): a parameter per column, not per cell
  await tx.$executeRaw`
    INSERT INTO "AuditLog" ("actorId", "actorRole", "action", "targetType", "targetId", "detail", "ip", "userAgent")
    SELECT ${actor.accountId}::uuid, ${actor.role}::"Role", t.action, t.target_type, t.target_id, t.detail,
      ${ip ?? null}, ${userAgent ?? null}
    FROM unnest(${entries.map((e) => e.action)}::text[], ${entries.map((e) => e.targetType)}::text[],
      ${entries.map((e) => e.targetId)}::text[], ${entries.map((e) => (e.detail === undefined ? null : JSON.stringify(e.detail)))}::jsonb[])
      AS t(action, target_type, target_id, detail)`;
}

/** A staff search by 身份证号 is logged with the number searched (other searches are not). */
export async function auditIdNumberSearch(actor: Actor, q: string | undefined, where: string) {
  const id = q?.trim().toUpperCase();
  if (!id || !/^\d{17}[\dX]$/.test(id)) return;
  await audit(db, { actor, action: "search.id-number", targetType: "Person", targetId: id, detail: { where } });
}
