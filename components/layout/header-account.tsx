"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { useEffect, useState } from "react";
import { Bell } from "lucide-react";
import { UserMenu } from "./user-menu";

/**
 * The bell and the account menu. The layout that renders them is kept across client-side
 * navigation, so they refresh themselves on every page change, when the window regains focus, and
 * every minute: a decision taken by someone else (a new message, an approved new unit name) shows
 * up without a reload.
 */
export function HeaderAccount({
  name: initialName,
  unread: initialUnread,
  roleLabel,
}: {
  name: string;
  unread: number;
  roleLabel: string;
}) {
  const pathname = usePathname();
  const [live, setLive] = useState({ name: initialName, unread: initialUnread });
  const [fromProps, setFromProps] = useState(live);

  // A server re-render (after an action revalidates) brings fresher values as props: adopt them while rendering.
  if (fromProps.name !== initialName || fromProps.unread !== initialUnread) {
    const fresh = { name: initialName, unread: initialUnread };
    setFromProps(fresh);
    setLive(fresh);
  }

  useEffect(() => {
    const controller = new AbortController();
    const refresh = () =>
      fetch("/api/session", { cache: "no-store", signal: controller.signal })
        .then((r) => (r.ok ? r.json() : null))
        .then(
          (data: { name: string; unread: number } | null) => data && setLive({ name: data.name, unread: data.unread }),
        )
        .catch(() => {});
    const onVisible = () => document.visibilityState === "visible" && refresh();
    refresh();
    const timer = setInterval(refresh, 60_000);
    window.addEventListener("focus", refresh);
    document.addEventListener("visibilitychange", onVisible);
    return () => {
      controller.abort();
      clearInterval(timer);
      window.removeEventListener("focus", refresh);
      document.removeEventListener("visibilitychange", onVisible);
    };
  }, [pathname]);

  return (
    <div className="flex min-w-0 items-center gap-1">
      <Link
        href="/notifications"
        className="relative shrink-0 rounded-md p-2 hover:bg-white/10"
        aria-label={live.unread > 0 ? `消息，${live.unread} 条未读` : "消息"}
      >
        <Bell className="size-5" aria-hidden />
        {live.unread > 0 && (
          <span className="absolute -top-0.5 -right-0.5 min-w-5 rounded-full bg-red-600 px-1 text-center text-xs leading-5 font-semibold">
            {live.unread > 99 ? "99+" : live.unread}
          </span>
        )}
      </Link>
      <UserMenu name={live.name} roleLabel={roleLabel} />
    </div>
  );
}
