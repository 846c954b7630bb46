// Fuzzing every form: (1) each zod schema in lib/schemas/*.schema.ts through the action helper, and
// (2) every real server action in app/**/actions.ts, called as its own kind of user, with generated
// FormData: huge strings, control characters, wrong types, files where text is expected, repeated and
// extra fields. The answer must be a message or field errors (never the generic "系统繁忙" of an
// unexpected error), and a refused submission must write nothing. Only Next's request APIs are
// replaced (cookies/headers, redirect, revalidatePath): they are outside our system.
import { readdirSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { FormState } from "@/lib/form-state";

const request = vi.hoisted(() => ({ cookie: undefined as string | undefined, ip: "10.0.0.1" }));
class RedirectSignal extends Error {}

vi.mock("next/headers", () => ({
  cookies: async () => ({
    get: (name: string) =>
      request.cookie && name.endsWith("aq_session") ? { name, value: request.cookie } : undefined,
    set: () => undefined,
    delete: () => undefined,
  }),
  headers: async () => new Headers({ "x-anguan-client-ip": request.ip, "user-agent": "fuzz" }),
}));
vi.mock("next/navigation", () => ({
  redirect: (url: string) => {
    throw new RedirectSignal(url);
  },
  notFound: () => {
    throw new RedirectSignal("404");
  },
}));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

const { publicAction } = await import("@/lib/server/action");
const { REFUSALS } = await import("@/lib/domain/permissions");
const { createSession } = await import("@/lib/server/auth/session");
const { db } = await import("@/lib/server/db");
const factories = await import("./support/factories");

const ROOT = path.resolve(__dirname, "../..");
const UNEXPECTED = "系统繁忙，请稍后再试";

// ---------------------------------------------------------------------------------------------
// The forms' field names, read from the schemas (zod 4 definitions)

type Def = { type?: string; shape?: Record<string, unknown>; [key: string]: unknown };
function fieldNames(schema: unknown, seen = new Set<unknown>()): string[] {
  if (!schema || typeof schema !== "object" || seen.has(schema)) return [];
  seen.add(schema);
  const def = (schema as { _zod?: { def?: Def } })._zod?.def;
  if (!def) return [];
  if (def.type === "object" && def.shape) return Object.keys(def.shape);
  return ["in", "out", "left", "right", "innerType", "schema"].flatMap((k) => fieldNames(def[k], seen));
}

const schemaFiles = readdirSync(path.join(ROOT, "lib/schemas")).filter((f) => f.endsWith(".schema.ts"));
const schemas: { name: string; schema: import("zod").ZodType }[] = [];
for (const file of schemaFiles) {
  const mod = (await import(path.join(ROOT, "lib/schemas", file))) as Record<string, unknown>;
  for (const [name, value] of Object.entries(mod)) {
    const candidate = value as { safeParseAsync?: unknown; _zod?: unknown };
    if (candidate && typeof candidate === "object" && candidate._zod && typeof candidate.safeParseAsync === "function")
      schemas.push({ name: `${file}:${name}`, schema: value as import("zod").ZodType });
  }
}
const FIELD_NAMES = [...new Set(schemas.flatMap((s) => fieldNames(s.schema)))].sort();

// ---------------------------------------------------------------------------------------------
// Generated FormData

const SAMPLES = [
  "",
  " ",
  "true",
  "null",
  "[]",
  "{}",
  "NaN",
  "-1",
  "0",
  "1e309",
  "2026-02-30",
  "0000-00-00",
  "../../etc/passwd",
  "<script>alert(1)</script>",
  "' OR 1=1 --",
  "a".repeat(100_000),
  "汉".repeat(5_000),
  "00000000-0000-0000-0000-000000000000",
  "2c1f7e0a-3b7e-4b9e-9a51-1f0e3c2d4b5a",
  "91330100MA2CXXXX0X",
  "fuzz@example.com",
  "Passw0rd!x",
  "110101199003074514",
  "13800138000",
  "APPROVED",
  "REJECTED",
  "A",
  "HIGHWAY",
];
const HUGE = ["a".repeat(100_000), "汉".repeat(5_000), "1".repeat(70_000), " ".repeat(10_000) + "x"];
const CONTROL = [
  "\u0000",
  "\u0007",
  "\u001b",
  "\r",
  "\n",
  "\t",
  "\u202e",
  "\ufeff",
  "'",
  '"',
  "<",
  "%",
  "\\",
  "a",
  "1",
];
const file = fc
  .tuple(fc.uint8Array({ maxLength: 64 }), fc.constantFrom("a.pdf", "a.png", "../a.pdf", "a\u0000.pdf", ""))
  .map(([bytes, name]) => new File([bytes.slice()], name, { type: "application/pdf" }));
const value = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...SAMPLES) },
  { weight: 2, arbitrary: fc.string({ unit: fc.constantFrom(...CONTROL), maxLength: 30 }) },
  { weight: 2, arbitrary: fc.string({ maxLength: 40 }) },
  { weight: 1, arbitrary: fc.oneof(fc.integer().map(String), fc.double().map(String)) },
  { weight: 1, arbitrary: fc.constantFrom(...HUGE) },
  { weight: 1, arbitrary: file },
);

/**
 * A form with any of `names` (each present or not, once or twice: a repeated name becomes an array)
 * and a few extra fields nobody asked for.
 */
function formFor(names: string[]) {
  const fields = Object.fromEntries(names.map((n) => [n, fc.array(value, { minLength: 1, maxLength: 2 })]));
  return fc
    .tuple(fc.record(fields, { requiredKeys: [] }), fc.dictionary(fc.string({ maxLength: 10 }), value, { maxKeys: 3 }))
    .map(([known, extra]) => {
      const fd = new FormData();
      for (const [key, values] of Object.entries(known)) for (const v of values as (string | File)[]) fd.append(key, v);
      for (const [key, v] of Object.entries(extra)) fd.append(key, v);
      return fd;
    });
}
const anyForm = formFor(FIELD_NAMES);

// ---------------------------------------------------------------------------------------------
// Checks

const errors: unknown[][] = [];
beforeEach(() => {
  errors.length = 0;
  vi.spyOn(console, "error").mockImplementation((...args: unknown[]) => void errors.push(args));
});
afterEach(() => vi.restoreAllMocks());

/** Rows of the tables a form may write to. */
async function rowCounts(): Promise<string> {
  const [row] = await db.$queryRaw<Record<string, number>[]>`
    SELECT (SELECT count(*) FROM "Account")::int AS accounts, (SELECT count(*) FROM "Enterprise")::int AS enterprises,
      (SELECT count(*) FROM "Person")::int AS persons, (SELECT count(*) FROM "Application")::int AS applications,
      (SELECT count(*) FROM "ApplicationEvent")::int AS events, (SELECT count(*) FROM "Certificate")::int AS certificates,
      (SELECT count(*) FROM "StoredFile")::int AS files, (SELECT count(*) FROM "AuditLog")::int AS audit,
      (SELECT count(*) FROM "EmailCode")::int AS codes, (SELECT count(*) FROM "OutboxMessage")::int AS mails,
      (SELECT count(*) FROM "Department")::int AS departments`;
  return JSON.stringify(row);
}

type Action = (prev: FormState<unknown>, fd: FormData) => Promise<FormState<unknown>>;

/** Calls an action; a redirect (success) is reported as ok. */
async function call(action: Action, fd: FormData): Promise<FormState<unknown>> {
  try {
    return await action({}, fd);
  } catch (error) {
    if (error instanceof RedirectSignal) return { ok: true };
    throw error;
  }
}

const CALLER_REFUSALS = new Set(Object.values(REFUSALS).map((r) => r.message));

let ipSerial = 0;
/** Checks one call; returns whether it got past the caller check (to the form's parsing). */
async function expectRefusedCleanly(action: Action, fd: FormData): Promise<boolean> {
  request.ip = `10.${(ipSerial >> 16) & 255}.${(ipSerial >> 8) & 255}.${ipSerial++ & 255}`;
  const before = await rowCounts();
  const result = await call(action, fd);
  expect(result.message ?? "").not.toBe(UNEXPECTED);
  expect(errors, "an unexpected error was logged").toEqual([]);
  if (!result.ok) {
    expect(result.message || result.errors, "a refusal says why").toBeTruthy();
    expect(await rowCounts(), "a refused submission writes nothing").toBe(before);
  }
  return !CALLER_REFUSALS.has(result.message ?? "");
}

// ---------------------------------------------------------------------------------------------

describe("every form schema through the action helper", () => {
  it("found the schemas and their fields", () => {
    expect(schemas.length).toBeGreaterThan(15);
    expect(FIELD_NAMES).toEqual(expect.arrayContaining(["creditCode", "email", "password", "code", "reason"]));
  });

  it.each(schemas.map((s) => [s.name, s.schema] as const))("%s", async (_name, schema) => {
    let handled = 0;
    const action = publicAction({ schema }, async () => {
      handled++;
      return null;
    }) as Action;
    await fc.assert(
      fc.asyncProperty(formFor(fieldNames(schema)), async (fd) => {
        const before = handled;
        const result = await call(action, fd);
        expect(result.message ?? "").not.toBe(UNEXPECTED);
        expect(errors).toEqual([]);
        if (!result.ok) expect(handled).toBe(before); // invalid input never reaches the use case
      }),
      { numRuns: 30 },
    );
  });
});

// ---------------------------------------------------------------------------------------------

function actionFiles(dir = path.join(ROOT, "app")): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return actionFiles(full);
    return entry.name === "actions.ts" ? [full] : [];
  });
}

type Caller = "anonymous" | "enterprise" | "person" | "REVIEWER" | "ASSESSOR" | "ADMIN";
function callersFor(file: string): Caller[] {
  const route = path.relative(path.join(ROOT, "app"), file);
  if (route.startsWith("(public)")) return ["anonymous"];
  if (route.startsWith("staff") || route.startsWith("account/second-factor")) return ["REVIEWER", "ASSESSOR", "ADMIN"];
  if (route.startsWith("person")) return ["person"];
  return ["enterprise"];
}

async function sessionFor(caller: Caller): Promise<string | undefined> {
  if (caller === "anonymous") return undefined;
  let accountId: string;
  if (caller === "enterprise") accountId = (await factories.createEnterprise({ approved: true })).account.id;
  else if (caller === "person") {
    const unit = await factories.createEnterprise({ approved: true });
    const { person } = await factories.createPersonWithCertificate({ enterprise: unit.enterprise });
    accountId = (await factories.createHolderAccount(person)).account.id;
  } else accountId = (await factories.createStaff(caller)).account.id;
  return (await createSession(accountId)).token;
}

describe("what the fuzzing found", () => {
  it("a NUL character (which PostgreSQL text cannot hold) is refused beside its field, not a 500", async () => {
    const { findUnitAction } = (await import(
      path.join(ROOT, "app/person/transfer/in/[certificateId]/actions.ts")
    )) as Record<string, Action>;
    request.cookie = await sessionFor("person");
    const fd = new FormData();
    fd.set("unit", "某某\u0000公司");
    const result = await call(findUnitAction, fd);
    expect(result.errors).toEqual({ unit: ["含有不允许的字符，请删除后再提交"] });
    expect(errors).toEqual([]);
  });
});

describe("every server action, called by its kind of user with generated forms", () => {
  const files = actionFiles();
  it("found the actions", () => expect(files.length).toBeGreaterThan(15));

  it.each(files.map((f) => [path.relative(ROOT, f), f] as const))("%s", { timeout: 240_000 }, async (_name, file) => {
    const mod = (await import(file)) as Record<string, unknown>;
    const actions = Object.entries(mod).filter((e): e is [string, Action] => typeof e[1] === "function");
    expect(actions.length).toBeGreaterThan(0);
    const reached = new Map<string, number>(actions.map(([name]) => [name, 0]));
    for (const caller of callersFor(file)) {
      request.cookie = await sessionFor(caller);
      for (const [name, action] of actions) {
        await fc.assert(
          fc.asyncProperty(anyForm, async (fd) => {
            if (await expectRefusedCleanly(action, fd)) reached.set(name, reached.get(name)! + 1);
          }),
          { numRuns: callersFor(file).length === 1 ? 30 : 10 },
        );
      }
    }
    // Each action was really exercised: some calls got past the caller check to the form's parsing.
    for (const [name, count] of reached) expect(count, `${name} never got past the caller check`).toBeGreaterThan(0);
  });
});
