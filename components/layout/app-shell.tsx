import Link from "next/link";
import { ShieldCheck } from "lucide-react";
import { SYSTEM_NAME } from "./public-shell";
import { HeaderAccount } from "./header-account";
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
            {/* Named by the full system name at every width; the visible (short) titles are hidden from it. */}
            <span className="sr-only">{SYSTEM_NAME}</span>
            <span className="hidden truncate text-sm font-semibold md:inline" aria-hidden>
              {SYSTEM_NAME}
            </span>
            <span className="hidden truncate text-sm font-semibold min-[480px]:inline md:hidden" aria-hidden>
              安管人员考核管理
            </span>
          </Link>
          <HeaderAccount name={user.name} unread={unread} roleLabel={user.roleLabel} />
        </div>
      </header>
      <div className="flex flex-1 flex-col md:flex-row">
        {nav && <SideNav items={nav} />}
        <main className="min-w-0 flex-1 px-3 py-4 sm:px-6 sm:py-6">{children}</main>
      </div>
    </div>
  );
}
