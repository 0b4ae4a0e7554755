import { apiContentSecurityPolicy, staticSecurityHeaders } from './lib/security/response-headers.mjs';

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
