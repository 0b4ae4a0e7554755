import 'server-only';
import { db } from '@/lib/server/db/client';

/**
 * Suspends or reinstates a user. Suspending deletes every session in the same transaction, so
 * the user is signed out everywhere on their next request, and their pending sign-in links too.
 */
export async function setUserSuspended({ userId, suspended }: { userId: string; suspended: boolean }) {
  return db.$transaction(async (tx) => {
    const user = await tx.user.update({
      where: { id: userId },
      data: { suspendedAt: suspended ? new Date() : null },
      select: { id: true, email: true, suspendedAt: true },
    });
    if (suspended) {
      await tx.session.deleteMany({ where: { userId } });
      await tx.verificationToken.deleteMany({ where: { identifier: user.email } });
    }
    return user;
  });
}
