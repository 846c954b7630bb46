"use client";

import { useState } from "react";
import { Button, type ButtonVariant } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { ConfirmButtons, FormMessage } from "@/components/form/fields";
import { useActionForm } from "@/components/form/use-action-form";
import type { FormState } from "@/lib/form-state";

type BindingAction = (prev: FormState<void>, formData: FormData) => Promise<FormState<void>>;

/** 【确认绑定】/【拒绝】/【解除绑定】 on one 个人账号绑定, each behind a confirmation. */
export function BindingActionButton({
  bindingId,
  decision,
  action,
  label,
  question,
  variant = "primary",
}: {
  bindingId: string;
  decision?: "confirm" | "refuse";
  action: BindingAction;
  label: string;
  question: string;
  variant?: ButtonVariant;
}) {
  const [open, setOpen] = useState(false);
  const { state, pending, formProps } = useActionForm(action);
  return (
    <Dialog
      open={open && !state.ok}
      onOpenChange={setOpen}
      title={label}
      trigger={<Button variant={variant}>{label}</Button>}
    >
      <form {...formProps} className="space-y-4">
        <input type="hidden" name="bindingId" value={bindingId} />
        {decision && <input type="hidden" name="decision" value={decision} />}
        <FormMessage message={state.message} />
        <p className="text-sm">{question}</p>
        <ConfirmButtons pending={pending} onCancel={() => setOpen(false)} cancelLabel="返回">
          确定
        </ConfirmButtons>
      </form>
    </Dialog>
  );
}
