import "server-only";
import { paginate } from "../paginate";
import { assertRole, type Actor } from "../auth/actor";
import { readDb } from "../read-db";
import { auditWhere, type AuditFilter } from "./audit-filter";

export const AUDIT_PAGE_SIZE = 50;

export const AUDIT_INCLUDE = { actor: { select: { displayName: true, username: true } } } as const;

/** 系统管理员: the audit log, newest first, searched by actor, target, action and time range. */
export async function listAuditLog({
  actor,
  filter = {},
  page = 1,
}: {
  actor: Actor;
  filter?: AuditFilter;
  page?: number;
}) {
  assertRole(actor, ["ADMIN"]);
  const where = auditWhere(filter);
  const reader = await readDb();
  return paginate(
    page,
    (take) => reader.auditLog.count({ where, take }),
    (window) => reader.auditLog.findMany({ where, orderBy: { id: "desc" }, ...window, include: AUDIT_INCLUDE }),
    AUDIT_PAGE_SIZE,
  );
}
