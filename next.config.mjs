/**
 * Headers that are the same on every response. A page's Content-Security-Policy needs a fresh
 * nonce per request, so proxy.ts sets it (see lib/security/content-security-policy.ts).
 */
const staticSecurityHeaders = [
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
const apiContentSecurityPolicy = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'";

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // Native and WebAssembly database drivers stay in node_modules instead of being bundled.
  serverExternalPackages: ['better-sqlite3', '@prisma/adapter-better-sqlite3', '@prisma/adapter-pg', 'pg', '@prisma/schema-engine-wasm'],
  turbopack: {
    resolveAlias: {
      // The markdown parser's browser build decodes entities with `document`, which the studio's
      // compile worker (ADR 011) lacks; its plain build, with its own entity table, runs anywhere.
      'decode-named-character-reference': './node_modules/decode-named-character-reference/index.js',
    },
  },
  async headers() {
    return [
      { source: '/:path*', headers: staticSecurityHeaders },
      { source: '/api/:path*', headers: [{ key: 'Content-Security-Policy', value: apiContentSecurityPolicy }] },
    ];
  },
};

export default nextConfig;
