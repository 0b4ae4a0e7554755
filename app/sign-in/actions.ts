'use server';

import { redirect } from 'next/navigation';
import { isAppError, toActionFailure, type ActionFailure } from '@/lib/errors';
import { firstIssueFailure } from '@/lib/forms/form-state';
import { signIn, signOut } from '@/lib/server/auth/auth';
import { oidcProviderId } from '@/lib/server/auth/auth-config';
import { callbackPathSchema, signInInputSchema } from '@/lib/server/auth/sign-in-schema';

/** The sign-in form: the address as typed (so the field keeps it), and why no link was sent, if it failed. */
export type SignInFormState = { email: string } & ({ ok: null } | ActionFailure);

/** Emails a sign-in link (anyone may ask; rate limits and suspension are enforced inside Auth.js). */
export async function requestSignInLink(_previous: SignInFormState, formData: FormData): Promise<SignInFormState> {
  const submittedEmail = String(formData.get('email') ?? '');
  const parsed = signInInputSchema.safeParse({ email: formData.get('email'), callbackUrl: formData.get('callbackUrl') ?? '/' });
  if (!parsed.success) {
    return { ...firstIssueFailure(parsed.error), email: submittedEmail };
  }

  let next: string;
  try {
    next = await signIn('nodemailer', { email: parsed.data.email, redirectTo: parsed.data.callbackUrl, redirect: false });
  } catch (error) {
    return { ...signInFailure(error), email: submittedEmail };
  }
  // Failures Auth.js does not throw (a server misconfiguration) come back as /sign-in?error=…
  // Success is its own /api/auth/verify-request address, whatever `pages` says; the learner
  // belongs on our "check your email" page.
  redirect(new URL(next, 'http://localhost').searchParams.has('error') ? next : '/sign-in/check-email');
}

/** Starts single sign-on with the configured OpenID Connect provider. */
export async function signInWithOidc(formData: FormData): Promise<void> {
  await signIn(oidcProviderId, { redirectTo: callbackPathSchema.parse(formData.get('callbackUrl') ?? '/') });
}

/** Ends the current session (deletes it from the database) and returns to the home page. */
export async function signOutUser(): Promise<void> {
  await signOut({ redirectTo: '/' });
}

function signInFailure(error: unknown): ActionFailure {
  // Auth.js wraps refusals in AccessDenied; the reason, when we gave one, is its cause.
  if (error instanceof Error && 'type' in error && error.type === 'AccessDenied') {
    const reason = (error.cause as { err?: unknown } | undefined)?.err;
    if (isAppError(reason)) return toActionFailure(reason);
    return {
      ok: false,
      code: 'FORBIDDEN',
      message: 'This account cannot sign in at the moment. If you think this is a mistake, contact your practice or Postwise support.',
    };
  }
  return toActionFailure(error);
}
