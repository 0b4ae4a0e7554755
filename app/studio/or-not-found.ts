import 'server-only';
import { notFound } from 'next/navigation';
import { isAppError } from '@/lib/errors';

/**
 * What a studio page reads, or the 404 page when the thing is missing (NOT_FOUND) or this user may
 * not see it (FORBIDDEN): a page never says which, so a refusal does not reveal that it exists.
 * Any other error is thrown on to the error page.
 */
export async function orNotFound<T>(read: Promise<T>): Promise<T> {
  try {
    return await read;
  } catch (error) {
    if (isAppError(error) && (error.code === 'NOT_FOUND' || error.code === 'FORBIDDEN')) notFound();
    throw error;
  }
}
