import 'server-only';
import { db } from '@/lib/server/db/client';

/**
 * Signs a user out everywhere ("sign out of all devices"): deletes every one of their sessions,
 * so each browser holding one of their cookies is signed out on its next request.
 * Returns how many sessions ended.
 */
export async function endAllSessions({ userId }: { userId: string }): Promise<number> {
  const { count } = await db.session.deleteMany({ where: { userId } });
  return count;
}
