import 'server-only';
import { PrismaAdapter } from '@auth/prisma-adapter';
import type { NextAuthConfig } from 'next-auth';
import Nodemailer from 'next-auth/providers/nodemailer';
import { getEnv } from '@/lib/env';
import { db } from '@/lib/server/db/client';
import { getAuthSecret } from './auth-secret';
import { checkSignInRateLimit, clientIp, sendSignInLink, signInLinkMaxAgeSeconds } from './send-sign-in-link';

/** The provider id of the optional OpenID Connect single sign-on. */
export const oidcProviderId = 'oidc';

/** Whether OpenID Connect single sign-on is configured; the sign-in page shows its button only then. */
export function oidcConfig(): { name: string } | null {
  const env = getEnv();
  return env.OIDC_ISSUER && env.OIDC_CLIENT_ID && env.OIDC_CLIENT_SECRET ? { name: env.OIDC_NAME } : null;
}

/**
 * The Auth.js configuration: email links for everyone, OpenID Connect when configured, database
 * sessions. `requestHeaders` reads the current request's headers, only when a link is requested.
 */
export async function buildAuthConfig({ requestHeaders }: { requestHeaders: () => Promise<Headers> }): Promise<NextAuthConfig> {
  const env = getEnv();
  const providers: NextAuthConfig['providers'] = [
    Nodemailer({
      // Delivery goes through sendEmail (SMTP or the demo outbox); this value is never dialled.
      server: env.SMTP_URL ?? 'smtp://localhost:25',
      from: env.EMAIL_FROM,
      maxAge: signInLinkMaxAgeSeconds,
      sendVerificationRequest({ identifier, url }) {
        const sending = sendSignInLink({ email: identifier, url });
        // Auth.js awaits this only after hashing the token; a failure before then (no email
        // configured) would otherwise be reported as an unhandled rejection. It still rejects.
        sending.catch(() => undefined);
        return sending;
      },
    }),
  ];
  if (env.OIDC_ISSUER && env.OIDC_CLIENT_ID && env.OIDC_CLIENT_SECRET) {
    providers.push({
      id: oidcProviderId,
      name: env.OIDC_NAME,
      type: 'oidc',
      issuer: env.OIDC_ISSUER,
      clientId: env.OIDC_CLIENT_ID,
      clientSecret: env.OIDC_CLIENT_SECRET,
    });
  }

  return {
    // The generated client is typed per provider; the adapter only uses the Auth.js models, which both share.
    adapter: PrismaAdapter(db as unknown as Parameters<typeof PrismaAdapter>[0]),
    providers,
    secret: await getAuthSecret(),
    // See docs/decisions/004: links are pinned to PUBLIC_BASE_URL when it is set.
    trustHost: true,
    // Database sessions, so suspending a user or deleting an account ends their sessions at once.
    session: { strategy: 'database', maxAge: 30 * 24 * 60 * 60, updateAge: 24 * 60 * 60 },
    pages: { signIn: '/sign-in', verifyRequest: '/sign-in/check-email', error: '/sign-in' },
    callbacks: {
      // Runs when a link is requested and again when it is used, so suspension blocks both. Rate
      // limits are checked here rather than while sending: Auth.js wraps what this throws in
      // AccessDenied (the reason as its cause) and handles it before anything is sent.
      async signIn({ user, email }) {
        if (user.id) {
          const existing = await db.user.findUnique({ where: { id: user.id }, select: { suspendedAt: true } });
          if (existing?.suspendedAt) return false;
        }
        if (email?.verificationRequest && user.email) {
          await checkSignInRateLimit({ email: user.email, ip: clientIp(await requestHeaders()) });
        }
        return true;
      },
      session({ session, user }) {
        return { ...session, user: { id: user.id, email: user.email, name: user.name, emailVerified: user.emailVerified } };
      },
    },
  };
}
