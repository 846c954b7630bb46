"use client";

import { startTransition, useActionState, useState, type FormEvent } from "react";
import type { z } from "zod";
import { formDataToObject, INITIAL_FORM_STATE, issuesToFieldErrors, type FormState } from "@/lib/form-state";

type Action<T> = (prev: FormState<T>, formData: FormData) => Promise<FormState<T>>;

/**
 * The one form pattern: the form's zod schema checks the input in the browser first; then the
 * server action parses it again with the same schema and returns { errors, message }. Submitting
 * through startTransition (not the form's action attribute) keeps every field as the user typed it,
 * files included, whatever the server answers. A page that must load light (the login pages) passes
 * the schema as `() => import(…)`: zod is then fetched at the first submit, not with the page.
 */
export function useActionForm<T>(action: Action<T>, schema?: z.ZodType | (() => Promise<z.ZodType>)) {
  const [state, formAction, pending] = useActionState(action, INITIAL_FORM_STATE as FormState<T>);
  const [clientErrors, setClientErrors] = useState<FormState["errors"] | null>(null);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const formData = new FormData(form, (event.nativeEvent as SubmitEvent).submitter);
    const check = typeof schema === "function" ? await schema().catch(() => undefined) : schema; // the server checks too
    if (check) {
      const parsed = check.safeParse(formDataToObject(formData));
      if (!parsed.success) {
        setClientErrors(issuesToFieldErrors(parsed.error.issues));
        focusFirstInvalid(form, parsed.error.issues[0]?.path[0]);
        return;
      }
    }
    setClientErrors(null);
    startTransition(() => formAction(formData));
  }

  const errors = clientErrors ?? state.errors ?? {};
  return {
    state,
    pending,
    errors,
    /** errors of one field, for <Field error=…> */
    error: (name: string) => errors[name]?.[0],
    /** a field's name, echoed value and error: <TextField {...field("phone")} label=… /> */
    field: (name: string) => ({ name, defaultValue: state.values?.[name], error: errors[name]?.[0] }),
    formProps: { action: formAction, onSubmit, noValidate: true },
  };
}

function focusFirstInvalid(form: HTMLFormElement, name: PropertyKey | undefined) {
  if (typeof name !== "string") return;
  requestAnimationFrame(() => (form.elements.namedItem(name) as HTMLElement | null)?.focus?.());
}
