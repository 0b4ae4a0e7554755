import { noticeFrom } from '@/lib/forms/notices';

/** How many rows an admin list shows at most; a full list may hide more matches (narrow the search). */
export const ADMIN_LIST_LIMIT = 50;

/** An admin list's heading with its count: "Users (12)", or "Users (50+)" when the list is full. */
export function listTitle(noun: string, count: number): string {
  return `${noun} (${count}${count === ADMIN_LIST_LIMIT ? '+' : ''})`;
}

/**
 * What an admin console page reads from its query string: the search (`q`, at most 200 characters,
 * empty when absent) and the notice the last action left (see noticeFrom).
 */
export function readAdminQuery(params: Record<string, string | string[] | undefined>): { search: string; notice: string | null } {
  return { search: typeof params.q === 'string' ? params.q.slice(0, 200) : '', notice: noticeFrom(params) };
}
