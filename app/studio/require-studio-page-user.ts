import 'server-only';
import { notFound } from 'next/navigation';
import { can, type Action } from '@/lib/permissions';
import type { CurrentUser } from '@/lib/server/auth/get-current-user';
import { requirePageUser } from '@/lib/server/auth/require-page-user';

/**
 * For studio pages: the signed-in user allowed `action` (default `studio.view`), a redirect to
 * sign-in that comes back to `returnTo`, or the 404 page for anyone else (the studio's pages do not
 * tell a learner they exist). The queries behind the page check the role again (lib/server/studio).
 */
export async function requireStudioPageUser(returnTo: string, action: Action = 'studio.view'): Promise<CurrentUser> {
  const user = await requirePageUser(returnTo);
  if (!can(user, action)) notFound();
  return user;
}
