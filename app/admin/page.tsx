import Link from 'next/link';
import { noticeFrom } from '@/lib/forms/notices';
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { Button } from '@/components/ui/button';
import { SearchForm } from '@/components/ui/search-form';
import { SuccessMessage } from '@/components/ui/status-message';
import { TableHead } from '@/components/ui/table-headings';
import { TitledSection } from '@/components/ui/titled-section';
import { TableScroll } from '@/components/ui/table-scroll';
import { can } from '@/lib/permissions';
import { requirePageUser } from '@/lib/server/auth/require-page-user';
import { listPracticesForAdmin } from '@/lib/server/users/list-practices-for-admin';
import { listStudioRoles } from '@/lib/server/studio/list-studio-roles';
import { listUsers } from '@/lib/server/users/list-users';
import { setUserSuspended } from './users/actions';
import { StudioRoleControls } from './users/studio-role-controls';
import { formatShortDate } from '@/lib/cpd/plain-date';

export const metadata: Metadata = { title: 'Admin', robots: { index: false } };


/** The admin console: find users and practices, suspend or reinstate users. Admins only. */
export default async function AdminPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const admin = await requirePageUser('/admin');
  // Hidden rather than forbidden: non-admins need not know the console exists.
  if (!can(admin, 'admin.view')) notFound();

  const params = await searchParams;
  const search = typeof params.q === 'string' ? params.q.slice(0, 200) : '';
  const notice = noticeFrom(params);
  const [users, practices] = await Promise.all([listUsers({ search }), listPracticesForAdmin({ search })]);
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
        title={
          <>
            Users ({users.length}
            {users.length === 50 ? '+' : ''})
          </>
        }
        className="space-y-3"
      >
        <TableScroll label="Users">
          <table className="w-full text-left text-sm">
            <TableHead
              rowClassName="border-b border-slate-300 dark:border-slate-700"
              columns={[
                { label: 'Email', className: 'py-2 pr-4' },
                { label: 'Name', className: 'py-2 pr-4' },
                { label: 'Joined', className: 'py-2 pr-4' },
                { label: 'Status', className: 'py-2 pr-4' },
                { label: 'Action', className: 'py-2 pr-4' },
                { label: 'Studio roles', className: 'py-2' },
              ]}
            />
            <tbody>
              {users.map((user) => (
                <tr key={user.id} className="border-b border-slate-200 dark:border-slate-800">
                  <td className="py-2 pr-4">{user.email}</td>
                  <td className="py-2 pr-4">{user.certificateName ?? user.name ?? '—'}</td>
                  <td className="py-2 pr-4">{formatShortDate(user.createdAt)}</td>
                  <td className="py-2 pr-4">
                    {user.suspendedAt ? `Suspended ${formatShortDate(user.suspendedAt)}` : 'Active'}
                    {user.isAdmin ? ' · admin' : ''}
                  </td>
                  <td className="py-2 pr-4">
                    {can(admin, 'user.suspend', { userId: user.id }) ? (
                      <form action={setUserSuspended}>
                        <input type="hidden" name="userId" value={user.id} />
                        <input type="hidden" name="suspended" value={user.suspendedAt ? 'false' : 'true'} />
                        <input type="hidden" name="search" value={search} />
                        <Button type="submit" variant="secondary" aria-label={`${user.suspendedAt ? 'Reinstate' : 'Suspend'} ${user.email}`}>
                          {user.suspendedAt ? 'Reinstate' : 'Suspend'}
                        </Button>
                      </form>
                    ) : null}
                  </td>
                  <td className="py-2">
                    <StudioRoleControls user={user} held={rolesByUser.get(user.id) ?? []} search={search} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      </TitledSection>

      <TitledSection
        headingId="practices"
        title={
          <>
            Practices ({practices.length}
            {practices.length === 50 ? '+' : ''})
          </>
        }
        className="space-y-3"
      >
        {practices.length === 0 ? (
          <p>No practices match.</p>
        ) : (
          <ul className="space-y-1">
            {practices.map((practice) => (
              <li key={practice.id}>
                <strong>{practice.name}</strong> · {practice._count.members} {practice._count.members === 1 ? 'member' : 'members'} · created{' '}
                {formatShortDate(practice.createdAt)}
              </li>
            ))}
          </ul>
        )}
      </TitledSection>
    </div>
  );
}
