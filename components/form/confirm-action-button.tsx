"use client";

import type { ButtonVariant } from "@/components/ui/button";
import type { FormState } from "@/lib/form-state";
import { ActionDialog } from "./action-dialog";

type ConfirmAction = (prev: FormState<void>, formData: FormData) => Promise<FormState<void>>;

/**
 * A button that asks before it acts (an ActionDialog with a question and no fields): 【label】 → the
 * question → 【confirmLabel】 posts `fields` (hidden inputs); a refusal shows in the dialog, success closes it.
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
  return (
    <ActionDialog
      title={label}
      trigger={{ label, variant }}
      action={action}
      hidden={fields}
      confirm={confirmLabel}
      cancelLabel="返回"
    >
      {() => <p className="text-sm">{question}</p>}
    </ActionDialog>
  );
}
