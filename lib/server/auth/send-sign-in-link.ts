import 'server-only';
import { getEnv } from '@/lib/env';
import { AppError } from '@/lib/errors';
import { sendEmail } from '@/lib/server/email/send-email';
import { consumeRateLimit } from '@/lib/server/rate-limit/consume-rate-limit';

/** How long a sign-in link works. Short, because whoever holds the link holds the account. */
export const signInLinkMaxAgeSeconds = 60 * 60;

/** Sign-in emails allowed per window, per address; the per-IP limit comes from SIGN_IN_LIMIT_PER_IP. */
export const signInRateLimits = { perEmail: 5, windowSeconds: 15 * 60 } as const;

/**
 * The client's IP address as the nearest proxy saw it. Next.js only sets X-Forwarded-For when it
 * is absent, so without a proxy that overwrites it this can be spoofed; the per-address limit is
 * the one that cannot be dodged.
 */
export function clientIp(headers: Headers): string {
  const forwarded = headers.get('x-forwarded-for')?.split(',').map((part) => part.trim()).filter(Boolean);
  return forwarded?.at(-1) ?? headers.get('x-real-ip')?.trim() ?? 'unknown';
}

/**
 * Counts a sign-in email against the per-address and per-IP limits; throws RATE_LIMITED when
 * either is spent. Auth.js calls it (through our signIn callback) for every link requested, from
 * our form or by a direct POST to /api/auth.
 */
export async function checkSignInRateLimit({ email, ip }: { email: string; ip: string }): Promise<void> {
  for (const [key, limit] of [
    [`sign-in:email:${email}`, signInRateLimits.perEmail],
    [`sign-in:ip:${ip}`, getEnv().SIGN_IN_LIMIT_PER_IP],
  ] as const) {
    const result = await consumeRateLimit({ key, limit, windowSeconds: signInRateLimits.windowSeconds });
    if (!result.allowed) {
      throw new AppError('RATE_LIMITED', `Too many sign-in emails requested. Please wait ${Math.ceil(result.retryAfterSeconds / 60)} minutes and try again.`, {
        retryAfterSeconds: result.retryAfterSeconds,
      });
    }
  }
}

/** Emails a sign-in link (Auth.js's `sendVerificationRequest`). */
export async function sendSignInLink({ email, url }: { email: string; url: string }): Promise<void> {
  await sendEmail({
    to: email,
    subject: 'Your Postwise sign-in link',
    text: signInEmailText(publicLink(url)),
  });
}

/**
 * Auth.js builds the link from the request's host (we trust it so local and proxied setups work);
 * with PUBLIC_BASE_URL set, the link always points at the real site even if a request forged Host.
 */
function publicLink(url: string): string {
  const base = getEnv().PUBLIC_BASE_URL;
  if (!base) return url;
  const link = new URL(url);
  return new URL(`${link.pathname}${link.search}`, new URL(base).origin).toString();
}

function signInEmailText(link: string): string {
  return [
    'Hello,',
    '',
    'Use this link to sign in to Postwise:',
    '',
    link,
    '',
    `The link works once and expires in ${signInLinkMaxAgeSeconds / 60} minutes.`,
    'If you did not ask to sign in, you can ignore this email: nobody can sign in without the link.',
  ].join('\n');
}
