import "server-only";
import { assertRole, type Actor } from "../auth/actor";
import { db } from "../db";

export const AUDIT_PAGE_SIZE = 50;

/** 系统管理员: the audit log, newest first. */
export async function listAuditLog({ actor, page = 1 }: { actor: Actor; page?: number }) {
  assertRole(actor, ["ADMIN"]);
  const p = Math.max(1, page);
  const [total, rows] = await Promise.all([
    db.auditLog.count(),
    db.auditLog.findMany({
      orderBy: { id: "desc" },
      skip: (p - 1) * AUDIT_PAGE_SIZE,
      take: AUDIT_PAGE_SIZE,
      include: { actor: { select: { displayName: true } } },
    }),
  ]);
  return { total, rows, page: p, pageCount: Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE)) };
}
