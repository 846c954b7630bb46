"use client";

import { useState } from "react";
import { Undo2 } from "lucide-react";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { ConfirmButtons, FormMessage } from "@/components/form/fields";
import { useActionForm } from "@/components/form/use-action-form";
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
  const [open, setOpen] = useState(false);
  const { state, pending, formProps } = useActionForm(withdrawTransferAction);
  return (
    <Dialog
      open={open && !state.ok}
      onOpenChange={setOpen}
      title="撤回申请"
      trigger={
        <Button variant="secondary" className="min-h-9 px-3 py-1.5">
          <Undo2 className="size-4" aria-hidden />
          撤回
        </Button>
      }
    >
      <form {...formProps} className="space-y-4">
        <input type="hidden" name="applicationId" value={applicationId} />
        <input type="hidden" name="version" value={version} />
        <FormMessage message={state.message} />
        <p className="text-sm">确定撤回{what}吗？撤回后可重新申请。</p>
        <ConfirmButtons pending={pending} onCancel={() => setOpen(false)} cancelLabel="返回">
          确认撤回
        </ConfirmButtons>
      </form>
    </Dialog>
  );
}
