import Link from "next/link";
import { buttonClass } from "./button";

/**
 * Previous/next links that keep the other query parameters, under a page of a list (lib/server/paginate.ts;
 * `more`: it stopped counting at `total`).
 */
export function Pagination({
  result: { page, pageCount, total, more },
  params,
}: {
  result: { page: number; pageCount: number; total: number; more: boolean };
  params: Record<string, string | undefined>;
}) {
  const href = (p: number) => {
    const q = new URLSearchParams(
      Object.entries({ ...params, page: String(p) }).filter(([, v]) => v) as [string, string][],
    );
    return `?${q.toString()}`;
  };
  return (
    <nav aria-label="分页" className="flex flex-wrap items-center justify-between gap-2 pt-3 text-sm text-slate-600">
      <span>
        {more ? `超过 ${total} 条（请用搜索缩小范围）` : `共 ${total} 条`}，第 {page}/{pageCount} 页
      </span>
      <span className="flex gap-2">
        {page > 1 ? (
          <Link className={buttonClass("secondary")} href={href(page - 1)}>
            上一页
          </Link>
        ) : (
          <span className={buttonClass("secondary", "opacity-50")} aria-disabled>
            上一页
          </span>
        )}
        {page < pageCount ? (
          <Link className={buttonClass("secondary")} href={href(page + 1)}>
            下一页
          </Link>
        ) : (
          <span className={buttonClass("secondary", "opacity-50")} aria-disabled>
            下一页
          </span>
        )}
      </span>
    </nav>
  );
}
