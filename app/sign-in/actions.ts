'use server';

import { redirect } from 'next/navigation';
import { publicErrorMessage, isAppError } from '@/lib/errors';
import { signIn, signOut } from '@/lib/server/auth/auth';
import { oidcProviderId } from '@/lib/server/auth/auth-config';
import { callbackPathSchema, signInInputSchema } from '@/lib/server/auth/sign-in-schema';

export interface SignInFormState {
  email: string;
  error?: string;
}

/** Emails a sign-in link (anyone may ask; rate limits and suspension are enforced inside Auth.js). */
export async function requestSignInLink(_previous: SignInFormState, formData: FormData): Promise<SignInFormState> {
  const submittedEmail = String(formData.get('email') ?? '');
  const parsed = signInInputSchema.safeParse({ email: formData.get('email'), callbackUrl: formData.get('callbackUrl') ?? '/' });
  if (!parsed.success) {
    return { email: submittedEmail, error: parsed.error.issues[0]?.message ?? 'Enter a valid email address.' };
  }

  let next: string;
  try {
    next = await signIn('nodemailer', { email: parsed.data.email, redirectTo: parsed.data.callbackUrl, redirect: false });
  } catch (error) {
    return { email: submittedEmail, error: signInErrorMessage(error) };
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

function signInErrorMessage(error: unknown): string {
  // Auth.js wraps refusals in AccessDenied; the reason, when we gave one, is its cause.
  if (error instanceof Error && 'type' in error && error.type === 'AccessDenied') {
    const reason = (error.cause as { err?: unknown } | undefined)?.err;
    if (isAppError(reason)) return reason.message;
    return 'This account cannot sign in at the moment. If you think this is a mistake, contact your practice or Postwise support.';
  }
  return publicErrorMessage(error);
}
