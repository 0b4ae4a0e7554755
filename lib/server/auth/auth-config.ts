import 'server-only';
import { PrismaAdapter } from '@auth/prisma-adapter';
import type { NextAuthConfig } from 'next-auth';
import Nodemailer from 'next-auth/providers/nodemailer';
import { getEnv } from '@/lib/env';
import { db } from '@/lib/server/db/client';
import { getAuthSecret } from './auth-secret';
import { safeRedirectPath } from '@/lib/security/safe-redirect-path';
import { clientAddress } from '@/lib/server/http/client-address';
import { checkSignInRateLimit, endSignInPause, sendSignInLink, signInLinkMaxAgeSeconds } from './send-sign-in-link';
import { sessionLifetimes, withAbsoluteSessionLifetime } from './session-lifetime';

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

  const lifetimes = sessionLifetimes(env);
  return {
    // The generated client is typed per provider; the adapter only uses the Auth.js models, which both share.
    adapter: withAbsoluteSessionLifetime(PrismaAdapter(db as unknown as Parameters<typeof PrismaAdapter>[0]), lifetimes),
    providers,
    secret: await getAuthSecret(),
    // Never consulted: lib/server/auth/auth.ts sets AUTH_URL to the configured public origin, and
    // with it set Auth.js reads no Host or X-Forwarded-* header (docs/decisions/004).
    trustHost: true,
    // Database sessions, so suspending a user or deleting an account ends their sessions at once.
    // `expires` is the idle deadline: each request at least `updateAge` after the last extension
    // moves it to now + idle timeout; the absolute lifetime is enforced by the adapter.
    session: { strategy: 'database', maxAge: lifetimes.idleSeconds, updateAge: lifetimes.extendEverySeconds },
    pages: { signIn: '/sign-in', verifyRequest: '/sign-in/check-email', error: '/sign-in' },
    events: {
      async signIn({ user, account }) {
        if (account?.type === 'email' && user.email) await endSignInPause({ email: user.email });
      },
    },
    callbacks: {
      // Runs when a link is requested and again when it is used (or SSO returns). Asking for a
      // link answers the same for every address, suspended, unknown or not (whether an email goes
      // out is decided in sendSignInLink); using one is refused to suspended users. The per-IP
      // limit is checked here because Auth.js reports what this throws as AccessDenied (the
      // reason as its cause) before it creates a token.
      async signIn({ user, email }) {
        if (email?.verificationRequest) {
          await checkSignInRateLimit({ ip: clientAddress(await requestHeaders()) });
          return true;
        }
        if (user.id) {
          const existing = await db.user.findUnique({ where: { id: user.id }, select: { suspendedAt: true } });
          if (existing?.suspendedAt) return false;
        }
        return true;
      },
      // Only paths on this site, judged by the one function every return address goes through.
      redirect({ url, baseUrl }) {
        return `${baseUrl}${safeRedirectPath(url, baseUrl)}`;
      },
      // What GET /api/auth/session and auth() return: who is signed in and until when. Never the
      // session token (that would hand the HttpOnly cookie's value to any script on the page).
      session({ session, user }) {
        return { user: { id: user.id, email: user.email, name: user.name }, expires: session.expires } as typeof session;
      },
    },
  };
}
