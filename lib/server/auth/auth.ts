import 'server-only';
import NextAuth from 'next-auth';
import { buildAuthConfig } from './auth-config';

/**
 * The Auth.js instance. The configuration is built lazily because the secret may come from the
 * database folder, and so that importing this module never needs a configured environment.
 */
export const { handlers, auth, signIn, signOut } = NextAuth(() => buildAuthConfig());
