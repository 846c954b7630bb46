"use client";

import { Alert } from "@/components/ui/alert";
import { Button, buttonClass } from "@/components/ui/button";
import { Framed, splitField, type FieldProps } from "./field-frame";

export function TextField({
  addon,
  ...props
}: FieldProps & Omit<React.InputHTMLAttributes<HTMLInputElement>, "name"> & { addon?: React.ReactNode }) {
  const [field, input] = splitField(props);
  return (
    <Framed {...field}>
      {(control) => (
        <div className="flex flex-col gap-2 sm:flex-row">
          <input {...control} {...input} />
          {addon}
        </div>
      )}
    </Framed>
  );
}

export function TextAreaField(props: FieldProps & Omit<React.TextareaHTMLAttributes<HTMLTextAreaElement>, "name">) {
  const [field, input] = splitField(props);
  return <Framed {...field}>{(control) => <textarea rows={3} {...control} {...input} />}</Framed>;
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
