// 办理时限: each staff stage of each kind must be completed within a number of working days (default
// 20, 行政许可法 §42; configurable per kind and stage in StageTimeLimit). The due date is computed when
// the application enters the stage and stored (Application.dueOn); null there means unknown.
import { APPLICATION_KINDS, KINDS, type ApplicationKind } from "./application-kinds";
import type { CalendarDate } from "./calendar-date";
import type { ApplicationStatus, Role } from "./workflow";
import { UNKNOWN, workingDaysBetween, type HolidayCalendar, type Unknown } from "./working-days";

export const DEFAULT_TIME_LIMIT_DAYS = 20;
/** 临近超期: this many working days left, or fewer */
export const NEAR_LIMIT_DAYS = 3;
export const TIME_LIMIT_MAX_DAYS = 250;

const STAFF_ROLES: readonly Role[] = ["REVIEWER", "ASSESSOR"];

/** The statuses of a kind in which staff must act (a 审核部门 or 考核部门 decision): its timed stages. */
export function timedStages(kind: ApplicationKind): ApplicationStatus[] {
  const stages = KINDS[kind].workflow
    .filter((t) => t.from !== null && t.roles.some((role) => STAFF_ROLES.includes(role)))
    .map((t) => t.from as ApplicationStatus);
  return [...new Set(stages)];
}

/** The staff role that acts on a kind in a status (whose 待办 and digest the application is in). */
export function stageRole(kind: ApplicationKind, status: ApplicationStatus): Role | null {
  const move = KINDS[kind].workflow.find((t) => t.from === status && t.roles.some((r) => STAFF_ROLES.includes(r)));
  return move?.roles.find((r) => STAFF_ROLES.includes(r)) ?? null;
}

export type TimeLeft =
  | { state: "left"; days: number }
  | { state: "dueToday" }
  | { state: "overdue"; days: number | Unknown }
  | { state: "unknown" };

/** Where an application stands against its due date today (working days). */
export function timeLeft(calendar: HolidayCalendar, today: CalendarDate, dueOn: CalendarDate | null): TimeLeft {
  if (!dueOn) return { state: "unknown" };
  const days = workingDaysBetween(calendar, today, dueOn);
  if (dueOn < today) return { state: "overdue", days: days === UNKNOWN ? UNKNOWN : -days };
  if (days === UNKNOWN) return { state: "unknown" };
  return days === 0 ? { state: "dueToday" } : { state: "left", days };
}

/** The words a queue shows (text, not colour alone). */
export function timeLeftText(left: TimeLeft): string {
  switch (left.state) {
    case "left":
      return `剩余 ${left.days} 个工作日`;
    case "dueToday":
      return "今日到期";
    case "overdue":
      return left.days === UNKNOWN ? "已超期（天数未知：节假日未录入）" : `已超期 ${left.days} 个工作日`;
    case "unknown":
      return "办理时限未知（节假日未录入）";
  }
}

/** 临近超期 (≤ NEAR_LIMIT_DAYS left) or 已超期: a queue row highlights it, with the words above. */
export function timeLeftTone(left: TimeLeft): "overdue" | "near" | "normal" {
  if (left.state === "overdue") return "overdue";
  if (left.state === "dueToday" || (left.state === "left" && left.days <= NEAR_LIMIT_DAYS)) return "near";
  return "normal";
}

/** 已超期 or 临近超期 (the 待办 page's links to a queue narrowed to them). */
export type DueFilter = "overdue" | "near";
export const DUE_FILTER_LABEL: Record<DueFilter, string> = { overdue: "已超期", near: "临近超期" };

/** The queue's `due` search parameter, if it names a filter. */
export function dueFilterParam(value: unknown): DueFilter | undefined {
  return value === "overdue" || value === "near" ? value : undefined;
}

/** Every timed stage (kind × status), in registry order: the rows of the 办理时限 form. */
export function allTimedStages(): { kind: ApplicationKind; status: ApplicationStatus; key: string }[] {
  return APPLICATION_KINDS.flatMap((kind) =>
    timedStages(kind).map((status) => ({ kind, status, key: `${kind}.${status}` })),
  );
}
