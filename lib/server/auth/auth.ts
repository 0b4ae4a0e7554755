import 'server-only';
import NextAuth from 'next-auth';
import { headers } from 'next/headers';
import { publicOrigin } from '@/lib/server/http/public-origin';
import { buildAuthConfig } from './auth-config';

/**
 * The Auth.js instance. The configuration is built lazily because the secret may come from the
 * database folder, and so that importing this module never needs a configured environment.
 * Route handlers pass their request; server actions and pages read it from next/headers.
 */
export const { handlers, auth, signIn, signOut } = NextAuth((request) => {
  // Auth.js takes its base URL from process.env.AUTH_URL and nothing else (with it set, the
  // request's Host and X-Forwarded-* headers are never read): its links, callback redirects and
  // cookie security all follow the one configured public origin.
  process.env.AUTH_URL = publicOrigin();
  return buildAuthConfig({ requestHeaders: async () => request?.headers ?? (await headers()) });
});
