// A client that calls the running app's server actions over HTTP the way the browser does, for the
// HTTP benchmarks and fault scripts. No Next or React import: it must run outside the app's bundle.
import { readFileSync } from "node:fs";
import path from "node:path";
import type { FormState } from "../../lib/form-state";

/** Cookies as one `Cookie:` header value ("name=value; name2=value2"). */
export type Cookie = string;

export interface ActionCall {
  baseUrl: string;
  /** "" or undefined for an anonymous call */
  cookie?: Cookie;
  /** the page the form is on (sent as Referer and used as the Origin's page) */
  page: string;
  /** from actionId() */
  id: string;
  /** the form's fields; an array repeats the name */
  fields: Record<string, string | readonly string[]>;
  /** file inputs: each a name and one or more files */
  files?: Record<string, ActionFile | readonly ActionFile[]>;
  /** the action's previous state (useActionState's first argument); the forms start from {} */
  prevState?: unknown;
  /**
   * Next-Router-State-Tree as the browser sends it (URL-encoded JSON), to make a redirect's answer
   * render only the segments a browser would lack; by default a tree of the page's path segments.
   */
  routerStateTree?: string;
}

export interface ActionFile {
  name: string;
  type: string;
  bytes: Uint8Array | string;
}

export interface ActionResponse<T = unknown> {
  status: number;
  /** the path of x-action-redirect (the ";push"/";replace" suffix dropped), when the action redirected */
  redirect?: string;
  /** what the action returned ({ ok, message, errors, values, data }) when the response carried it */
  result?: ActionResult<T>;
  /** cookies the response set, name → value ("" when deleted) */
  setCookies: Record<string, string>;
  /** the raw text/x-component body, for checks the decoder does not cover */
  body: string;
}

/** What the app's actions return (lib/form-state.ts): { ok, message, errors, values, data }. */
export type ActionResult<T = unknown> = FormState<T>;

export type Portal = "enterprise" | "person" | "staff";

/**
 * Signs in through the login form's server action (app/(public)/login/[portal]/actions.ts) and returns
 * the session cookie. Staff must be totpExempt: a redirect to the second factor is an error here.
 */
export async function login(
  baseUrl: string,
  portal: Portal,
  identifier: string,
  password: string,
  options: { distDir?: string } = {},
): Promise<Cookie> {
  const response = await callAction({
    baseUrl,
    page: `/login/${portal}`,
    id: actionId("app/(public)/login/[portal]/actions.ts", "loginAction", options.distDir),
    fields: { portal, account: identifier, password },
  });
  const cookie = cookieHeader(response.setCookies);
  if (!response.redirect || response.redirect.startsWith("/login") || !cookie) {
    const why = response.result?.message ?? `HTTP ${response.status}, redirect ${response.redirect ?? "none"}`;
    throw new Error(`login ${portal} ${identifier} failed: ${why}`);
  }
  return cookie;
}

let manifestCache: { file: string; byKey: Map<string, string> } | undefined;

/**
 * The id of a server action in the current build, read from `.next/server/server-reference-manifest.json`
 * (Next 16: `{ node: { <id>: { workers: { <page>: { moduleId, async, exportedName, filename } }, … } } }`),
 * so that no script hard-codes an id that changes with every build. `file` is relative to the project
 * root, as the manifest's `filename`.
 */
export function actionId(file: string, exportName: string, distDir = ".next"): string {
  const manifestFile = path.resolve(distDir, "server", "server-reference-manifest.json");
  if (manifestCache?.file !== manifestFile) {
    manifestCache = { file: manifestFile, byKey: indexManifest(JSON.parse(readFileSync(manifestFile, "utf8"))) };
  }
  const id = manifestCache.byKey.get(`${path.normalize(file)}#${exportName}`);
  if (!id) throw new Error(`no server action ${exportName} of ${file} in ${manifestFile} (build again?)`);
  return id;
}

interface ManifestEntry {
  filename?: string;
  exportedName?: string;
  workers?: Record<string, { filename?: string; exportedName?: string }>;
}

/** "file#export" → id, from every runtime section of the manifest. */
export function indexManifest(manifest: Record<string, unknown>): Map<string, string> {
  const byKey = new Map<string, string>();
  for (const section of Object.values(manifest)) {
    if (!section || typeof section !== "object") continue;
    for (const [id, entry] of Object.entries(section as Record<string, ManifestEntry>)) {
      if (!entry || typeof entry !== "object") continue;
      for (const place of [entry, ...Object.values(entry.workers ?? {})]) {
        if (place.filename && place.exportedName) {
          byKey.set(`${path.normalize(place.filename)}#${place.exportedName}`, id);
        }
      }
    }
  }
  return byKey;
}

/**
 * The multipart body React's `encodeReply` writes for `action(prevState, formData)`: field `0` is the
 * JSON argument list with the FormData as a `$K1` reference, and the form's entries follow as
 * `_1_<name>` (React 19.3's prefix; older Reacts wrote `1_<name>`).
 */
export function encodeActionBody(
  fields: ActionCall["fields"],
  files: ActionCall["files"] = {},
  prevState: unknown = {},
): FormData {
  const body = new FormData();
  for (const [name, value] of Object.entries(fields)) {
    for (const one of [value].flat()) body.append(`_1_${name}`, one);
  }
  for (const [name, value] of Object.entries(files)) {
    for (const file of [value].flat()) {
      body.append(`_1_${name}`, new Blob([file.bytes as BlobPart], { type: file.type }), file.name);
    }
  }
  // last, as encodeReply sets it once the parts it refers to are written
  body.set("0", `[${JSON.stringify(prevState, escapeDollar)},"$K1"]`);
  return body;
}

// encodeReply escapes a string beginning with "$" as "$$…" (so it is not read as a reference).
function escapeDollar(_key: string, value: unknown) {
  return typeof value === "string" && value.startsWith("$") ? `$${value}` : value;
}

/** One server action call as the browser makes it (Next-Action header, multipart body, RSC accept). */
export async function callAction<T = unknown>(call: ActionCall): Promise<ActionResponse<T>> {
  const url = new URL(call.page, call.baseUrl);
  const headers: Record<string, string> = {
    Accept: "text/x-component",
    "Next-Action": call.id,
    "Next-Router-State-Tree": call.routerStateTree ?? routerStateTree(url.pathname),
    Origin: url.origin,
    Referer: url.href,
  };
  if (call.cookie) headers.Cookie = call.cookie;
  const response = await fetch(url, {
    method: "POST",
    headers,
    body: encodeActionBody(call.fields, call.files, call.prevState ?? {}),
    redirect: "manual",
  });
  const body = await response.text();
  const redirectHeader = response.headers.get("x-action-redirect");
  return {
    status: response.status,
    redirect: redirectHeader ? redirectHeader.split(";")[0] : undefined,
    result: decodeActionResult<T>(body),
    setCookies: parseSetCookies(response.headers.getSetCookie()),
    body,
  };
}

// The router state of a page: its path segments. The browser's also holds route groups and dynamic
// segments (bench/action-capture.ts prints one); Next uses it only to decide which segments to render
// after a redirect or revalidation, so a simpler tree can only make that answer larger, never wrong.
function routerStateTree(pathname: string): string {
  const segments = pathname.split("/").filter(Boolean);
  let tree: unknown = ["__PAGE__", {}, null, null];
  for (const segment of segments.reverse()) tree = [segment, { children: tree }, null, null];
  return encodeURIComponent(JSON.stringify(["", { children: tree }, null, null, true]));
}

/**
 * The action's return value from a text/x-component (React Flight) body: row 0 is Next's envelope
 * `{ a: "$@<row>", … }`, and the referenced row holds the returned object. Only plain JSON rows are
 * read (what `FormState` is made of); anything else gives undefined.
 */
export function decodeActionResult<T = unknown>(body: string): ActionResult<T> | undefined {
  const rows = new Map<string, unknown>();
  for (const line of body.split("\n")) {
    const match = /^([0-9a-f]+):(.*)$/.exec(line);
    if (!match || !/^[[{"0-9tfn-]/.test(match[2])) continue;
    try {
      rows.set(match[1], JSON.parse(match[2]));
    } catch {
      // a text row or a row type this reader does not know
    }
  }
  const envelope = rows.get("0") as { a?: unknown } | undefined;
  if (!envelope || typeof envelope !== "object" || !("a" in envelope)) return undefined;
  const value = resolveRow(envelope.a, rows, 0);
  return value && typeof value === "object" ? (value as ActionResult<T>) : undefined;
}

function resolveRow(value: unknown, rows: Map<string, unknown>, depth: number): unknown {
  if (depth > 20) return undefined;
  if (typeof value === "string") {
    if (value === "$undefined") return undefined;
    if (value.startsWith("$$")) return value.slice(1);
    const ref = /^\$@?([0-9a-f]+)$/.exec(value);
    if (ref) return resolveRow(rows.get(ref[1]), rows, depth + 1);
    return value;
  }
  if (Array.isArray(value)) return value.map((v) => resolveRow(v, rows, depth + 1));
  if (value && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, resolveRow(v, rows, depth + 1)]));
  }
  return value;
}

function parseSetCookies(lines: string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const line of lines) {
    const [pair, ...attributes] = line.split(";");
    const eq = pair.indexOf("=");
    if (eq < 0) continue;
    const expired = attributes.some((a) => /^\s*(max-age=0|expires=thu, 01 jan 1970)/i.test(a));
    out[pair.slice(0, eq).trim()] = expired ? "" : pair.slice(eq + 1).trim();
  }
  return out;
}

/** name → value pairs as a Cookie header (empty values, i.e. deleted cookies, left out). */
export function cookieHeader(cookies: Record<string, string>): Cookie {
  return Object.entries(cookies)
    .filter(([, value]) => value !== "")
    .map(([name, value]) => `${name}=${value}`)
    .join("; ");
}
