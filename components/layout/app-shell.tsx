import Link from "next/link";
import { Bell, ShieldCheck } from "lucide-react";
import { SYSTEM_NAME } from "./public-shell";
import { UserMenu } from "./user-menu";
import { SideNav, type NavItem } from "./side-nav";

/** The signed-in frame: title bar with the user menu, an optional left menu, the page. */
export function AppShell({
  user,
  unread = 0,
  nav,
  children,
}: {
  user: { name: string; roleLabel: string };
  /** unread in-app messages (the bell) */
  unread?: number;
  nav?: NavItem[];
  children: React.ReactNode;
}) {
  return (
    <div className="flex min-h-screen flex-col">
      <header className="sticky top-0 z-40 bg-brand-800 text-white">
        <div className="flex items-center justify-between gap-2 px-3 py-2 sm:px-6">
          <Link href="/" className="flex min-w-0 items-center gap-2">
            <ShieldCheck className="size-6 shrink-0" aria-hidden />
            <span className="hidden truncate text-sm font-semibold md:inline">{SYSTEM_NAME}</span>
            <span className="truncate text-sm font-semibold md:hidden">安管人员考核管理</span>
          </Link>
          <div className="flex min-w-0 items-center gap-1">
            <Link
              href="/notifications"
              className="relative rounded-md p-2 hover:bg-white/10"
              aria-label={unread > 0 ? `消息，${unread} 条未读` : "消息"}
            >
              <Bell className="size-5" aria-hidden />
              {unread > 0 && (
                <span className="absolute -top-0.5 -right-0.5 min-w-5 rounded-full bg-red-600 px-1 text-center text-xs leading-5 font-semibold">
                  {unread > 99 ? "99+" : unread}
                </span>
              )}
            </Link>
            <UserMenu name={user.name} roleLabel={user.roleLabel} />
          </div>
        </div>
      </header>
      <div className="flex flex-1 flex-col md:flex-row">
        {nav && <SideNav items={nav} />}
        <main className="min-w-0 flex-1 px-3 py-4 sm:px-6 sm:py-6">{children}</main>
      </div>
    </div>
  );
}
