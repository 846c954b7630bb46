"use client";

import { useState } from "react";
import { Button, type ButtonVariant } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { ConfirmButtons, FormMessage } from "@/components/form/fields";
import { useActionForm } from "@/components/form/use-action-form";
import type { FormState } from "@/lib/form-state";

type ConfirmAction = (prev: FormState<void>, formData: FormData) => Promise<FormState<void>>;

/**
 * A button that asks before it acts: 【label】 → a dialog with the question → 【confirmLabel】 posts
 * `fields` (hidden inputs) to the server action; a refusal shows in the dialog, success closes it.
 */
export function ConfirmActionButton({
  action,
  fields,
  label,
  variant = "secondary",
  question,
  confirmLabel,
}: {
  action: ConfirmAction;
  fields: Record<string, string | number>;
  label: string;
  variant?: ButtonVariant;
  question: React.ReactNode;
  confirmLabel: string;
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
        {Object.entries(fields).map(([name, value]) => (
          <input key={name} type="hidden" name={name} value={value} />
        ))}
        <FormMessage message={state.message} />
        <p className="text-sm">{question}</p>
        <ConfirmButtons pending={pending} onCancel={() => setOpen(false)} cancelLabel="返回">
          {confirmLabel}
        </ConfirmButtons>
      </form>
    </Dialog>
  );
}
