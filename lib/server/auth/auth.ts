import 'server-only';
import NextAuth from 'next-auth';
import { headers } from 'next/headers';
import { buildAuthConfig } from './auth-config';

/**
 * The Auth.js instance. The configuration is built lazily because the secret may come from the
 * database folder, and so that importing this module never needs a configured environment.
 * Route handlers pass their request; server actions and pages read it from next/headers.
 */
export const { handlers, auth, signIn, signOut } = NextAuth((request) =>
  buildAuthConfig({ requestHeaders: async () => request?.headers ?? (await headers()) }),
);
