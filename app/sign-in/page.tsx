import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { Button } from '@/components/ui/button';
import { getEnv } from '@/lib/env';
import { oidcConfig } from '@/lib/server/auth/auth-config';
import { getCurrentUser } from '@/lib/server/auth/get-current-user';
import { callbackPathSchema } from '@/lib/server/auth/sign-in-schema';
import { signInWithOidc } from './actions';
import { SignInForm } from './sign-in-form';

export const metadata: Metadata = { title: 'Sign in' };

/** Messages for the `error` codes Auth.js puts in the address when a sign-in fails. */
const errorMessages: Record<string, string> = {
  Verification: 'That sign-in link has expired or has already been used. Enter your email address to get a new one.',
  AccessDenied:
    'That sign-in was refused. The account may be suspended, or too many links were requested from this network: wait 15 minutes and try again.',
  OAuthAccountNotLinked:
    'An account with this email address already exists. Sign in with an email link instead; single sign-on cannot take over an existing account.',
  Configuration: 'Sign-in is not working on our side at the moment. Please try again later.',
};

/** Messages for the known `notice` values; any other value shows nothing. */
const notices: Record<string, string> = {
  'signed-out-everywhere': 'You are signed out on every device.',
};

const demoAccounts = [
  { email: 'learner@demo.postwise.test', role: 'a learner' },
  { email: 'owner@demo.postwise.test', role: 'a practice owner' },
  { email: 'manager@demo.postwise.test', role: 'a practice manager' },
  { email: 'admin@demo.postwise.test', role: 'an administrator' },
];

export default async function SignInPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams;
  const callbackUrl = callbackPathSchema.parse(typeof params.callbackUrl === 'string' ? params.callbackUrl : '/');
  // An invitation's "Sign in as …" link names the invited address; anything that is not one is ignored.
  const invitedEmail = z.string().trim().max(254).email().safeParse(params.email);
  if (await getCurrentUser()) redirect(callbackUrl);

  const errorCode = typeof params.error === 'string' ? params.error : undefined;
  const error = errorCode ? (errorMessages[errorCode] ?? 'Sign-in did not work. Please try again.') : undefined;
  const notice = typeof params.notice === 'string' && Object.hasOwn(notices, params.notice) ? notices[params.notice] : undefined;
  const sso = oidcConfig();
  const outbox = getEnv().EMAIL_OUTBOX;

  return (
    <div className="mx-auto max-w-md space-y-8">
      <div className="space-y-2">
        <h1 className="text-3xl font-bold">Sign in</h1>
        <p className="text-slate-700 dark:text-slate-300">
          We’ll email you a link that signs you in. No password needed; new here? The same link creates your account.
        </p>
      </div>

      {notice ? (
        <p role="status" className="rounded-lg border-2 border-emerald-700 bg-emerald-50 p-3 text-emerald-900 dark:border-emerald-400 dark:bg-emerald-950 dark:text-emerald-100">
          {notice}
        </p>
      ) : null}

      {error ? (
        <p role="alert" className="rounded-lg border-2 border-red-700 bg-red-50 p-3 text-red-900 dark:border-red-400 dark:bg-red-950 dark:text-red-100">
          {error}
        </p>
      ) : null}

      <SignInForm callbackUrl={callbackUrl} email={invitedEmail.success ? invitedEmail.data : ''} />

      {sso ? (
        <form action={signInWithOidc} className="border-t border-slate-200 pt-6 dark:border-slate-800">
          <input type="hidden" name="callbackUrl" value={callbackUrl} />
          <Button type="submit" variant="secondary" className="w-full">
            Sign in with {sso.name}
          </Button>
        </form>
      ) : null}

      {outbox ? (
        <aside aria-labelledby="demo-accounts" className="rounded-lg bg-sky-50 p-4 text-sm text-slate-800 dark:bg-sky-950 dark:text-slate-200">
          <h2 id="demo-accounts" className="font-semibold">
            Demo accounts
          </h2>
          <p className="mt-1">
            This demo sends no real email: sign-in links appear in the{' '}
            <Link href="/outbox" className="font-semibold underline">
              demo outbox
            </Link>
            . Try one of these addresses:
          </p>
          <ul className="mt-2 space-y-1">
            {demoAccounts.map((account) => (
              <li key={account.email}>
                <code>{account.email}</code> — {account.role}
              </li>
            ))}
          </ul>
        </aside>
      ) : null}
    </div>
  );
}
