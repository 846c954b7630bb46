// 待办 on the enterprise and holder home pages (issue 9 §6): which items, worded how, linking where.
// The counts come from SQL (lib/server/home-todo); this file holds only the pure parts.
import { APPLICATION_KINDS, findTransition, type ApplicationKind } from "./application-kinds";
import type { Role } from "./workflow";

export interface TodoItem {
  key: string;
  label: string;
  count: number;
  href: string;
}

/** Kinds a party may correct after 审核不通过: its own filings with 【修改后重新提交】, or filed anew. */
export function correctableKinds(role: "ENTERPRISE" | "PERSON"): ApplicationKind[] {
  return APPLICATION_KINDS.filter((kind) => {
    if (kind === "ENTERPRISE_REGISTRATION") return false; // shown on its own status page
    const roles: readonly Role[] = findTransition(kind, null, "submit")?.roles ?? [];
    if (!roles.includes(role)) return false;
    return role === "PERSON" || Boolean(findTransition(kind, "REJECTED", "resubmit")?.roles.includes(role));
  });
}

/** Where the unit corrects a rejected application of each kind (its list's 审核不通过 tab). */
export const UNIT_REJECTED_HREF: Partial<Record<ApplicationKind, string>> = {
  NAME_CHANGE: "/enterprise/info",
  QUALIFICATION_CHANGE: "/enterprise/info",
  UNIT_INFO_CHANGE: "/enterprise/applications/change/unit-info?tab=rejected",
  RENEWAL: "/enterprise/applications/renewal?tab=rejected",
};

export interface TodoCounts {
  renewal: number;
  unitInfo: number;
  transfers: number;
  /** rejected applications still to correct, by kind */
  rejected: Partial<Record<ApplicationKind, number>>;
  bindings?: number;
}

const sum = (counts: Partial<Record<ApplicationKind, number>>) => Object.values(counts).reduce((a, b) => a + b, 0);

/** The unit's 待办, in the order of the issue; items with nothing to do are kept (count 0). */
export function enterpriseTodo(c: TodoCounts, kindLabel: (kind: ApplicationKind) => string): TodoItem[] {
  const rejected = Object.entries(c.rejected)
    .filter(([, n]) => n > 0)
    .map(([kind, count]) => ({
      key: `rejected-${kind}`,
      label: `审核不通过待修改：${kindLabel(kind as ApplicationKind)}`,
      count,
      href: UNIT_REJECTED_HREF[kind as ApplicationKind] ?? "/enterprise/info",
    }));
  return [
    { key: "bindings", label: "个人账号绑定确认", count: c.bindings ?? 0, href: "/enterprise/bindings" },
    { key: "renewal", label: "证书在延续申请期内", count: c.renewal, href: "/enterprise/applications/renewal" },
    {
      key: "unit-info",
      label: "持证人员待办理单位信息变更",
      count: c.unitInfo,
      href: "/enterprise/applications/change/unit-info",
    },
    {
      key: "transfers",
      label: "人员调出调入待本单位审核",
      count: c.transfers,
      href: "/enterprise/applications/change",
    },
    ...(rejected.length > 0
      ? rejected
      : [{ key: "rejected", label: "审核不通过待修改的申请", count: 0, href: "/enterprise/info" }]),
  ];
}

/** The holder's 待办: the same questions about their own certificates and applications. */
export function holderTodo(c: TodoCounts): TodoItem[] {
  return [
    {
      key: "renewal",
      label: "证书在延续申请期内（请联系单位办理延续）",
      count: c.renewal,
      href: "/person/certificates",
    },
    { key: "unit-info", label: "证书单位名称待变更（由单位办理）", count: c.unitInfo, href: "/person/certificates" },
    { key: "transfers", label: "调出调入申请待单位审核", count: c.transfers, href: "/person/applications" },
    { key: "rejected", label: "审核不通过的申请", count: sum(c.rejected), href: "/person/applications" },
  ];
}
