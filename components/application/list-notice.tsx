"use client";

import { useEffect, useRef } from "react";
import { Alert } from "@/components/ui/alert";

const NOTICES = {
  submitted: () => "已提交，等待审核部门审核。可在【待审核】中查看审核进度。",
  cancelled: (applyTab: string) => `已取消申请。需要时可在【${applyTab}】中重新申请。`,
};

/**
 * The word after an action that brought the user back to an application list (`?submitted=1`,
 * `?cancelled=1`: the row they acted on may have left the list), scrolled into view.
 */
export function ApplicationListNotice({
  params,
  applyTab,
}: {
  params: Record<string, string | string[] | undefined>;
  /** the tab where a new application is made (【变更申请】, 【延续申请】) */
  applyTab: string;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const key = (Object.keys(NOTICES) as (keyof typeof NOTICES)[]).find((k) => params[k] === "1");
  useEffect(() => {
    ref.current?.scrollIntoView({ block: "nearest" }); // (newer browsers return a promise: not a cleanup)
  }, [key]);
  if (!key) return null;
  return (
    <div ref={ref}>
      <Alert tone="success">{NOTICES[key](applyTab)}</Alert>
    </div>
  );
}
