import 'server-only';
import type { CurrentUser } from '@/lib/server/auth/get-current-user';
import { noticeFrom } from '@/lib/forms/notices';
import { requireStudioPageUser } from './require-studio-page-user';

/** What Next.js gives a draft review page (scenario or module): the draft's id and the query string. */
export type ReviewPageProps = {
  params: Promise<{ draftId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

/**
 * The start of a draft review page: the draft's id, the notice the last action left in the query
 * string (see noticeFrom), and the studio user (else sign-in coming back to `pathOf(draftId)`, or 404).
 */
export async function reviewPageInput(props: ReviewPageProps, pathOf: (draftId: string) => string): Promise<{ draftId: string; notice: string | null; user: CurrentUser }> {
  const { draftId } = await props.params;
  const notice = noticeFrom(await props.searchParams);
  const user = await requireStudioPageUser(pathOf(draftId));
  return { draftId, notice, user };
}
