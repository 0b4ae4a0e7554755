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
import { InvitationControls } from '@/components/invitations/invitation-controls';
import { formatShortDate } from '@/lib/cpd/plain-date';
import { GROUP_MANAGER_RIGHTS } from '@/lib/organisations/group-manager-rights';
import { listGroupManagerInvitations } from '@/lib/server/organisations/list-group-manager-invitations';
import { resendGroupManagerInvitationAction, revokeGroupManagerInvitationAction } from '../actions';
import { InviteManagerForm } from './invite-manager-form';
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
  'manager-removed': 'Group manager removed: they no longer see the practices of the group.',
  'manager-joined': 'You are now a manager of this group: open a practice to see its staff, assign modules and send reminders.',
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
  const invitations = appoints ? await listGroupManagerInvitations({ actorId: user.id, organisationId }) : [];
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
          <p className={mutedClass}>{GROUP_MANAGER_RIGHTS}</p>
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
          <h3 className="text-lg font-semibold">Invite a group manager</h3>
          <InviteManagerForm organisationId={overview.organisation.id} />
          <h3 className="text-lg font-semibold">Pending invitations</h3>
          {invitations.length === 0 ? (
            <p className={mutedClass}>No invitations are waiting for an answer.</p>
          ) : (
            <ul className="flex flex-col gap-3">
              {invitations.map((invitation) => (
                // Keyed by address, the one live invitation per address, as the practice list is.
                <li key={invitation.email} className="flex flex-col gap-1 border-b border-slate-300 pb-3 dark:border-slate-600">
                  <span className="font-semibold break-all">{invitation.email}</span>
                  <span className={`text-sm ${mutedClass}`}>
                    sent {formatShortDate(invitation.sentAt)} · {invitation.expired ? 'expired' : 'expires'} {formatShortDate(invitation.expiresAt)}
                  </span>
                  <InvitationControls
                    scope={{ name: 'organisationId', value: overview.organisation.id }}
                    invitationId={invitation.id}
                    email={invitation.email}
                    resend={resendGroupManagerInvitationAction}
                    revoke={revokeGroupManagerInvitationAction}
                  />
                </li>
              ))}
            </ul>
          )}
        </TitledSection>
      ) : null}
    </div>
  );
}
