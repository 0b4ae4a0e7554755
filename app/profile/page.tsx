import type { Metadata } from 'next';
import Link from 'next/link';
import { z } from 'zod';
import { TEAM_ROLE_LABELS, TEAM_ROLES } from '@/lib/catalogue/learner-audience';
import { REGISTRANT_TYPE_LABELS, REGISTRANT_TYPES } from '@/lib/cpd/registrant-types';
import { requirePageUser } from '@/lib/server/auth/require-page-user';
import { getProfile } from '@/lib/server/users/get-profile';
import { ProfileForm } from './profile-form';
import { ukDateOf } from '@/lib/cpd/plain-date';

export const metadata: Metadata = { title: 'Your profile' };

// Only a module page of this app may be offered as the next step, whatever the URL says.
const nextSchema = z.string().regex(/^\/learn#module-[\w-]{1,100}$/).optional().catch(undefined);

export default async function ProfilePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams;
  const next = nextSchema.parse(params.next);
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
      {params.joined ? (
        <p role="status" className="rounded-lg border-2 border-emerald-700 p-3 dark:border-emerald-400">
          You have joined the practice. Check the name to print on your certificates and save it
          {next ? (
            <>
              , then{' '}
              <Link href={next} className="font-semibold text-sky-800 underline dark:text-sky-300">
                start the module your practice assigned
              </Link>
            </>
          ) : null}
          .
        </p>
      ) : null}
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
