import 'server-only';
import { db } from '@/lib/server/db/client';
import type { ProfileInput } from './profile-schema';

/** Saves a validated profile; the caller has already checked the user may edit it. */
export async function updateProfile({ userId, profile }: { userId: string; profile: ProfileInput }) {
  return db.user.update({
    where: { id: userId },
    data: {
      certificateName: profile.certificateName,
      gdcNumber: profile.gdcNumber,
      registrantType: profile.registrantType,
      teamRole: profile.teamRole,
      cpdCycleStart: profile.cpdCycleStart,
    },
    select: { id: true },
  });
}
