import type { Metadata } from 'next';
import Link from 'next/link';
import { TitledSection } from '@/components/ui/titled-section';
import { requirePageUser } from '@/lib/server/auth/require-page-user';
import { listOrganisations } from '@/lib/server/organisations/list-organisations';
import { CreateOrganisationForm } from './create-organisation-form';
import { countOf } from '@/lib/text/plural';

export const metadata: Metadata = { title: 'Your groups' };

const roleLabels = { owner: 'Group owner', manager: 'Group manager' } as const;
const mutedClass = 'text-sm text-slate-700 dark:text-slate-300';

export default async function OrganisationsPage() {
  const user = await requirePageUser('/organisations');
  const organisations = await listOrganisations({ userId: user.id });
  return (
    <div className="flex flex-col gap-8">
      <h1 className="text-2xl font-bold">Your groups</h1>
      {organisations.length === 0 ? (
        <p>You are not in a dental group yet. A group brings several practices (sites) you own onto one page.</p>
      ) : (
        <ul className="flex flex-col gap-2">
          {organisations.map((organisation) => (
            <li key={organisation.id} className="flex flex-wrap items-baseline gap-3">
              <Link href={`/organisations/${organisation.id}`} className="font-medium break-words text-sky-800 underline dark:text-sky-300">
                {organisation.name}
              </Link>
              <span className={mutedClass}>
                {roleLabels[organisation.role]} · {countOf(organisation.practiceCount, 'practice')}
              </span>
            </li>
          ))}
        </ul>
      )}
      <TitledSection headingId="create-organisation" title="Create a group" className="flex max-w-md flex-col gap-3">
        <p className={mutedClass}>
          You become its group owner. You can then add practices you own; as group owner you see each site&apos;s progress and can assign
          modules and send reminders there, as a practice manager can.
        </p>
        <CreateOrganisationForm />
      </TitledSection>
    </div>
  );
}
