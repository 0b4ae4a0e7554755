import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { SiteSummaryTable } from '@/components/organisations/site-summary-table';
import { TitledSection } from '@/components/ui/titled-section';
import { isAppError } from '@/lib/errors';
import { can } from '@/lib/permissions';
import { requirePageUser } from '@/lib/server/auth/require-page-user';
import { getOrganisationOverview, type OrganisationOverview } from '@/lib/server/organisations/get-organisation-overview';
import { AttachPracticeForm } from './attach-practice-form';
import { countOf } from '@/lib/text/plural';
import type { GroupStepDone } from '../actions';
import { AppointManagerForm } from './appoint-manager-form';
import { DetachPracticeForm } from './detach-practice-form';
import { RemoveManagerForm } from './remove-manager-form';

export const metadata: Metadata = { title: 'Group' };

type Props = {
  params: Promise<{ organisationId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

const mutedClass = 'text-slate-700 dark:text-slate-300';
const doneMessages: Record<string, string> = {
  added: 'Practice added to the group.',
  removed: 'Practice removed from the group. Its own owner and managers keep their access; the group no longer sees it.',
  'manager-appointed': 'Group manager appointed: they now see every practice of the group as its managers do.',
  'manager-removed': 'Group manager removed: they no longer see the practices of the group.',
} satisfies Record<GroupStepDone, string>;

async function loadOverview(actorId: string, organisationId: string): Promise<OrganisationOverview> {
  try {
    return await getOrganisationOverview({ actorId, organisationId });
  } catch (error) {
    if (isAppError(error) && error.code === 'NOT_FOUND') notFound();
    throw error;
  }
}

export default async function OrganisationPage({ params, searchParams }: Props) {
  const { organisationId } = await params;
  const user = await requirePageUser(`/organisations/${organisationId}`);
  const [overview, query] = await Promise.all([loadOverview(user.id, organisationId), searchParams]);
  const manages = can(user, 'organisation.manage-practices', { organisationId });
  const appoints = can(user, 'organisation.manage-managers', { organisationId });
  const done = typeof query.done === 'string' ? doneMessages[query.done] : undefined;
  const staff = overview.sites.reduce((sum, site) => sum + site.summary.staff, 0);

  return (
    <div className="flex min-w-0 flex-col gap-8">
      <div className="flex flex-col gap-1">
        <p>
          <Link href="/organisations" className="text-sky-800 underline dark:text-sky-300">
            Your groups
          </Link>
        </p>
        <h1 className="text-2xl font-bold break-words">{overview.organisation.name}</h1>
        <p className={mutedClass}>
          {countOf(overview.sites.length, 'practice')} · {countOf(staff, 'staff', 'staff')} in all ·{' '}
          {overview.viewerRole === 'owner' ? 'you are a group owner' : 'you are a group manager'}
        </p>
      </div>
      {done ? (
        <p role="status" className="rounded border border-emerald-300 bg-emerald-50 px-3 py-2 text-emerald-900 dark:border-emerald-700 dark:bg-emerald-950 dark:text-emerald-100">
          {done}
        </p>
      ) : null}

      <TitledSection headingId="sites-heading" title="Practices" className="flex min-w-0 flex-col gap-3">
        {overview.sites.length === 0 ? (
          <p className={mutedClass}>No practice is in this group yet.</p>
        ) : (
          <>
            <p className={mutedClass}>Open a practice to see its staff, assign modules and send reminders, as its managers can.</p>
            <SiteSummaryTable
              sites={overview.sites}
              actions={
                manages
                  ? (site) => <DetachPracticeForm organisationId={overview.organisation.id} practiceId={site.practiceId} practiceName={site.name} />
                  : undefined
              }
            />
          </>
        )}
      </TitledSection>

      {manages ? (
        <TitledSection headingId="attach-heading" title="Add a practice" className="flex flex-col gap-3">
          {overview.attachable.length === 0 ? (
            <p className={mutedClass}>
              Every practice you own is already in a group. A group holds only practices you own:{' '}
              <Link href="/practice" className="text-sky-800 underline dark:text-sky-300">
                create a practice
              </Link>{' '}
              to add a new site.
            </p>
          ) : (
            <AttachPracticeForm organisationId={overview.organisation.id} practices={overview.attachable} />
          )}
        </TitledSection>
      ) : null}

      {appoints ? (
        <TitledSection headingId="managers-heading" title="Group managers" className="flex flex-col gap-4">
          <p className={mutedClass}>
            A group manager has a practice manager&apos;s rights in every practice of the group: they see progress, assign modules, send reminders and
            invite staff. They cannot add or remove practices, or appoint managers.
          </p>
          {overview.managers.length === 0 ? (
            <p className={mutedClass}>This group has no managers yet.</p>
          ) : (
            <ul className="flex flex-col gap-4">
              {overview.managers.map((manager) => (
                <li key={manager.userId} className="flex flex-col gap-2 rounded border border-slate-300 p-3 dark:border-slate-600">
                  <p>
                    <span className="font-semibold break-words">{manager.name}</span> <span className={`break-all ${mutedClass}`}>({manager.email})</span>
                  </p>
                  <RemoveManagerForm organisationId={overview.organisation.id} userId={manager.userId} name={manager.name} />
                </li>
              ))}
            </ul>
          )}
          <h3 className="text-lg font-semibold">Appoint a group manager</h3>
          <AppointManagerForm organisationId={overview.organisation.id} />
        </TitledSection>
      ) : null}
    </div>
  );
}
