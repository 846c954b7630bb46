// The authorisation matrix (issue 10 §1): every page, route handler and server action found in the file system,
// called for real as each of ten identities, against the expected table in support/matrix-table.ts. It checks
// allow/deny and that nothing comes back carrying another party's marker (staff legitimately see everything).
// Only Next's request plumbing is replaced: next/headers (the session cookie of the identity being tried) and
// next/navigation's redirect/notFound (they throw recognisable errors, as in Next) and client hooks, and
// next/cache's revalidatePath (it needs Next's render store).
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { AsyncLocalStorage } from "node:async_hooks";
import ExcelJS from "exceljs";
import { NextRequest } from "next/server";
import { createElement, type ComponentType, type ReactElement } from "react";
import { prerender } from "react-dom/static";
import { afterAll, describe, expect, it, vi } from "vitest";
import { addMonths, todayInShanghai } from "@/lib/domain/calendar-date";
import { HOME_PATH, LOGIN_PATH, PASSWORD_CHANGE_PATH, REFUSALS } from "@/lib/domain/permissions";
import { createSession, sessionCookieName } from "@/lib/server/auth/session";
import { db } from "@/lib/server/db";
import { NotFoundError } from "@/lib/server/errors";
import { createApplication } from "@/lib/server/workflow/transition";
import {
  createCertificateFor,
  createEnterprise,
  createHolderAccount,
  createPersonWithCertificate,
  createStaff,
  fileRenewal,
  storeFile,
} from "./support/factories";
import { IDENTITIES, MATRIX, type Identity, type MatrixSeed, type Party } from "./support/matrix-table";
import { extractText } from "./support/pdf-text";

// ---------------------------------------------------------------------------------------------
// Next's request plumbing

/** The session token of the identity a call runs as (the ten identities of an endpoint are tried at once). */
const session = new AsyncLocalStorage<string | undefined>();

vi.mock("next/headers", () => ({
  cookies: async () => ({
    get: (name: string) => {
      const value = session.getStore();
      return name === sessionCookieName() && value ? { name, value } : undefined;
    },
    set: () => {},
    delete: () => {},
  }),
  headers: async () => new Headers({ "user-agent": "authorization-matrix" }),
}));

vi.mock("next/cache", () => ({ revalidatePath: () => {}, revalidateTag: () => {} }));

class Redirect extends Error {
  constructor(readonly to: string) {
    super(`redirect ${to}`);
  }
}
class NotFound extends Error {}

vi.mock("next/navigation", async (original) => ({
  ...(await original<typeof import("next/navigation")>()),
  redirect: (to: string) => {
    throw new Redirect(to);
  },
  notFound: () => {
    throw new NotFound("not found");
  },
  useRouter: () => ({ push() {}, replace() {}, refresh() {}, back() {}, forward() {}, prefetch() {} }),
  usePathname: () => "/",
  useParams: () => ({}),
  useSearchParams: () => new URLSearchParams(),
}));

// ---------------------------------------------------------------------------------------------
// The endpoints, from the file system

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const HTTP_METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"];

function filesUnder(dir: string): string[] {
  return readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const relative = `${dir}/${entry.name}`;
    if (entry.isDirectory()) return entry.name === "node_modules" ? [] : filesUnder(relative);
    return /\.tsx?$/.test(entry.name) ? [relative] : [];
  });
}

const USE_SERVER = /^\s*(?:\/\/[^\n]*\n\s*|\/\*[\s\S]*?\*\/\s*)*["']use server["']/;

/** Server action modules: each actions.ts under app/ and each file with a "use server" directive (inline: fails). */
function serverActionFiles(): string[] {
  const files = ["app", "lib", "components"].flatMap(filesUnder);
  return files.filter((file) => {
    const source = readFileSync(path.join(ROOT, file), "utf8");
    if (USE_SERVER.test(source)) return true;
    if (/^\s*["']use server["'];?\s*$/m.test(source)) {
      throw new Error(`${file}: an inline "use server" function; move it to an actions.ts module for the matrix`);
    }
    return file.startsWith("app/") && file.endsWith("/actions.ts");
  });
}

type Kind = "page" | "route" | "action";
interface Endpoint {
  key: string;
  kind: Kind;
  file: string;
  load: () => Promise<unknown>;
}

const load = (file: string) => import(/* @vite-ignore */ path.join(ROOT, file)) as Promise<Record<string, unknown>>;

async function enumerate(): Promise<Endpoint[]> {
  const app = filesUnder("app");
  const pages: Endpoint[] = app
    .filter((f) => /\/page\.tsx?$/.test(f))
    .map((file) => ({ key: file, kind: "page", file, load: async () => (await load(file)).default }));
  const routes: Endpoint[] = [];
  for (const file of app.filter((f) => /\/route\.tsx?$/.test(f))) {
    const exports = await load(file);
    for (const method of HTTP_METHODS.filter((m) => typeof exports[m] === "function")) {
      routes.push({ key: `${method} ${file}`, kind: "route", file, load: async () => exports[method] });
    }
  }
  const actions: Endpoint[] = [];
  for (const file of serverActionFiles()) {
    const exports = await load(file);
    for (const [name, value] of Object.entries(exports).filter(([, v]) => typeof v === "function")) {
      actions.push({ key: `${file}#${name}`, kind: "action", file, load: async () => value });
    }
  }
  return [...pages, ...routes, ...actions].sort((a, b) => a.key.localeCompare(b.key));
}

const dynamicSegments = (file: string) => [...file.matchAll(/\[([^\]]+)\]/g)].map((m) => m[1]!);

/** The line to add to MATRIX for an endpoint the table does not know. */
function rowToAdd(endpoint: Endpoint): string {
  const segments = dynamicSegments(endpoint.file);
  const params = segments.length ? `, (s) => ({ ${segments.map((s) => `${s}: s.…`).join(", ")} })` : "";
  return `  "${endpoint.key}": row([/* who may use it */]${params}),`;
}

// ---------------------------------------------------------------------------------------------
// The identities and their data, each party carrying a marker

const marker = (party: Party) => `MKR${party}MKR`;
const PARTIES: Party[] = ["enterpriseA", "enterpriseB", "unapproved", "tempPassword", "holderA", "holderB"];
/** Whose markers an identity may see: its own, and a unit's holders / a holder's unit. Staff see all. */
const SEES: Record<Identity, readonly Party[]> = {
  anonymous: [],
  enterpriseA: ["enterpriseA", "holderA"],
  enterpriseB: ["enterpriseB", "holderB"],
  unapproved: ["unapproved"],
  tempPassword: ["tempPassword"],
  holderA: ["holderA", "enterpriseA"],
  holderB: ["holderB", "enterpriseB"],
  reviewer: PARTIES,
  assessor: PARTIES,
  admin: PARTIES,
};

/** A unit with a holder and one application of each kind the unit files, each on its own certificate. */
async function seedUnit(unit: "enterpriseA" | "enterpriseB", holder: "holderA" | "holderB") {
  const e = await createEnterprise({ approved: true, fields: { name: `路桥${marker(unit)}有限公司` } });
  const enterprise = { id: e.enterprise.id, name: e.enterprise.name };
  // In its renewal window and printing a former name: every form of the unit and the holder applies to it.
  const { person, certificate } = await createPersonWithCertificate({
    enterprise,
    name: `张${marker(holder)}`,
    unitName: `原${enterprise.name}`,
    expiresOn: addMonths(todayInShanghai(), 2),
  });
  const holderAccount = await createHolderAccount(person);
  const today = todayInShanghai();
  const renewed = await createCertificateFor(person, { enterprise, expiresOn: today });
  const renewal = await fileRenewal(e, { id: renewed.id, personId: person.id }, today);
  const changed = await createCertificateFor(person, { enterprise });
  const cancelled = await createCertificateFor(person, { enterprise });
  const form = await storeFile({ enterpriseId: enterprise.id, uploadedById: e.account.id });
  // Two 调入 to this unit, filed by its holder on certificates without a unit: one for the unit to decide,
  // one for the holder to withdraw.
  const unattached = [
    await createCertificateFor(person, { enterprise: null }),
    await createCertificateFor(person, { enterprise: null }),
  ];
  const [transferToDecide, transferToWithdraw] = await db.$transaction(async (tx) => {
    const filed = [];
    for (const c of unattached) {
      filed.push(
        await createApplication(tx, {
          actor: holderAccount.actor,
          kind: "TRANSFER_IN",
          enterpriseId: enterprise.id,
          personId: person.id,
          certificateId: c.id,
          payload: { reason: "工作调动", toUnitName: enterprise.name },
        }),
      );
    }
    return filed;
  });
  const [unitInfoChange, cancellation, nameChange] = await db.$transaction(async (tx) => {
    const base = { actor: e.actor, enterpriseId: enterprise.id, personId: person.id };
    return [
      await createApplication(tx, {
        ...base,
        kind: "UNIT_INFO_CHANGE",
        certificateId: changed.id,
        payload: { oldUnitName: enterprise.name, newUnitName: `新${enterprise.name}`, formFileId: form.id },
      }),
      await createApplication(tx, {
        ...base,
        kind: "CERTIFICATE_CANCELLATION",
        certificateId: cancelled.id,
        payload: { reason: "本人申请", filedBy: "ENTERPRISE" },
      }),
      await createApplication(tx, {
        actor: e.actor,
        enterpriseId: enterprise.id,
        kind: "NAME_CHANGE",
        payload: {
          before: { name: enterprise.name, licenseFileId: e.licenseFileId },
          after: { name: `新${enterprise.name}`, licenseFileId: form.id },
        },
      }),
    ];
  });
  return {
    e,
    holderAccount,
    ids: {
      enterpriseA: enterprise.id,
      certificateA: certificate.id,
      licenseFileA: e.licenseFileId,
      renewalA: renewal.id,
      unitInfoChangeA: unitInfoChange.id,
      cancellationA: cancellation.id,
      nameChangeA: nameChange.id,
      transferToDecideA: transferToDecide!.id,
      transferToWithdrawA: transferToWithdraw!.id,
    },
  };
}

async function seed(): Promise<{ accounts: Record<Identity, string | null>; ids: MatrixSeed }> {
  const a = await seedUnit("enterpriseA", "holderA");
  const b = await seedUnit("enterpriseB", "holderB");
  const unapproved = await createEnterprise({ fields: { name: `路桥${marker("unapproved")}有限公司` } });
  // 审核不通过, so that its 前往修改 form opens
  await db.application.update({ where: { id: unapproved.applicationId }, data: { status: "REJECTED", version: 1 } });
  const temp = await createEnterprise({ approved: true, fields: { name: `路桥${marker("tempPassword")}有限公司` } });
  await db.account.update({ where: { id: temp.account.id }, data: { mustChangePassword: true } });
  const [reviewer, assessor, admin] = await Promise.all([
    createStaff("REVIEWER"),
    createStaff("ASSESSOR"),
    createStaff("ADMIN"),
  ]);
  const department = await db.department.create({
    data: { name: "矩阵审核部门", type: "REVIEW", provinceCode: "330000" },
  });
  const certificateImport = await db.certificateImport.create({
    data: { fileName: "矩阵导入.xlsx", fileSha256: "0".repeat(64), rows: [], createdById: assessor.account.id },
  });
  return {
    accounts: {
      anonymous: null,
      enterpriseA: a.e.account.id,
      enterpriseB: b.e.account.id,
      unapproved: unapproved.account.id,
      tempPassword: temp.account.id,
      holderA: a.holderAccount.account.id,
      holderB: b.holderAccount.account.id,
      reviewer: reviewer.account.id,
      assessor: assessor.account.id,
      admin: admin.account.id,
    },
    ids: {
      ...a.ids,
      reviewerAccount: reviewer.account.id,
      department: department.id,
      certificateImport: certificateImport.id,
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Calling an endpoint as an identity

interface Outcome {
  allowed: boolean;
  /** what decided it: "rendered", "200", "redirect /login/staff", the refusal message… */
  detail: string;
  /** what came back (HTML, response text, the action's state) */
  body: string;
}

/** Where a refused page sends its caller (lib/server/auth/current-actor.ts requirePageActor, and "/"). */
const REFUSAL_DESTINATIONS = new Set([
  "/",
  PASSWORD_CHANGE_PATH,
  ...Object.values(LOGIN_PATH),
  ...Object.values(HOME_PATH),
]);
/** an action's answers that refuse the caller: the permission table's, and "not yours" (not found) */
const REFUSAL_MESSAGES = new Set([...Object.values(REFUSALS).map((r) => r.message), new NotFoundError().message]);
/** what lib/server/action.ts answers when a use case throws something unexpected */
const UNEXPECTED = "系统繁忙，请稍后再试";

/**
 * A thrown redirect or notFound(); anything else fails the check as an error page (a 500): a page refuses with
 * requirePageActor's redirect or notFound(), never by letting a use case's ForbiddenError escape.
 */
function refusedBy(error: unknown, redirectRefuses: boolean): Outcome {
  if (error instanceof Redirect) {
    return { allowed: !(redirectRefuses && REFUSAL_DESTINATIONS.has(error.to)), detail: error.message, body: "" };
  }
  if (error instanceof NotFound) return { allowed: false, detail: "notFound()", body: "" };
  throw error;
}

const pageProps = (params: Record<string, string>) => ({
  params: Promise.resolve(params),
  searchParams: Promise.resolve({}),
});

/** The page inside its layouts (the root layout, <html>, aside), rendered to HTML as Next would. */
async function callPage(file: string, params: Record<string, string>): Promise<Outcome> {
  const dirs = path.dirname(file).split("/");
  const layouts = dirs
    .map((_, i) => `${dirs.slice(0, i + 1).join("/")}/layout.tsx`)
    .filter((f) => f !== "app/layout.tsx" && existsSync(path.join(ROOT, f)));
  let element: ReactElement = createElement((await load(file)).default as ComponentType, pageProps(params) as never);
  for (const layout of layouts.reverse()) {
    const Layout = (await load(layout)).default as ComponentType;
    element = createElement(Layout, { params: Promise.resolve(params) } as never, element);
  }
  try {
    const errors: unknown[] = [];
    const { prelude } = await prerender(element, { onError: (error) => void errors.push(error) });
    if (errors.length) throw errors[0];
    return { allowed: true, detail: "rendered", body: await new Response(prelude).text() };
  } catch (error) {
    return refusedBy(error, true);
  }
}

async function responseText(response: Response): Promise<string> {
  const type = response.headers.get("content-type") ?? "";
  const bytes = new Uint8Array(await response.arrayBuffer());
  if (type.includes("pdf")) return extractText(bytes);
  if (type.includes("spreadsheet")) {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes.buffer as ArrayBuffer);
    const cells: string[] = [];
    workbook.eachSheet((sheet) => sheet.eachRow((r) => r.eachCell((cell) => void cells.push(cell.text))));
    return cells.join("\n");
  }
  return new TextDecoder().decode(bytes);
}

type RouteHandler = (request: NextRequest, context: { params: Promise<Record<string, string>> }) => Promise<Response>;

async function callRoute(endpoint: Endpoint, params: Record<string, string>): Promise<Outcome> {
  const sessionToken = session.getStore();
  const method = endpoint.key.split(" ")[0]!;
  const url = endpoint.file
    .replace(/^app/, "")
    .replace(/\/route\.ts$/, "")
    .replace(/\/\([^)]+\)/g, "")
    .replace(/\[([^\]]+)\]/g, (_, name: string) => params[name] ?? "");
  const headers = sessionToken ? { cookie: `${sessionCookieName()}=${sessionToken}` } : undefined;
  const handler = (await endpoint.load()) as RouteHandler;
  const response = await handler(new NextRequest(`http://localhost${url || "/"}`, { method, headers }), {
    params: Promise.resolve(params),
  });
  const detail = String(response.status);
  if ([401, 403, 404].includes(response.status)) return { allowed: false, detail, body: await response.text() };
  if (response.status >= 400) throw new Error(`${endpoint.key} answered ${response.status}`);
  return { allowed: true, detail, body: await responseText(response) };
}

type FormAction = (state: unknown, formData: FormData) => Promise<unknown>;

/** The action as a form posts it (empty unless the row gives fields): allowed = not refused (validation may fail). */
async function callAction(endpoint: Endpoint, fields: Record<string, string>): Promise<Outcome> {
  const formData = new FormData();
  for (const [name, value] of Object.entries(fields)) formData.set(name, value);
  try {
    const state = await ((await endpoint.load()) as FormAction)({}, formData);
    const message = (state as { message?: string } | undefined)?.message;
    if (message === UNEXPECTED) throw new Error(`${endpoint.key} failed unexpectedly (see the [action] log)`);
    const refused = message !== undefined && REFUSAL_MESSAGES.has(message);
    return { allowed: !refused, detail: message ?? "ok", body: JSON.stringify(state ?? null) };
  } catch (error) {
    return refusedBy(error, false);
  }
}

// ---------------------------------------------------------------------------------------------

describe("authorisation matrix", () => {
  afterAll(() => vi.unstubAllEnvs());

  it("has exactly one row per page, route handler method and server action", async () => {
    const endpoints = await enumerate();
    const found = new Set(endpoints.map((e) => e.key));
    const missing = endpoints
      .filter((e) => !(e.key in MATRIX))
      .map((e) => `缺少 ${e.key}：在 tests/integration/support/matrix-table.ts 的 MATRIX 中加一行\n${rowToAdd(e)}`);
    const extra = Object.keys(MATRIX)
      .filter((key) => !found.has(key))
      .map((key) => `多余 ${key}：已没有这个端点，删除 matrix-table.ts 中的这一行`);
    expect([...missing, ...extra], [...missing, ...extra].join("\n")).toEqual([]);
  });

  it("allows and refuses each identity as the table says, and shows no other party's data", async () => {
    vi.stubEnv("DEV_MAILBOX", ""); // /dev/mailbox shows every mail: a development aid, refused here
    const { accounts, ids } = await seed();
    const endpoints = (await enumerate()).filter((e) => e.key in MATRIX);
    const failures: string[] = [];
    const observed = new Map<string, Identity[]>();
    const shown = new Set<Party>(); // parties that saw their own marker: the leak check looks at real data
    let checks = 0;
    // Actions last: an allowed action may change data (mark read, end a session) the other calls read.
    const order: Kind[] = ["page", "route", "action"];
    endpoints.sort((a, b) => order.indexOf(a.kind) - order.indexOf(b.kind));
    for (const endpoint of endpoints) {
      const row = MATRIX[endpoint.key]!;
      const params = row.params?.(ids) ?? {};
      const call = async (identity: Identity): Promise<Outcome | Error> => {
        const account = accounts[identity];
        const token = account ? (await createSession(account)).token : undefined; // a fresh session per call
        return session.run(token, async () => {
          try {
            if (endpoint.kind === "page") return await callPage(endpoint.file, params);
            if (endpoint.kind === "route") return await callRoute(endpoint, params);
            return await callAction(endpoint, row.form?.(ids) ?? {});
          } catch (error) {
            return error instanceof Error ? error : new Error(String(error));
          }
        });
      };
      const outcomes = await Promise.all(IDENTITIES.map(call));
      observed.set(endpoint.key, []);
      IDENTITIES.forEach((identity, i) => {
        checks++;
        const outcome = outcomes[i]!;
        if (outcome instanceof Error) {
          const where = outcome.stack?.split("\n").slice(0, 3).join("\n") ?? outcome.message;
          failures.push(`${endpoint.key} × ${identity}: 出错 ${where}`);
          return;
        }
        if (outcome.allowed) observed.get(endpoint.key)!.push(identity);
        const expected = row.allow.includes(identity);
        if (outcome.allowed !== expected) {
          const want = expected ? "应允许" : "应拒绝";
          failures.push(`${endpoint.key} × ${identity}: ${want}，实际 ${outcome.detail}`);
        }
        const self = PARTIES.find((p) => p === identity);
        if (self && outcome.body.includes(marker(self))) shown.add(self);
        const visible = new Set([...SEES[identity], ...(outcome.allowed ? (row.shows ?? []) : [])]);
        const leaked = PARTIES.filter((p) => !visible.has(p) && outcome.body.includes(marker(p)));
        if (leaked.length) failures.push(`${endpoint.key} × ${identity}: 泄露了 ${leaked.join("、")} 的数据`);
      });
    }
    console.log(`授权矩阵：${endpoints.length} 个端点 × ${IDENTITIES.length} 个身份 = ${checks} 次检查`);
    if (process.env.MATRIX_PRINT) {
      for (const [key, allowed] of observed) console.log(`  "${key}": [${allowed.join(", ")}]`);
    }
    expect(failures, failures.join("\n")).toEqual([]);
    expect([...shown].sort(), "each party sees its own marker somewhere").toEqual([...PARTIES].sort());
    // The forms posted with A's ids took effect once, for A; nobody else's attempt changed anything.
    const cancelled = await db.application.findMany({
      where: { id: { in: [ids.renewalA, ids.unitInfoChangeA, ids.cancellationA] } },
      select: { status: true, version: true },
    });
    expect(cancelled).toEqual(Array(3).fill({ status: "CANCELLED", version: 1 }));
    const transfers = [ids.transferToDecideA, ids.transferToWithdrawA].map((id) =>
      db.application.findUniqueOrThrow({ where: { id }, select: { status: true, version: true } }),
    );
    expect(await Promise.all(transfers)).toEqual([
      { status: "REJECTED", version: 1 },
      { status: "CANCELLED", version: 1 },
    ]);
    expect(await db.application.count({ where: { kind: "TRANSFER_OUT", certificateId: ids.certificateA } })).toBe(1);
  }, 180_000);
});
