"use client";

import { Undo2 } from "lucide-react";
import { ActionDialog } from "@/components/form/action-dialog";
import { withdrawTransferAction } from "./actions";

/** 【撤回】 with a confirmation. */
export function WithdrawButton({
  applicationId,
  version,
  what,
}: {
  applicationId: string;
  version: number;
  what: string;
}) {
  return (
    <ActionDialog
      title="撤回申请"
      trigger={{ label: "撤回", icon: Undo2, variant: "secondary", className: "min-h-9 px-3 py-1.5" }}
      action={withdrawTransferAction}
      hidden={{ applicationId, version }}
      confirm="确认撤回"
      cancelLabel="返回"
    >
      {() => <p className="text-sm">确定撤回{what}吗？撤回后可重新申请。</p>}
    </ActionDialog>
  );
}
