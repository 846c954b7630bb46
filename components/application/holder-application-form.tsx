"use client";

import type { ReactNode } from "react";
import { FormMessage, SubmitButton, TextAreaField } from "@/components/form/fields";
import type { FormState } from "@/lib/form-state";

/** A holder's application form about one certificate: its message, the fields, then 【提交】. */
export function HolderApplicationForm({
  certificateId,
  form,
  children,
}: {
  certificateId: string;
  form: {
    state: FormState<unknown>;
    pending: boolean;
    formProps: React.ComponentProps<"form">;
  };
  children: ReactNode;
}) {
  return (
    <form {...form.formProps} className="space-y-4">
      <input type="hidden" name="certificateId" value={certificateId} />
      <FormMessage message={form.state.message} />
      {children}
      <SubmitButton pending={form.pending} className="w-full sm:w-auto">
        提交
      </SubmitButton>
    </form>
  );
}

/** 申请原因 of a transfer (调出, 调入). */
export function TransferReasonField({
  placeholder,
  defaultValue,
  error,
}: {
  placeholder: string;
  defaultValue?: string;
  error?: string;
}) {
  return (
    <TextAreaField
      name="reason"
      label="申请原因"
      rows={4}
      maxLength={200}
      placeholder={placeholder}
      defaultValue={defaultValue}
      error={error}
      hint="200字以内"
      required
    />
  );
}
