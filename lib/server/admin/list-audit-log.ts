import "server-only";
import { paginate } from "../paginate";
import { assertRole, type Actor } from "../auth/actor";
import { db } from "../db";

export const AUDIT_PAGE_SIZE = 50;

/** 系统管理员: the audit log, newest first. */
export async function listAuditLog({ actor, page = 1 }: { actor: Actor; page?: number }) {
  assertRole(actor, ["ADMIN"]);
  return paginate(
    page,
    () => db.auditLog.count(),
    (window) =>
      db.auditLog.findMany({
        orderBy: { id: "desc" },
        ...window,
        include: { actor: { select: { displayName: true } } },
      }),
    AUDIT_PAGE_SIZE,
  );
}
