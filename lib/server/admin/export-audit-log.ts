import "server-only";
import { auditActionLabel } from "@/lib/domain/audit-actions";
import { formatDateTime } from "@/lib/format";
import { assertRole, ROLE_LABEL, type Actor } from "../auth/actor";
import { db } from "../db";
import type { XlsxExport } from "../excel";
import { auditWhere, type AuditFilter } from "./audit-filter";
import { AUDIT_INCLUDE } from "./list-audit-log";

/** More than this is not a report but a dump: the export says so in its last row. */
export const AUDIT_EXPORT_LIMIT = 10_000;

/** 审计日志 → 【导出Excel】: the matching rows, newest first (auditExportRows), one line each. */
export const AUDIT_EXPORT: XlsxExport<AuditRow> = {
  sheetName: "审计日志",
  fileName: (today) => `审计日志-${today}.xlsx`,
  columns: [
    { header: "时间", key: "at", width: 18, value: (r) => formatDateTime(r.at) },
    { header: "操作", key: "action", width: 18, value: (r) => auditActionLabel(r.action) },
    { header: "操作人", key: "actor", width: 20, value: actorText },
    { header: "角色", key: "role", width: 10, value: (r) => (r.actorRole ? ROLE_LABEL[r.actorRole] : "") },
    { header: "对象类型", key: "targetType", width: 12, value: (r) => r.targetType },
    { header: "对象ID", key: "targetId", width: 38, value: (r) => r.targetId },
    { header: "IP", key: "ip", width: 16, value: (r) => r.ip ?? "" },
    { header: "详情", key: "detail", width: 40, value: (r) => (r.detail === null ? "" : JSON.stringify(r.detail)) },
  ],
  limit: { rows: AUDIT_EXPORT_LIMIT, note: `仅导出最近 ${AUDIT_EXPORT_LIMIT} 条，请缩小查询范围` },
};

/** The matching rows, newest first, up to the limit (read before the download starts). */
export async function auditExportRows({ actor, filter }: { actor: Actor; filter: AuditFilter }) {
  assertRole(actor, ["ADMIN"]);
  return db.auditLog.findMany({
    where: auditWhere(filter),
    orderBy: { id: "desc" },
    take: AUDIT_EXPORT_LIMIT,
    include: AUDIT_INCLUDE,
  });
}

type AuditRow = Awaited<ReturnType<typeof auditExportRows>>[number];

function actorText(r: AuditRow): string {
  return r.actor ? `${r.actor.displayName}${r.actor.username ? `（${r.actor.username}）` : ""}` : "本人或命令行";
}
