import Link from "next/link";
import { ChevronRight } from "lucide-react";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";
import type { TodoItem } from "@/lib/domain/home-todo";

/** 待办 on a home page: each item a count and a link to where it is done; items with work first. */
export function TodoCard({ items }: { items: TodoItem[] }) {
  const total = items.reduce((n, i) => n + i.count, 0);
  const sorted = [...items].sort((a, b) => Number(b.count > 0) - Number(a.count > 0));
  return (
    <Card>
      <CardHeader title="待办">
        <p className="text-xs text-slate-500">{total > 0 ? `共 ${total} 项待处理` : "暂无待处理事项"}</p>
      </CardHeader>
      <CardBody className="py-2 sm:py-2">
        {/* links, not list items: the pages it opens on keep their own lists (e.g. 变更申请记录) unambiguous */}
        <nav className="divide-y divide-slate-100" aria-label="待办">
          {sorted.map((item) => (
            <Link
              key={item.key}
              href={item.href}
              className="flex min-h-11 items-center gap-3 py-2 text-sm hover:text-brand-700"
              aria-label={`${item.label}：${item.count}`}
            >
              <span className="min-w-0 flex-1">{item.label}</span>
              <span
                className={cn(
                  "min-w-8 rounded-full px-2 py-0.5 text-center text-xs font-semibold",
                  item.count > 0 ? "bg-red-600 text-white" : "bg-slate-100 text-slate-500",
                )}
              >
                {item.count}
              </span>
              <ChevronRight className="size-4 shrink-0 text-slate-400" aria-hidden />
            </Link>
          ))}
        </nav>
      </CardBody>
    </Card>
  );
}
