import 'server-only';
import { getEnv } from '@/lib/env';
import { AppError } from '@/lib/errors';
import { db } from '@/lib/server/db/client';
import { sendEmail } from '@/lib/server/email/send-email';
import { publicOrigin } from '@/lib/server/http/public-origin';
import { clearRateLimit, consumeRateLimit } from '@/lib/server/rate-limit/consume-rate-limit';
import { countOf } from '@/lib/text/plural';

/** How long a sign-in link works. Short, because whoever holds the link holds the account. */
export const signInLinkMaxAgeSeconds = 60 * 60;

/**
 * Sign-in email limits. Per address: one email per `perAddressEverySeconds`, however many are
 * asked for, so a flood of requests for someone's address sends them a few links and never locks
 * them out: every link stays valid for its hour, the next request after the pause sends a new
 * one, and using a link ends the pause at once. Per IP address: SIGN_IN_LIMIT_PER_IP requests per `perIpWindowSeconds`, refused beyond.
 */
export const signInRateLimits = { perAddressEverySeconds: 5 * 60, perIpWindowSeconds: 15 * 60 } as const;

/** The path of the page a sign-in link opens: it shows a button, and only that button's POST signs in. */
export const confirmSignInPath = '/sign-in/confirm';

/**
 * Counts a request for a sign-in link against the per-IP limit; throws RATE_LIMITED when it is
 * spent. Auth.js calls it (through our signIn callback) for every link requested, from our form
 * or by a direct POST to /api/auth. `ip` is the socket's or the trusted proxy hop's address.
 */
export async function checkSignInRateLimit({ ip }: { ip: string }): Promise<void> {
  const result = await consumeRateLimit({
    key: `sign-in:ip:${ip}`,
    limit: getEnv().SIGN_IN_LIMIT_PER_IP,
    windowSeconds: signInRateLimits.perIpWindowSeconds,
  });
  if (!result.allowed) {
    throw new AppError('RATE_LIMITED', `Too many sign-in emails requested. Please wait ${countOf(Math.ceil(result.retryAfterSeconds / 60), 'minute')} and try again.`, {
      retryAfterSeconds: result.retryAfterSeconds,
    });
  }
}

/**
 * Emails a sign-in link (Auth.js's `sendVerificationRequest`), unless the address belongs to a
 * suspended account or had one in the last few minutes. Either way the person asking sees the
 * same "check your email" page, so the answer tells nobody whether an address has an account,
 * is suspended, or was just asked for.
 *
 * `url` is Auth.js's callback link (built on the public origin, see auth.ts); the email carries
 * the confirmation page's address with the same parameters instead, so a mail scanner that
 * fetches it spends nothing.
 */
export async function sendSignInLink({ email, url }: { email: string; url: string }): Promise<void> {
  const account = await db.user.findUnique({ where: { email }, select: { suspendedAt: true } });
  if (account?.suspendedAt) return;
  const pause = await consumeRateLimit({ key: pauseKey(email), limit: 1, windowSeconds: signInRateLimits.perAddressEverySeconds });
  if (!pause.allowed) return;

  const link = new URL(confirmSignInPath, publicOrigin());
  link.search = new URL(url).search;
  try {
    await sendEmail({ to: email, subject: 'Your Postwise sign-in link', text: signInEmailText(link.toString()) });
  } catch (error) {
    // Nothing was sent, so nothing should make the person wait for the next try.
    await endSignInPause({ email });
    throw error;
  }
}

/** Ends an address's pause between sign-in emails: its owner has just used a link, so the next request may send one. */
export async function endSignInPause({ email }: { email: string }): Promise<void> {
  await clearRateLimit({ key: pauseKey(email) });
}

function pauseKey(email: string): string {
  return `sign-in:email:${email}`;
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
