import type { Metadata } from 'next';
import { TEAM_ROLE_LABELS, TEAM_ROLES } from '@/lib/catalogue/learner-audience';
import { REGISTRANT_TYPE_LABELS, REGISTRANT_TYPES } from '@/lib/cpd/registrant-types';
import { requirePageUser } from '@/lib/server/auth/require-page-user';
import { getProfile } from '@/lib/server/users/get-profile';
import { ProfileForm } from './profile-form';
import { ukDateOf } from '@/lib/cpd/plain-date';

export const metadata: Metadata = { title: 'Your profile' };

export default async function ProfilePage() {
  const user = await requirePageUser('/profile');
  const profile = await getProfile({ userId: user.id });
  if (!profile) throw new Error('The signed-in user has no profile row.');

  return (
    <div className="mx-auto max-w-xl space-y-6">
      <div className="space-y-2">
        <h1 className="text-3xl font-bold">Your profile</h1>
        <p className="text-slate-700 dark:text-slate-300">
          These details are printed on your CPD certificates and set how many hours your CPD cycle needs. Signed in as{' '}
          <strong>{profile.email}</strong>.
        </p>
      </div>
      <ProfileForm
        registrantTypes={REGISTRANT_TYPES.map((value) => ({ value, label: REGISTRANT_TYPE_LABELS[value] }))}
        teamRoles={TEAM_ROLES.map((value) => ({ value, label: TEAM_ROLE_LABELS[value] }))}
        initialValues={{
          certificateName: profile.certificateName ?? profile.name ?? '',
          gdcNumber: profile.gdcNumber ?? '',
          registrantType: profile.registrantType ?? '',
          teamRole: profile.teamRole ?? '',
          cpdCycleStart: profile.cpdCycleStart ? ukDateOf(profile.cpdCycleStart) : '',
        }}
      />
    </div>
  );
}
