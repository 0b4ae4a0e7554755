import { isRedirectError } from 'next/dist/client/components/redirect-error';

/**
 * Runs a server action (or page) that should end in Next's redirect, and returns the path it
 * redirects to. Anything else (a returned failure, another error) fails the test, naming it.
 */
export async function redirectOf(call: () => Promise<unknown>): Promise<string> {
  try {
    const result = await call();
    throw new Error(`Expected a redirect, got ${JSON.stringify(result)}`);
  } catch (error) {
    if (!isRedirectError(error)) throw error;
    return error.digest.split(';')[2] ?? '';
  }
}

/** What a lib/server call was refused with, as `CODE: message` (its AppError); fails the test if it was not refused. */
export async function refusal(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    return `${(error as { code?: string }).code}: ${(error as Error).message}`;
  }
  throw new Error('expected a refusal');
}
