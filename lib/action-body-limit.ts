// Server actions are POSTs that Next reads whole (up to serverActions.bodySizeLimit, 70 MB for the
// uploads) before any action code, rate limit or session check runs. The Node server in front of Next
// (scripts/server.ts) therefore refuses a large action body from anyone without a live session
// before reading it: 413, connection closed.
import type { IncomingMessage, ServerResponse } from "node:http";
import { MAX_UPLOAD_BYTES } from "./domain/upload-rules";
import { hashSessionToken, SESSION_COOKIE } from "./session-token";

/** Login, forgot password, sending a code, 证书查询, 个人注册: small forms. */
export const ANONYMOUS_ACTION_BODY_LIMIT = 64 * 1024;
/** 企业注册 (/register) uploads 营业执照 and 资质证书 before there is an account: two files and the form. */
export const REGISTRATION_ACTION_BODY_LIMIT = 2 * MAX_UPLOAD_BYTES + 256 * 1024;

export function anonymousActionLimit(pathname: string): number {
  return pathname === "/register" ? REGISTRATION_ACTION_BODY_LIMIT : ANONYMOUS_ACTION_BODY_LIMIT;
}

/** The session token from a Cookie header (either cookie name), if any. */
export function sessionTokenFrom(cookieHeader: string | undefined): string | undefined {
  for (const part of (cookieHeader ?? "").split(";")) {
    const [name, ...value] = part.trim().split("=");
    if (name === SESSION_COOKIE.secure || name === SESSION_COOKIE.plain) return value.join("=") || undefined;
  }
  return undefined;
}

/** Looks a session up by the hash of its token: true when it exists and has not expired. */
export type SessionLookup = (tokenHash: string) => Promise<boolean>;

/**
 * Returns true when it has answered the request itself (413 or 411); otherwise the request goes on
 * to Next untouched. Only action POSTs over the anonymous limit cost a session lookup.
 */
export async function refuseLargeAnonymousAction(
  req: IncomingMessage,
  res: ServerResponse,
  liveSession: SessionLookup,
): Promise<boolean> {
  if (req.method !== "POST" || !req.headers["next-action"]) return false;
  const pathname = new URL(req.url ?? "/", "http://localhost").pathname;
  const limit = anonymousActionLimit(pathname);
  const declared = req.headers["content-length"] === undefined ? undefined : Number(req.headers["content-length"]);
  if (declared !== undefined && Number.isFinite(declared) && declared <= limit) return false;
  const token = sessionTokenFrom(req.headers.cookie);
  if (token && (await liveSession(hashSessionToken(token)))) return false;
  // Browsers always send Content-Length with a form's FormData; without one, the size is unknown.
  const status = declared === undefined ? 411 : 413;
  res.writeHead(status, { "Content-Type": "text/plain; charset=utf-8", Connection: "close" });
  // Connection: close — Node ends the socket after the answer instead of reading the body.
  res.end(status === 413 ? "请求内容过大，请登录后再试" : "缺少 Content-Length");
  return true;
}
