"use client";

import { useId } from "react";
import { Alert } from "@/components/ui/alert";
import { Button, buttonClass } from "@/components/ui/button";
import { controlAria, FieldFrame, inputClass, type FieldProps } from "./field-frame";

export { DateField } from "./date-field";
export { FileField } from "./file-field";

export function TextField({
  name,
  label,
  error,
  hint,
  required,
  className,
  addon,
  ...input
}: FieldProps & Omit<React.InputHTMLAttributes<HTMLInputElement>, "name"> & { addon?: React.ReactNode }) {
  const id = useId();
  return (
    <FieldFrame id={id} label={label} error={error} hint={hint} required={required} className={className}>
      <div className="flex flex-col gap-2 sm:flex-row">
        <input
          id={id}
          name={name}
          {...controlAria(id, error, hint, required)}
          className={inputClass(Boolean(error))}
          {...input}
        />
        {addon}
      </div>
    </FieldFrame>
  );
}

export function TextAreaField({
  name,
  label,
  error,
  hint,
  required,
  className,
  ...input
}: FieldProps & Omit<React.TextareaHTMLAttributes<HTMLTextAreaElement>, "name">) {
  const id = useId();
  return (
    <FieldFrame id={id} label={label} error={error} hint={hint} required={required} className={className}>
      <textarea
        id={id}
        name={name}
        rows={3}
        {...controlAria(id, error, hint, required)}
        className={inputClass(Boolean(error))}
        {...input}
      />
    </FieldFrame>
  );
}

export function SelectField({
  name,
  label,
  error,
  hint,
  required,
  className,
  options,
  placeholder = "请选择",
  ...select
}: FieldProps &
  Omit<React.SelectHTMLAttributes<HTMLSelectElement>, "name"> & { options: readonly string[]; placeholder?: string }) {
  const id = useId();
  return (
    <FieldFrame id={id} label={label} error={error} hint={hint} required={required} className={className}>
      <select
        id={id}
        name={name}
        {...controlAria(id, error, hint, required)}
        className={inputClass(Boolean(error))}
        {...select}
      >
        <option value="">{placeholder}</option>
        {options.map((o) => (
          <option key={o} value={o}>
            {o}
          </option>
        ))}
      </select>
    </FieldFrame>
  );
}

export function SubmitButton({
  pending,
  children,
  className,
  variant = "primary",
  ...rest
}: {
  pending: boolean;
  children: React.ReactNode;
  className?: string;
  variant?: "primary" | "danger" | "secondary";
} & React.ButtonHTMLAttributes<HTMLButtonElement>) {
  return (
    <button
      type="submit"
      disabled={pending}
      aria-busy={pending || undefined}
      className={buttonClass(variant, className)}
      {...rest}
    >
      {pending ? "提交中…" : children}
    </button>
  );
}

/** A confirmation dialog's buttons: one that closes it (取消/返回) and the danger submit. */
export function ConfirmButtons({
  pending,
  onCancel,
  cancelLabel = "取消",
  children,
}: {
  pending: boolean;
  onCancel: () => void;
  cancelLabel?: string;
  children: React.ReactNode;
}) {
  return (
    <div className="flex justify-end gap-2">
      <Button variant="secondary" onClick={onCancel}>
        {cancelLabel}
      </Button>
      <SubmitButton pending={pending} variant="danger">
        {children}
      </SubmitButton>
    </div>
  );
}

/** The form-level message (top of the form). */
export function FormMessage({ message, ok }: { message?: string; ok?: boolean }) {
  if (!message) return null;
  return <Alert tone={ok ? "success" : "error"}>{message}</Alert>;
}
