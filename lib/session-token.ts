// The session cookie's names and how its token is stored: shared by lib/server/auth/session.ts and the
// Node server in front of Next (scripts/server.ts), which cannot import server-only modules.
import { createHash } from "node:crypto";

/** `__Host-` (only over HTTPS, for this host, path /) wherever the cookie is Secure. */
export const SESSION_COOKIE = { secure: "__Host-aq_session", plain: "aq_session" } as const;

/** Only the SHA-256 of a session token is stored. */
export function hashSessionToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}
