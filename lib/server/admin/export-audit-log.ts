import "server-only";
import type { Writable } from "node:stream";
import { auditActionLabel } from "@/lib/domain/audit-actions";
import type { CalendarDate } from "@/lib/domain/calendar-date";
import { formatDateTime } from "@/lib/format";
import { assertRole, ROLE_LABEL, type Actor } from "../auth/actor";
import { db } from "../db";
import { writeWorkbook } from "../excel";
import { auditWhere, type AuditFilter } from "./audit-filter";
import { AUDIT_INCLUDE } from "./list-audit-log";

/** More than this is not a report but a dump: the export says so in its last row. */
export const AUDIT_EXPORT_LIMIT = 10_000;

export const AUDIT_SHEET_NAME = "审计日志";

export const AUDIT_EXPORT_COLUMNS = [
  { header: "时间", key: "at", width: 18 },
  { header: "操作", key: "action", width: 18 },
  { header: "操作人", key: "actor", width: 20 },
  { header: "角色", key: "role", width: 10 },
  { header: "对象类型", key: "targetType", width: 12 },
  { header: "对象ID", key: "targetId", width: 38 },
  { header: "IP", key: "ip", width: 16 },
  { header: "详情", key: "detail", width: 40 },
] as const;

export const auditExportFileName = (today: CalendarDate) => `审计日志-${today}.xlsx`;

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

export function writeAuditWorkbook(rows: readonly AuditRow[], output: Writable): Promise<void> {
  const lines = rows.map((r) => ({
    at: formatDateTime(r.at),
    action: auditActionLabel(r.action),
    actor: r.actor ? `${r.actor.displayName}${r.actor.username ? `（${r.actor.username}）` : ""}` : "本人或命令行",
    role: r.actorRole ? ROLE_LABEL[r.actorRole] : "",
    targetType: r.targetType,
    targetId: r.targetId,
    ip: r.ip ?? "",
    detail: r.detail === null ? "" : JSON.stringify(r.detail),
  }));
  if (rows.length === AUDIT_EXPORT_LIMIT) {
    const note = `仅导出最近 ${AUDIT_EXPORT_LIMIT} 条，请缩小查询范围`;
    lines.push({ at: note, action: "", actor: "", role: "", targetType: "", targetId: "", ip: "", detail: "" });
  }
  return writeWorkbook(output, AUDIT_SHEET_NAME, AUDIT_EXPORT_COLUMNS, lines);
}
