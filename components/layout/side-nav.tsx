"use client";

import Link from "next/link";
import { usePathname, useRouter } from "next/navigation";
import { cn } from "@/components/ui/cn";

export interface NavItem {
  label: string;
  href?: string;
  children?: { label: string; href: string }[];
}

/** The left menu; on a phone it becomes a scrollable row above the page. */
export function SideNav({ items }: { items: NavItem[] }) {
  const pathname = usePathname();
  const active = (href: string) => pathname === href || pathname.startsWith(`${href}/`);
  const linkClass = (href: string) =>
    cn(
      "block whitespace-nowrap rounded-md px-3 py-2 text-sm",
      active(href) ? "bg-brand-50 font-semibold text-brand-700" : "text-slate-700 hover:bg-slate-100",
    );
  return (
    <nav
      aria-label="主菜单"
      className="border-b border-slate-200 bg-white md:w-52 md:shrink-0 md:border-r md:border-b-0"
    >
      <ul className="flex gap-1 overflow-x-auto p-2 md:flex-col md:overflow-visible">
        {items.map((item) => (
          <li key={item.label} className="md:w-full">
            {item.href ? (
              <NavLink href={item.href} className={linkClass(item.href)}>
                {item.label}
              </NavLink>
            ) : (
              <>
                <span className="hidden px-3 pt-3 pb-1 text-xs font-semibold text-slate-500 md:block">
                  {item.label}
                </span>
                <ul className="flex gap-1 md:flex-col">
                  {item.children?.map((child) => (
                    <li key={child.href}>
                      <NavLink href={child.href} className={linkClass(child.href)}>
                        {child.label}
                      </NavLink>
                    </li>
                  ))}
                </ul>
              </>
            )}
          </li>
        ))}
      </ul>
    </nav>
  );
}

/**
 * A menu entry. Choosing the page already open shows it afresh: a link to the current URL does not
 * fetch it again, and others may have acted since it loaded (e.g. new work in 待考核).
 */
function NavLink({ href, className, children }: { href: string; className: string; children: React.ReactNode }) {
  const pathname = usePathname();
  const router = useRouter();
  return (
    <Link href={href} className={className} onClick={() => pathname === href && router.refresh()}>
      {children}
    </Link>
  );
}
