"use client";

import { useState, type ReactNode } from "react";
import type { z } from "zod";
import type { LucideIcon } from "lucide-react";
import { Button, type ButtonVariant } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import type { FormState } from "@/lib/form-state";
import { ConfirmButtons, FormMessage } from "./fields";
import { useActionForm } from "./use-action-form";

type Action<T> = (prev: FormState<T>, formData: FormData) => Promise<FormState<T>>;

/**
 * A button that opens a dialog with a confirming form (useActionForm): `hidden` says what is acted on
 * (and at which version), the body explains, 【confirm】 submits; it closes once the action succeeds.
 */
export function ActionDialog<T>({
  title,
  trigger,
  action,
  schema,
  hidden,
  confirm,
  cancelLabel,
  children,
}: {
  title: string;
  /** the button that opens it */
  trigger: { label: string; icon?: LucideIcon; variant: ButtonVariant; className?: string };
  action: Action<T>;
  schema?: z.ZodType;
  hidden: Record<string, string | number>;
  confirm: string;
  cancelLabel?: string;
  /** the dialog's text and fields (given the form's per-field errors) */
  children: (error: (name: string) => string | undefined) => ReactNode;
}) {
  const [open, setOpen] = useState(false);
  const { state, pending, error, formProps } = useActionForm(action, schema);
  return (
    <Dialog
      open={open && !state.ok}
      onOpenChange={setOpen}
      title={title}
      trigger={
        <Button variant={trigger.variant} className={trigger.className}>
          {trigger.icon && <trigger.icon className="size-4" aria-hidden />}
          {trigger.label}
        </Button>
      }
    >
      <form {...formProps} className="space-y-4">
        {Object.entries(hidden).map(([name, value]) => (
          <input key={name} type="hidden" name={name} value={value} />
        ))}
        <FormMessage message={state.message} />
        {children(error)}
        <ConfirmButtons pending={pending} onCancel={() => setOpen(false)} cancelLabel={cancelLabel}>
          {confirm}
        </ConfirmButtons>
      </form>
    </Dialog>
  );
}
