import { AppShell } from "@/components/layout/app-shell";
import type { NavItem } from "@/components/layout/side-nav";
import type { Role } from "@/lib/domain/workflow";
import { ROLE_LABEL } from "@/lib/server/auth/actor";
import { requirePageActor } from "@/lib/server/auth/current-actor";

const NAV: Partial<Record<Role, NavItem[]>> = {
  REVIEWER: [
    { label: "企业注册审核", href: "/staff/registrations" },
    { label: "企业账号", href: "/staff/enterprises" },
  ],
  ASSESSOR: [{ label: "待考核", href: "/staff/assessment" }],
  ADMIN: [{ label: "审计日志", href: "/staff/audit" }],
};

export default async function StaffLayout({ children }: { children: React.ReactNode }) {
  const actor = await requirePageActor(["REVIEWER", "ASSESSOR", "ADMIN"], "/login/staff");
  return (
    <AppShell user={{ name: actor.displayName, roleLabel: ROLE_LABEL[actor.role] }} nav={NAV[actor.role]}>
      <div className="mx-auto max-w-6xl space-y-4">{children}</div>
    </AppShell>
  );
}
