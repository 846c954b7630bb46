"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { useCallback, useEffect, useState } from "react";
import { Bell } from "lucide-react";
import { IdleWarning } from "./idle-warning";
import { UserMenu } from "./user-menu";

type SessionData = { name: string; unread: number; remainingMs: number };

/**
 * The bell and the account menu. The layout that renders them is kept across client-side
 * navigation, so they refresh themselves on every page change, when the window regains focus, and
 * every minute: a decision taken by someone else (a new message, an approved new unit name) shows
 * up without a reload. The same answer says when the session ends; IdleWarning warns before.
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
  const [endsAt, setEndsAt] = useState<number | null>(null);

  // A server re-render (after an action revalidates) brings fresher values as props: adopt them while rendering.
  if (fromProps.name !== initialName || fromProps.unread !== initialUnread) {
    const fresh = { name: initialName, unread: initialUnread };
    setFromProps(fresh);
    setLive(fresh);
  }

  // Ask the server; GET (the poll) does not count as activity, POST (【继续使用】) does. A session that
  // has ended reloads the page, which sends the user to the login page.
  const ask = useCallback(async (method: "GET" | "POST", signal?: AbortSignal) => {
    const response = await fetch("/api/session", { method, cache: "no-store", signal }).catch(() => null);
    if (response?.status === 401) return window.location.reload();
    const data: SessionData | null = response?.ok ? await response.json().catch(() => null) : null;
    if (!data) return;
    setLive({ name: data.name, unread: data.unread });
    setEndsAt(Date.now() + data.remainingMs);
  }, []);
  const poll = useCallback(() => void ask("GET"), [ask]);

  useEffect(() => {
    const controller = new AbortController();
    const refresh = () => void ask("GET", controller.signal);
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
  }, [pathname, ask]);

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
      <IdleWarning endsAt={endsAt} onContinue={() => void ask("POST")} onEnd={poll} />
    </div>
  );
}
