"use client";

import { useId, useState } from "react";
import { UPLOAD_ACCEPT, UPLOAD_HINT, uploadSizeError } from "@/lib/domain/upload-rules";
import { Alert } from "@/components/ui/alert";
import { buttonClass } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";

const inputClass = (invalid: boolean) =>
  cn(
    "block w-full rounded-md border bg-white px-3 py-2 text-sm shadow-sm placeholder:text-slate-400 focus:border-brand-600 focus:ring-1 focus:ring-brand-600 focus:outline-none disabled:bg-slate-100",
    invalid ? "border-red-500" : "border-slate-300",
  );

interface FieldProps {
  name: string;
  label: string;
  error?: string;
  hint?: React.ReactNode;
  required?: boolean;
  className?: string;
}

/** Label, control, hint and error, wired with aria-describedby. */
function FieldFrame({
  id,
  label,
  error,
  hint,
  required,
  className,
  children,
}: Omit<FieldProps, "name"> & { id: string; children: React.ReactNode }) {
  return (
    <div className={cn("space-y-1", className)}>
      <label htmlFor={id} className="block text-sm font-medium text-slate-700">
        {required && <span className="mr-0.5 text-red-600" aria-hidden>*</span>}
        {label}
      </label>
      {children}
      {hint && !error && (
        <p id={`${id}-hint`} className="text-xs text-slate-500">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="text-xs text-red-600" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}

function describedBy(id: string, error?: string, hint?: React.ReactNode) {
  return error ? `${id}-error` : hint ? `${id}-hint` : undefined;
}

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
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(id, error, hint)}
          aria-required={required || undefined}
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
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, error, hint)}
        aria-required={required || undefined}
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
}: FieldProps & Omit<React.SelectHTMLAttributes<HTMLSelectElement>, "name"> & { options: readonly string[]; placeholder?: string }) {
  const id = useId();
  return (
    <FieldFrame id={id} label={label} error={error} hint={hint} required={required} className={className}>
      <select
        id={id}
        name={name}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, error, hint)}
        aria-required={required || undefined}
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

/**
 * A PDF/JPG/PNG upload. The size is checked as soon as a file is chosen; the content is checked on
 * the server. `current` names the file already on record (kept unless a new one is chosen).
 */
export function FileField({
  name,
  label,
  error,
  required,
  className,
  current,
}: FieldProps & { current?: { id: string; name: string } }) {
  const id = useId();
  const [localError, setLocalError] = useState<string | null>(null);
  const shown = localError ?? error;
  return (
    <FieldFrame id={id} label={label} error={shown} hint={UPLOAD_HINT} required={required} className={className}>
      {current && (
        <p className="text-xs text-slate-600">
          已上传：
          <a className="text-brand-700 underline" href={`/files/${current.id}`} target="_blank" rel="noreferrer">
            {current.name}
          </a>
          （不重新选择则保留）
        </p>
      )}
      <input
        id={id}
        name={name}
        type="file"
        accept={UPLOAD_ACCEPT}
        aria-invalid={shown ? true : undefined}
        aria-describedby={describedBy(id, shown ?? undefined, UPLOAD_HINT)}
        className={cn(
          "block w-full text-sm text-slate-700 file:mr-3 file:rounded-md file:border-0 file:bg-brand-50 file:px-3 file:py-2 file:text-sm file:font-medium file:text-brand-700",
        )}
        onChange={(e) => {
          const file = e.currentTarget.files?.[0];
          const problem = file ? uploadSizeError(file.size) : null;
          setLocalError(problem);
          if (problem) e.currentTarget.value = "";
        }}
      />
    </FieldFrame>
  );
}

export function SubmitButton({ pending, children, className, variant = "primary", ...rest }: { pending: boolean; children: React.ReactNode; className?: string; variant?: "primary" | "danger" | "secondary" } & React.ButtonHTMLAttributes<HTMLButtonElement>) {
  return (
    <button type="submit" disabled={pending} aria-busy={pending || undefined} className={buttonClass(variant, className)} {...rest}>
      {pending ? "提交中…" : children}
    </button>
  );
}

/** The form-level message (top of the form). */
export function FormMessage({ message, ok }: { message?: string; ok?: boolean }) {
  if (!message) return null;
  return <Alert tone={ok ? "success" : "error"}>{message}</Alert>;
}
