import Link from 'next/link';
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { SearchForm } from '@/components/ui/search-form';
import { SuccessMessage } from '@/components/ui/status-message';
import { ListTable } from '@/components/ui/list-table';
import { RowWithActions } from '@/components/ui/row-with-actions';
import { TitledSection } from '@/components/ui/titled-section';
import { can } from '@/lib/permissions';
import { requirePageUser } from '@/lib/server/auth/require-page-user';
import { listPracticesForAdmin } from '@/lib/server/users/list-practices-for-admin';
import { listStudioRoles } from '@/lib/server/studio/list-studio-roles';
import { listUsers } from '@/lib/server/users/list-users';
import { CONFIRM_EXPLAINED_ID, SuspensionForm } from './users/suspension-form';
import { StudioRoleControls } from './users/studio-role-controls';
import { ADMIN_LIST_LIMIT, listTitle, readAdminQuery } from './admin-list';
import { formatShortDate } from '@/lib/cpd/plain-date';
import { countOf } from '@/lib/text/plural';

export const metadata: Metadata = { title: 'Admin', robots: { index: false } };


/** The admin console: find users and practices, suspend or reinstate users. Admins only. */
export default async function AdminPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const admin = await requirePageUser('/admin');
  // Hidden rather than forbidden: non-admins need not know the console exists.
  if (!can(admin, 'admin.view')) notFound();

  const { search, notice } = readAdminQuery(await searchParams);
  const [users, practices] = await Promise.all([listUsers({ search, take: ADMIN_LIST_LIMIT }), listPracticesForAdmin({ search, take: ADMIN_LIST_LIMIT })]);
  const rolesByUser = await listStudioRoles({ adminId: admin.id, userIds: users.map((user) => user.id) });

  return (
    <div className="space-y-8">
      <h1 className="text-3xl font-bold">Admin</h1>
      <p>
        <Link href="/admin/certificates" className="font-semibold text-sky-800 underline underline-offset-4 dark:text-sky-300">
          Certificates and module feedback
        </Link>
      </p>
      <p>
        <Link href="/admin/scenarios" className="font-semibold text-sky-800 underline underline-offset-4 dark:text-sky-300">
          Decision insight and xAPI export
        </Link>
        {' · '}
        <Link href="/admin/sources" className="font-semibold text-sky-800 underline underline-offset-4 dark:text-sky-300">
          Guidance sources and review dates
        </Link>
      </p>
      {notice ? (
        <SuccessMessage>{notice}</SuccessMessage>
      ) : null}

      <SearchForm label="Search by name or email" defaultValue={search} />

      <TitledSection
        headingId="users"
        title={listTitle('Users', users.length)}
        className="space-y-3"
      >
        {/* Said once for every row's short "Confirm" tick, which it describes (aria-describedby). */}
        <p id={CONFIRM_EXPLAINED_ID} className="text-sm text-slate-700 dark:text-slate-300">
          Suspending someone or removing a studio role takes a tick in the row&apos;s Confirm box first. A suspended user is signed out
          at once and cannot sign in until reinstated; a removed role takes that part of the studio away at once.
        </p>
        <ListTable label="Users" columns={['Email', 'Name', 'Joined', 'Status']}>
          {users.map((user) => (
            <RowWithActions
              key={user.id}
              span={4}
              actions={
                <>
                  {can(admin, 'user.suspend', { userId: user.id }) ? (
                    // Keyed by the user's state: once it changes, the form starts afresh, without an earlier refusal.
                    <SuspensionForm key={user.suspendedAt ? 'suspended' : 'active'} user={{ id: user.id, email: user.email, suspended: user.suspendedAt !== null }} search={search} />
                  ) : null}
                  <StudioRoleControls user={{ id: user.id, email: user.email }} held={rolesByUser.get(user.id) ?? []} search={search} />
                </>
              }
            >
              <td className="py-2 pr-4">{user.email}</td>
              <td className="py-2 pr-4">{user.certificateName ?? user.name ?? '—'}</td>
              <td className="py-2 pr-4">{formatShortDate(user.createdAt)}</td>
              <td className="py-2">
                {user.suspendedAt ? `Suspended ${formatShortDate(user.suspendedAt)}` : 'Active'}
                {user.isAdmin ? ' · admin' : ''}
              </td>
            </RowWithActions>
          ))}
        </ListTable>
      </TitledSection>

      <TitledSection
        headingId="practices"
        title={listTitle('Practices', practices.length)}
        className="space-y-3"
      >
        {practices.length === 0 ? (
          <p>No practices match.</p>
        ) : (
          <ul className="space-y-1">
            {practices.map((practice) => (
              <li key={practice.id}>
                <strong>{practice.name}</strong> · {countOf(practice._count.members, 'member')} · created{' '}
                {formatShortDate(practice.createdAt)}
              </li>
            ))}
          </ul>
        )}
      </TitledSection>
    </div>
  );
}
