import Link from "next/link";
import { Download, RotateCcw, Search } from "lucide-react";
import { buttonClass } from "./button";
import { cn } from "./cn";

/** 【导出Excel】: a plain link, not <Link>, because the route answers with a file, not a page. */
export function ExcelExportLink({ href }: { href: string }) {
  return (
    <a href={href} className={buttonClass("secondary")}>
      <Download className="size-4" aria-hidden />
      导出Excel
    </a>
  );
}

/** A search form's 【查询】 (submits it) and 【重置】 (the page without its parameters). */
export function FilterButtons({
  resetHref,
  className,
  buttonClassName = "flex-1",
}: {
  resetHref: string;
  className?: string;
  buttonClassName?: string;
}) {
  return (
    <div className={cn("flex items-end gap-2", className)}>
      <button type="submit" className={buttonClass("primary", buttonClassName)}>
        <Search className="size-4" aria-hidden />
        查询
      </button>
      <Link href={resetHref} className={buttonClass("secondary", buttonClassName)}>
        <RotateCcw className="size-4" aria-hidden />
        重置
      </Link>
    </div>
  );
}
