import Link from "next/link";
import { cn } from "./cn";

/** Link tabs: each tab is a URL (by default `?tab=<key>`), so the browser's back button and sharing work. */
export function LinkTabs({
  tabs,
  current,
  label,
}: {
  tabs: { key: string; label: string; href?: string; count?: number }[];
  current: string;
  label: string;
}) {
  return (
    <nav aria-label={label} className="border-b border-slate-200">
      <ul className="flex flex-wrap gap-x-1">
        {tabs.map((t) => {
          const active = t.key === current;
          return (
            <li key={t.key}>
              <Link
                href={t.href ?? `?tab=${t.key}`}
                aria-current={active ? "page" : undefined}
                className={cn(
                  "-mb-px inline-block border-b-2 px-3 py-2 text-sm whitespace-nowrap",
                  active
                    ? "border-brand-600 font-semibold text-brand-700"
                    : "border-transparent text-slate-600 hover:text-slate-900",
                )}
              >
                {t.label}
                {t.count !== undefined && <span className="ml-1 text-xs text-slate-500">({t.count})</span>}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
