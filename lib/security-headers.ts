// The response headers every page carries (set by proxy.ts). Pure: no Next, no environment reads.

/** A fresh, unguessable nonce for one response (128 bits, base64). */
export function newNonce(): string {
  return Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
}

/**
 * The Content-Security-Policy. Scripts run only with this response's nonce ('strict-dynamic' lets
 * those scripts load Next's chunks); no `unsafe-inline` for scripts. Styles allow inline attributes
 * (React `style` props, Tailwind), which carry no script. `unsafe-eval` only for `next dev`.
 */
export function contentSecurityPolicy(nonce: string, { dev = false }: { dev?: boolean } = {}): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' blob: data:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/** One year, subdomains included; only sent when the public address is https (APP_URL). */
export const HSTS = "max-age=31536000; includeSubDomains";

/**
 * The headers set per request (proxy.ts). The fixed ones (nosniff, Referrer-Policy, X-Frame-Options,
 * Permissions-Policy) are in next.config.mjs, which also covers Next's static files.
 */
export function requestSecurityHeaders(nonce: string, env: { appUrl?: string; dev?: boolean }): Record<string, string> {
  return {
    "Content-Security-Policy": contentSecurityPolicy(nonce, { dev: env.dev }),
    ...(env.appUrl?.startsWith("https://") ? { "Strict-Transport-Security": HSTS } : {}),
  };
}
