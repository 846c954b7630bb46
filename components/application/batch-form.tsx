"use client";

import { useRef, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { FormMessage, SubmitButton } from "@/components/form/fields";
import { useActionForm } from "@/components/form/use-action-form";
import type { FormState } from "@/lib/form-state";

type Result = { id: string; ok: boolean; message?: string }[];
type Action = (prev: FormState<Result>, formData: FormData) => Promise<FormState<Result>>;

/**
 * Wraps a table whose rows have <input type="checkbox" name="items" value="id:version">; the button
 * decides the ticked rows in one go and reports each row that did not go through.
 */
export function BatchForm({
  action,
  decision,
  label,
  disabled = false,
  names = {},
  children,
}: {
  action: Action;
  decision: "approve" | "issue";
  label: string;
  /** nothing to decide (the list is empty) */
  disabled?: boolean;
  /** how to name a row in the results (application id → holder or unit name) */
  names?: Record<string, string>;
  children: React.ReactNode;
}) {
  const { state, pending, error, formProps } = useActionForm(action);
  const ref = useRef<HTMLFormElement>(null);
  // The rows decided disappear from the list; keep their names as they were when submitted.
  const [submittedNames, setSubmittedNames] = useState(names);
  const results = state.data ?? [];
  const failed = results.filter((r) => !r.ok);
  return (
    <form ref={ref} {...formProps} onSubmitCapture={() => setSubmittedNames(names)} className="space-y-3">
      <input type="hidden" name="decision" value={decision} />
      <div className="flex flex-wrap items-center gap-3">
        <SubmitButton pending={pending} disabled={disabled || pending}>
          {label}
        </SubmitButton>
        <label className="flex items-center gap-1.5 text-sm text-slate-600">
          <input
            type="checkbox"
            className="size-4"
            onChange={(e) => {
              const checked = e.currentTarget.checked;
              ref.current
                ?.querySelectorAll<HTMLInputElement>('input[name="items"]')
                .forEach((box) => (box.checked = checked));
            }}
          />
          全选
        </label>
      </div>
      <FormMessage message={error("items") ?? state.message} />
      {state.ok && (
        <Alert
          tone={failed.length ? "error" : "success"}
          title={`已处理 ${results.length - failed.length} 条${failed.length ? `，${failed.length} 条未处理` : ""}`}
        >
          {failed.map((r) => (
            <p key={r.id}>
              {submittedNames[r.id] ?? "一条申请"}：{r.message}
            </p>
          ))}
        </Alert>
      )}
      {children}
    </form>
  );
}
