// Every request but Next's static files and the uploads: a fresh CSP nonce (Next reads it from the
// request's CSP header and puts it on its own scripts) and HSTS when APP_URL is https
// (lib/security-headers.ts). Nonces need dynamic rendering: the root layout waits for the request
// (app/layout.tsx), so no page is prerendered without one.
import { NextResponse, type NextRequest } from "next/server";
import { newNonce, requestSecurityHeaders } from "@/lib/security-headers";

export function proxy(request: NextRequest) {
  const nonce = newNonce();
  const headers = requestSecurityHeaders(nonce, {
    appUrl: process.env.APP_URL,
    dev: process.env.NODE_ENV === "development",
  });
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("Content-Security-Policy", headers["Content-Security-Policy"]);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  return response;
}

export const config = {
  // Not Next's static files (immutable, no HTML) nor /files/ (uploads shown inline: the browser's PDF
  // viewer is not a page of ours; nosniff and the fixed headers of next.config.mjs still apply).
  matcher: [{ source: "/((?!_next/static|_next/image|favicon.ico|files/).*)" }],
};
