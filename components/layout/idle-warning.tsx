"use client";

import { useEffect, useState } from "react";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";

export const WARN_BEFORE_MS = 2 * 60_000;

/**
 * Two minutes before an idle session ends: a warning with 【继续使用】 (a real request that counts as
 * activity). When the time is up, `onEnd` asks the server again: another tab may have kept it alive.
 */
export function IdleWarning({
  endsAt,
  onContinue,
  onEnd,
}: {
  /** local clock, ms; null until the first answer */
  endsAt: number | null;
  onContinue: () => void;
  onEnd: () => void;
}) {
  const [warnedFor, setWarnedFor] = useState<number | null>(null);

  useEffect(() => {
    if (endsAt === null) return;
    const warn = setTimeout(() => setWarnedFor(endsAt), Math.max(0, endsAt - WARN_BEFORE_MS - Date.now()));
    const end = setTimeout(onEnd, Math.max(0, endsAt - Date.now() + 1000));
    return () => {
      clearTimeout(warn);
      clearTimeout(end);
    };
  }, [endsAt, onEnd]);

  // Each poll measures the end again, a few milliseconds apart: the warning stays open for the same end.
  const open = warnedFor !== null && endsAt !== null && Math.abs(warnedFor - endsAt) < 5_000;
  if (!open) return null;
  return (
    <Dialog open={open} onOpenChange={(next) => !next && setWarnedFor(null)} title="即将退出登录">
      <p role="alert" className="mb-4 text-sm text-slate-700">
        您已长时间未操作，将在 2 分钟后退出登录
      </p>
      <div className="flex justify-end">
        <Button onClick={onContinue}>继续使用</Button>
      </div>
    </Dialog>
  );
}
