import type { ReactNode } from "react";
import Link from "next/link";

/** 【← 返回…】 above a detail page's card: back to the list it was opened from. */
export function BackLink({ href, children }: { href: string; children: ReactNode }) {
  return (
    <Link href={href} className="text-sm text-brand-700 hover:underline">
      ← {children}
    </Link>
  );
}
