import { useId } from "react";
import { cn } from "@/components/ui/cn";

export const inputClass = (invalid: boolean) =>
  cn(
    "block w-full rounded-md border bg-white px-3 py-2 text-sm shadow-sm placeholder:text-slate-400 focus:border-brand-600 focus:ring-1 focus:ring-brand-600 focus:outline-none disabled:bg-slate-100",
    invalid ? "border-red-500" : "border-slate-300",
  );

/** A field's own props, and the rest for its control. */
export function splitField<P extends FieldProps>({ name, label, error, hint, required, className, ...control }: P) {
  return [{ name, label, error, hint, required, className }, control] as const;
}

export interface FieldProps {
  name: string;
  label: string;
  error?: string;
  hint?: React.ReactNode;
  required?: boolean;
  className?: string;
}

/** Label, control, hint and error, wired with aria-describedby. The label's id is `${id}-label`. */
export function FieldFrame({
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
      <label id={`${id}-label`} htmlFor={id} className="block text-sm font-medium text-slate-700">
        {required && (
          <span className="mr-0.5 text-red-600" aria-hidden>
            *
          </span>
        )}
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

/** aria-invalid and aria-describedby (the error, else the hint) for the control inside a FieldFrame. */
export function controlAria(id: string, error?: string | null, hint?: React.ReactNode, required?: boolean) {
  return {
    "aria-invalid": error ? true : undefined,
    "aria-required": required || undefined,
    "aria-describedby": error ? `${id}-error` : hint ? `${id}-hint` : undefined,
  };
}

type ControlProps = { id: string; name: string; className: string } & ReturnType<typeof controlAria>;

/** A FieldFrame around one control, which `children` renders with its id, name, aria wiring and class. */
export function Framed({ children, ...field }: FieldProps & { children: (control: ControlProps) => React.ReactNode }) {
  const id = useId();
  const { name, error, hint, required } = field;
  return (
    <FieldFrame id={id} {...field}>
      {children({ id, name, ...controlAria(id, error, hint, required), className: inputClass(Boolean(error)) })}
    </FieldFrame>
  );
}
