import 'server-only';
import { readDraft } from '@/lib/server/studio/read-draft';
import { orNotFound } from '../../or-not-found';

/** The draft for a studio page, or the 404 page when it is missing or this user may not see it. */
export async function loadDraft(userId: string, draftId: string) {
  return orNotFound(readDraft({ userId, draftId }));
}
