import { AppShell } from "@/components/layout/app-shell";
import type { NavItem } from "@/components/layout/side-nav";
import type { Role } from "@/lib/domain/workflow";
import { ROLE_LABEL } from "@/lib/server/auth/actor";
import { requirePageActor } from "@/lib/server/auth/current-actor";
import { unreadNotificationCount } from "@/lib/server/notifications/queries";

const NAV: Partial<Record<Role, NavItem[]>> = {
  REVIEWER: [
    {
      label: "审核业务",
      children: [
        { label: "企业注册审核", href: "/staff/review/registration" },
        { label: "单位名称变更", href: "/staff/review/name-change" },
        { label: "资质变更", href: "/staff/review/qualification-change" },
        { label: "单位信息变更", href: "/staff/review/unit-info-change" },
        { label: "人员调出", href: "/staff/review/transfer-out" },
        { label: "人员调入", href: "/staff/review/transfer-in" },
        { label: "证书延续", href: "/staff/review/renewal" },
      ],
    },
    { label: "企业账号", href: "/staff/enterprises" },
    { label: "证书登记簿", href: "/staff/certificates" },
  ],
  ASSESSOR: [
    { label: "待考核", href: "/staff/assessment" },
    { label: "单位信息变更", href: "/staff/review/unit-info-change" },
    { label: "人员调出", href: "/staff/review/transfer-out" },
    { label: "人员调入", href: "/staff/review/transfer-in" },
    { label: "证书登记簿", href: "/staff/certificates" },
  ],
  ADMIN: [{ label: "审计日志", href: "/staff/audit" }],
};

export default async function StaffLayout({ children }: { children: React.ReactNode }) {
  const actor = await requirePageActor("staff.workspace");
  return (
    <AppShell unread={await unreadNotificationCount({ actor })} user={{ name: actor.displayName, roleLabel: ROLE_LABEL[actor.role] }} nav={NAV[actor.role]}>
      <div className="mx-auto max-w-6xl space-y-4">{children}</div>
    </AppShell>
  );
}
