/**
 * Headers that are the same on every response. The Content-Security-Policy needs a fresh
 * nonce per request, so proxy.ts sets it (see lib/security/content-security-policy.ts).
 */
const staticSecurityHeaders = [
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'X-Frame-Options', value: 'DENY' },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), payment=()' },
  { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
];

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
    return [{ source: '/:path*', headers: staticSecurityHeaders }];
  },
};

export default nextConfig;
