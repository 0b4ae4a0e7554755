import 'server-only';
import { db } from '@/lib/server/db/client';

/** The fields the profile page shows and edits. */
export async function getProfile({ userId }: { userId: string }) {
  return db.user.findUnique({
    where: { id: userId },
    select: { email: true, name: true, certificateName: true, gdcNumber: true, registrantType: true, teamRole: true, cpdCycleStart: true },
  });
}
