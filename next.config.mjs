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
      // @xstate/react imports the React 17 shims of useSyncExternalStore; React 19 has the hook, and
      // these entries (the same package) use it instead of carrying a fallback into the player's bundle.
      'use-sync-external-store/shim/with-selector': 'use-sync-external-store/with-selector',
      'use-sync-external-store/shim': 'use-sync-external-store',
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
