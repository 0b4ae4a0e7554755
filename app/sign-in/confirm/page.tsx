import type { Metadata } from 'next';
import Link from 'next/link';
import { Button } from '@/components/ui/button';
import { confirmSignInLinkSchema } from '@/lib/server/auth/sign-in-schema';

// The address carries the sign-in token: never send it on to another site. Not 'no-referrer':
// under that policy browsers send `Origin: null` with the form's POST, which the guard refuses.
export const metadata: Metadata = { title: 'Sign in', referrer: 'same-origin' };

/**
 * Where a sign-in email's link leads. Opening it (as mail scanners do before the person clicks)
 * changes nothing; the button POSTs the token to Auth.js's callback, which signs in. The address
 * shown is checked against the token there, so a link to someone else's account says whose.
 */
export default async function ConfirmSignInPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const link = confirmSignInLinkSchema.safeParse(await searchParams);

  if (!link.success) {
    return (
      <div className="mx-auto max-w-md space-y-4">
        <h1 className="text-3xl font-bold">Sign in</h1>
        <p role="alert">This sign-in link is incomplete. Copy the whole link from the email, or ask for a new one.</p>
        <p>
          <Link href="/sign-in" className="font-semibold underline">
            Get a new sign-in link
          </Link>
        </p>
      </div>
    );
  }

  const { token, email, callbackUrl } = link.data;
  const action = `/api/auth/callback/nodemailer?${new URLSearchParams({ callbackUrl, token, email })}`;
  return (
    <div className="mx-auto max-w-md space-y-6">
      <h1 className="text-3xl font-bold">Sign in to Postwise</h1>
      <p>
        You are about to sign in as <strong className="break-all">{email}</strong>. If that is not you, close this page.
      </p>
      <form method="post" action={action}>
        <Button type="submit" className="w-full">
          Sign in as {email}
        </Button>
      </form>
    </div>
  );
}
