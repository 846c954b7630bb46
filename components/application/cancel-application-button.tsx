"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { ConfirmButtons, FormMessage } from "@/components/form/fields";
import { useActionForm } from "@/components/form/use-action-form";
import type { FormState } from "@/lib/form-state";

/** A server action taking { applicationId, version } (e.g. built with cancelApplicationSchema). */
type CancelAction = (prev: FormState<void>, formData: FormData) => Promise<FormState<void>>;

/** 【取消申请】 with a confirmation, for any kind the applicant may cancel. */
export function CancelApplicationButton({
  applicationId,
  version,
  holder,
  action,
  kindLabel,
}: {
  applicationId: string;
  version: number;
  holder: string;
  action: CancelAction;
  kindLabel: string;
}) {
  const [open, setOpen] = useState(false);
  const { state, pending, formProps } = useActionForm(action);
  return (
    <Dialog
      open={open && !state.ok}
      onOpenChange={setOpen}
      title="取消申请"
      trigger={<Button variant="secondary">取消申请</Button>}
    >
      <form {...formProps} className="space-y-4">
        <input type="hidden" name="applicationId" value={applicationId} />
        <input type="hidden" name="version" value={version} />
        <FormMessage message={state.message} />
        <p className="text-sm">
          确定取消 {holder} 的{kindLabel}申请吗？取消后可重新申请。
        </p>
        <ConfirmButtons pending={pending} onCancel={() => setOpen(false)} cancelLabel="返回">
          确认取消
        </ConfirmButtons>
      </form>
    </Dialog>
  );
}
