import { AppShell } from "@/components/layout/app-shell";
import type { NavItem } from "@/components/layout/side-nav";
import { KINDS, kindsActedOnBy } from "@/lib/domain/application-kinds";
import type { Role } from "@/lib/domain/workflow";
import { ROLE_LABEL } from "@/lib/server/auth/actor";
import { requirePageActor } from "@/lib/server/auth/current-actor";
import { unreadNotificationCount } from "@/lib/server/notifications/queries";

/** A staff role's queues, one per kind it acts on (lib/domain/application-kinds.ts). */
const queues = (role: Role) =>
  kindsActedOnBy(role).map((kind) => ({
    label: KINDS[kind].menuLabel ?? KINDS[kind].label,
    href: `/staff/review/${KINDS[kind].slug}`,
  }));

/** The entries both 审核部门 and 考核部门 have. */
const TODO: NavItem = { label: "待办", href: "/staff/todo" };
const REGISTER: NavItem = { label: "证书登记簿", href: "/staff/certificates" };
const STATISTICS: NavItem = { label: "统计", href: "/staff/statistics" };

const NAV: Partial<Record<Role, NavItem[]>> = {
  REVIEWER: [
    TODO,
    { label: "审核业务", children: queues("REVIEWER") },
    { label: "企业账号", href: "/staff/enterprises" },
    { label: "账号绑定确认", href: "/staff/bindings" },
    REGISTER,
    STATISTICS,
  ],
  ASSESSOR: [
    TODO,
    { label: "待考核", href: "/staff/assessment" },
    ...queues("ASSESSOR"),
    REGISTER,
    { label: "首次核发", href: "/staff/issuance" },
    STATISTICS,
  ],
  ADMIN: [
    { label: "账号管理", href: "/staff/admin/accounts" },
    { label: "部门管理", href: "/staff/admin/departments" },
    { label: "审计日志", href: "/staff/audit" },
    { label: "节假日与办理时限", href: "/staff/admin/holidays" },
  ],
};

export default async function StaffLayout({ children }: { children: React.ReactNode }) {
  const actor = await requirePageActor("staff.workspace");
  return (
    <AppShell
      unread={await unreadNotificationCount({ actor })}
      user={{ name: actor.displayName, roleLabel: ROLE_LABEL[actor.role] }}
      nav={NAV[actor.role]}
    >
      <div className="mx-auto max-w-6xl space-y-4">{children}</div>
    </AppShell>
  );
}
