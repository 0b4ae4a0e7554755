import 'server-only';
import { notFound } from 'next/navigation';
import { isAppError } from '@/lib/errors';
import { readDraft } from '@/lib/server/studio/read-draft';

/** The draft for a studio page, or the 404 page when it is missing or this user may not see it. */
export async function loadDraft(userId: string, draftId: string) {
  try {
    return await readDraft({ userId, draftId });
  } catch (error) {
    if (isAppError(error) && (error.code === 'NOT_FOUND' || error.code === 'FORBIDDEN')) notFound();
    throw error;
  }
}
