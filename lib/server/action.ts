import "server-only";
import { redirect } from "next/navigation";
import type { z } from "zod";
import { checkCaller, REFUSALS, type Permission } from "@/lib/domain/permissions";
import { echoValues, formDataToObject, issuesToFieldErrors, type FormState } from "@/lib/form-state";
import type { Actor } from "./auth/actor";
import { getCurrentActor, requestMeta } from "./auth/current-actor";
import { DomainError, refusalError } from "./errors";
import { recordWrite } from "./read-db";

export interface ActionContext<I> {
  actor: Actor;
  input: I;
  formData: FormData;
  meta: { ip: string; userAgent?: string };
}

interface Options<S extends z.ZodType, R> {
  /** who may call it (lib/domain/permissions.ts) */
  permission: Permission;
  schema: S;
  /** where to go after success */
  redirectTo?: (result: R) => string;
}

/**
 * Every server action with a signed-in caller goes through here: the session is read, the caller is
 * checked against the permission table, the form is parsed with the form's zod schema, expected errors
 * come back beside the fields, unexpected ones are logged and reported generically, and redirect
 * happens outside the try/catch. Use cases check ownership again in their queries. A success stamps the
 * session so that its next pages read the primary, not the replica (read-db.ts).
 */
export function authedAction<S extends z.ZodType, R>(
  options: Options<S, R>,
  handler: (ctx: ActionContext<z.output<S>>) => Promise<R>,
) {
  return async (_prev: FormState<R>, formData: FormData): Promise<FormState<R>> => {
    let result: R;
    try {
      const actor = await getCurrentActor();
      const refusal = checkCaller(actor, options.permission);
      if (!actor || refusal) throw refusalError(refusal ?? REFUSALS.unauthenticated);
      const parsed = await parse(options.schema, formData);
      if ("errors" in parsed) return { ...parsed, values: echoValues(formData) };
      result = await handler({ actor, input: parsed.input, formData, meta: await requestMeta() });
      await recordWrite(actor);
    } catch (error) {
      return { ...errorState(error), values: echoValues(formData) };
    }
    if (options.redirectTo) redirect(options.redirectTo(result));
    return { ok: true, data: result };
  };
}

/** The same for the few actions open to anyone (login, registration, forgot password). */
export function publicAction<S extends z.ZodType, R>(
  options: { schema: S; redirectTo?: (result: R) => string },
  handler: (ctx: Omit<ActionContext<z.output<S>>, "actor">) => Promise<R>,
) {
  return async (_prev: FormState<R>, formData: FormData): Promise<FormState<R>> => {
    let result: R;
    try {
      const parsed = await parse(options.schema, formData);
      if ("errors" in parsed) return { ...parsed, values: echoValues(formData) };
      result = await handler({ input: parsed.input, formData, meta: await requestMeta() });
    } catch (error) {
      return { ...errorState(error), values: echoValues(formData) };
    }
    if (options.redirectTo) redirect(options.redirectTo(result));
    return { ok: true, data: result };
  };
}

const NUL_MESSAGE = "含有不允许的字符，请删除后再提交";

/**
 * PostgreSQL text cannot hold U+0000: a NUL anywhere in a form would fail in the database (a 500), so
 * it is refused beside its field before the schema runs, for every form.
 */
function nulFieldErrors(values: Record<string, string | string[]>): Record<string, string[]> | null {
  const fields = Object.keys(values).filter((key) => [values[key]].flat().some((v) => v.includes("\u0000")));
  return fields.length ? Object.fromEntries(fields.map((key) => [key, [NUL_MESSAGE]])) : null;
}

async function parse<S extends z.ZodType>(schema: S, formData: FormData) {
  const values = formDataToObject(formData);
  const nul = nulFieldErrors(values);
  if (nul) return { errors: nul, message: "请按提示修改后再提交" } satisfies FormState;
  const parsed = await schema.safeParseAsync(values);
  if (!parsed.success) {
    return { errors: issuesToFieldErrors(parsed.error.issues), message: "请按提示修改后再提交" } satisfies FormState;
  }
  return { input: parsed.data as z.output<S> };
}

function errorState(error: unknown): FormState<never> {
  if (error instanceof DomainError) return { message: error.message, errors: error.fieldErrors };
  console.error("[action] unexpected error", error);
  return { message: "系统繁忙，请稍后再试" };
}
