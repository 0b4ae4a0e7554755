import type { Metadata } from 'next';
import Link from 'next/link';
import { getEnv } from '@/lib/env';
import { signInLinkMaxAgeSeconds, signInRateLimits } from '@/lib/server/auth/send-sign-in-link';

export const metadata: Metadata = { title: 'Check your email' };

export default function CheckEmailPage() {
  const outbox = getEnv().EMAIL_OUTBOX && !getEnv().SMTP_URL;
  return (
    <div className="mx-auto max-w-md space-y-4">
      <h1 className="text-3xl font-bold">Check your email</h1>
      <p>
        If the address you entered can sign in, a sign-in link is on its way. The link works once and expires in{' '}
        {signInLinkMaxAgeSeconds / 60} minutes.
      </p>
      <p>
        We send at most one link every {signInRateLimits.perAddressEverySeconds / 60} minutes to the same address. If you asked a moment ago,
        use the link you already have: every link works until it expires.
      </p>
      <p>Can’t find it? Check your junk folder, or wait {signInRateLimits.perAddressEverySeconds / 60} minutes and ask for another one.</p>
      {outbox ? (
        <p className="rounded-lg bg-sky-50 p-4 dark:bg-sky-950">
          This demo sends no real email: open the{' '}
          <Link href="/outbox" className="font-semibold underline">
            demo outbox
          </Link>{' '}
          to find your link.
        </p>
      ) : null}
      <p>
        <Link href="/sign-in" className="underline">
          Use a different email address
        </Link>
      </p>
    </div>
  );
}
