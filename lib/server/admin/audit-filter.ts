import "server-only";
import { addDays, fromDateOnly, parseCalendarDate, type CalendarDate } from "@/lib/domain/calendar-date";
import { AUDIT_ACTION_LABEL } from "@/lib/domain/audit-actions";
import { searchText, type ParamSource } from "@/lib/domain/search-params";
import type { Prisma } from "@/lib/generated/prisma/client";

// 审计日志's search as it travels in the URL: the page and the export route read it the same way.

export interface AuditFilter {
  /** the actor's username or name */
  actor?: string;
  /** the target's id or type */
  target?: string;
  action?: string;
  from?: CalendarDate;
  to?: CalendarDate;
}

/** Unknown actions and malformed dates are ignored, as if not given. */
export function auditFilterFromParams(params: ParamSource): AuditFilter {
  const get = (key: string) => searchText(params, key, 100);
  const date = (key: string) => parseCalendarDate(get(key) ?? "") ?? undefined;
  const action = get("action");
  return {
    actor: get("actor"),
    target: get("target"),
    action: action && action in AUDIT_ACTION_LABEL ? action : undefined,
    from: date("from"),
    to: date("to"),
  };
}

export function auditFilterParams(filter: AuditFilter): Record<string, string | undefined> {
  return { ...filter };
}

const SHANGHAI_OFFSET_MS = 8 * 60 * 60 * 1000;
/** The instant a calendar day starts in China (UTC+8). */
const startOfDay = (date: CalendarDate) => new Date(fromDateOnly(date).getTime() - SHANGHAI_OFFSET_MS);

export function auditWhere(filter: AuditFilter): Prisma.AuditLogWhereInput {
  const contains = (text: string) => ({ contains: text, mode: "insensitive" as const });
  return {
    ...(filter.action && { action: filter.action }),
    ...(filter.actor && {
      actor: { OR: [{ username: contains(filter.actor) }, { displayName: contains(filter.actor) }] },
    }),
    ...(filter.target && { OR: [{ targetId: contains(filter.target) }, { targetType: contains(filter.target) }] }),
    ...((filter.from || filter.to) && {
      at: {
        ...(filter.from && { gte: startOfDay(filter.from) }),
        ...(filter.to && { lt: startOfDay(addDays(filter.to, 1)) }),
      },
    }),
  };
}
