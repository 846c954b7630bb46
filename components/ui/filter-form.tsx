import type { ReactNode } from "react";
import Link from "next/link";
import { Download, RotateCcw, Search } from "lucide-react";
import { buttonClass } from "./button";
import { cn } from "./cn";

// The parts of a list page's search form (a GET form: the filter lives in the URL), used as a kit:
// `import * as Filter from "@/components/ui/filter-form"`, then <Filter.Form>, <Filter.Field>…

export const fieldClass =
  "block w-full min-w-0 rounded-md border border-slate-300 bg-white px-3 py-2 text-sm focus:border-brand-600 " +
  "focus:ring-1 focus:ring-brand-600 focus:outline-none";

/** A labelled filter control. */
export function Field({
  id,
  label,
  className,
  children,
}: {
  id: string;
  label: string;
  className?: string;
  children: ReactNode;
}) {
  return (
    <div className={className}>
      <label htmlFor={id} className="mb-1 block text-xs text-slate-600">
        {label}
      </label>
      {children}
    </div>
  );
}

/** A filter typed in (named and identified by `name`). */
export function Text({
  name,
  label,
  value,
  className,
  ...input
}: {
  name: string;
  label: string;
  value: string | undefined;
  className?: string;
  maxLength: number;
  placeholder?: string;
}) {
  return (
    <Field id={name} label={label} className={className}>
      <input id={name} name={name} defaultValue={value} className={fieldClass} {...input} />
    </Field>
  );
}

/** A filter chosen from a list (named and identified by `name`); the empty value (`all`) means no filter. */
export function Select({
  name: id,
  label,
  value,
  all,
  options,
}: {
  name: string;
  label: string;
  value: string | undefined;
  all: string;
  options: readonly { value: string; label: string }[];
}) {
  return (
    <Field id={id} label={label}>
      <select id={id} name={id} defaultValue={value ?? ""} className={fieldClass}>
        <option value="">{all}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </Field>
  );
}

/** 【查询】 and 【重置】 (back to `reset`, the page without a filter). */
export function Buttons({
  reset,
  className,
  buttonClassName,
}: {
  reset: string;
  className?: string;
  buttonClassName: string;
}) {
  return (
    <div className={cn("flex items-end gap-2", className)}>
      <button type="submit" className={buttonClass("primary", buttonClassName)}>
        <Search className="size-4" aria-hidden />
        查询
      </button>
      <Link href={reset} className={buttonClass("secondary", buttonClassName)}>
        <RotateCcw className="size-4" aria-hidden />
        重置
      </Link>
    </div>
  );
}

/** The search form: a GET to the list's own URL, so a filter can be bookmarked and shared. */
export function Form({
  label,
  action,
  className,
  children,
}: {
  label: string;
  action: string;
  className: string;
  children: ReactNode;
}) {
  return (
    <form role="search" aria-label={label} action={action} className={cn("grid gap-3", className)}>
      {children}
    </form>
  );
}

/** 【导出Excel】 of what the filter matches. A plain link, not <Link>: the route answers with a file, not a page. */
export function ExportLink({ href }: { href: string }) {
  return (
    <a href={href} className={buttonClass("secondary")}>
      <Download className="size-4" aria-hidden />
      导出Excel
    </a>
  );
}
