/**
 * Headers that are the same on every response, as `{ key, value }` pairs (next.config.mjs's
 * shape). A page's Content-Security-Policy needs a fresh nonce per request, so proxy.ts sets it
 * (see lib/security/content-security-policy.ts). Plain JavaScript so that next.config.mjs, which
 * Next.js loads without compiling it, and the app server (scripts/app-server.ts) read the one list.
 */
export const staticSecurityHeaders = [
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'X-Frame-Options', value: 'DENY' },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), payment=()' },
  { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
];

/**
 * The policy of every `/api/…` answer, which proxy.ts does not see (ADR 026): JSON runs no script
 * and loads nothing, so nothing is allowed; framing and `<base>` are refused as on pages. HSTS is
 * left to pages: browsers learn it for the whole host from them, and an API answer adds nothing.
 */
export const apiContentSecurityPolicy = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'";

/**
 * Every header an `/api/…` answer carries from configuration: the static ones and the API policy,
 * as next.config.mjs applies them, for answers the app server sends without Next.js (ADR 026's
 * addendum "save-speed").
 */
export const apiResponseHeaders = [...staticSecurityHeaders, { key: 'Content-Security-Policy', value: apiContentSecurityPolicy }];
