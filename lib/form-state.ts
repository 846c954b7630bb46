// Shared by server actions and client forms.

export interface FormState<T = unknown> {
  ok?: boolean;
  message?: string;
  errors?: Record<string, string[] | undefined>;
  data?: T;
  /** what was submitted (secrets left out), so a form rendered by the server after a no-JavaScript post keeps it */
  values?: Record<string, string>;
}

export const INITIAL_FORM_STATE: FormState = {};

/** FormData → plain object of strings (repeated names become arrays; files are left to the caller). */
export function formDataToObject(formData: FormData): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const [key, value] of formData.entries()) {
    // "__proto__" would set the object's prototype; "toString" etc. must not read inherited members.
    if (typeof value !== "string" || key.startsWith("$ACTION") || key === "__proto__") continue;
    const prev = Object.hasOwn(out, key) ? out[key] : undefined;
    out[key] = prev === undefined ? value : Array.isArray(prev) ? [...prev, value] : [prev, value];
  }
  return out;
}

const SECRET_FIELDS = /password|code/i;

/** The submitted strings minus secrets, echoed back with errors. */
export function echoValues(formData: FormData): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(formDataToObject(formData))) {
    if (!SECRET_FIELDS.test(key) && typeof value === "string") out[key] = value;
  }
  return out;
}

/** zod issues → { field: [messages] } (first path segment). */
export function issuesToFieldErrors(issues: readonly { path: readonly PropertyKey[]; message: string }[]) {
  const errors: Record<string, string[]> = {};
  for (const issue of issues) {
    const key = String(issue.path[0] ?? "_form");
    (errors[key] ??= []).push(issue.message);
  }
  return errors;
}
