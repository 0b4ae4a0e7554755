import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { RowHeading, TableHead } from '@/components/ui/table-headings';
import { TableScroll } from '@/components/ui/table-scroll';
import { TitledSection } from '@/components/ui/titled-section';
import { formatCpdTime } from '@/lib/cpd/credited-hours';
import { isAppError } from '@/lib/errors';
import { requirePageUser } from '@/lib/server/auth/require-page-user';
import { getStaffRecord, type StaffRecord } from '@/lib/server/dashboard/get-staff-record';
import { formatDate } from '../../format';
import { StatusBadge } from '../../status-badge';
import { RemoveMemberForm } from './remove-member-form';

export const metadata: Metadata = { title: 'Staff record' };

async function loadRecord(actorId: string, practiceId: string, userId: string): Promise<StaffRecord> {
  try {
    return await getStaffRecord({ actorId, practiceId, userId });
  } catch (error) {
    if (isAppError(error) && error.code === 'NOT_FOUND') notFound();
    throw error;
  }
}

export default async function StaffPage({ params }: { params: Promise<{ practiceId: string; userId: string }> }) {
  const { practiceId, userId } = await params;
  const user = await requirePageUser(`/practice/${practiceId}/staff/${userId}`);
  const record = await loadRecord(user.id, practiceId, userId);
  const { person } = record;
  const removable = person.role !== 'owner' && person.userId !== user.id && record.viewerMay['practice.manage-managers'];

  return (
    <div className="flex flex-col gap-8">
      <div className="flex flex-col gap-1">
        <p>
          <Link href={`/practice/${practiceId}`} className="text-sky-800 underline dark:text-sky-300">
            {record.practice.name}
          </Link>
        </p>
        <h1 className="text-2xl font-bold">{person.name}</h1>
        <p className="text-slate-700 dark:text-slate-300">
          {person.email} · {person.role} · joined {formatDate(person.joinedAt)}
        </p>
      </div>

      <TitledSection headingId="progress-heading" title="Progress" className="flex flex-col gap-3">
        {record.modules.map((module, index) => {
          const cell = person.modules[index];
          return (
            <div key={module.id} className="flex flex-col gap-2">
              <h3 className="font-semibold">
                {module.title}
                {module.dueAt ? <span className="font-normal"> · due {formatDate(module.dueAt)}</span> : null}
              </h3>
              {cell ? <StatusBadge progress={cell} /> : null}
              <TableScroll label={`Scenarios in ${module.title}`}>
                <table className="text-sm">
                  <caption className="sr-only">Scenarios in {module.title}</caption>
                  <TableHead
                    columns={[
                      { label: 'Scenario', className: 'pr-6 text-left' },
                      { label: 'Status', className: 'text-left' },
                    ]}
                  />
                  <tbody>
                    {module.scenarios.map((scenario) => {
                      const progress = person.scenarios[scenario.id];
                      return (
                        <tr key={scenario.id} className="align-top">
                          <RowHeading className="pr-6">{scenario.title}</RowHeading>
                          <td>{progress ? <StatusBadge progress={progress} /> : null}</td>
                        </tr>
                      );
                    })}
                  </tbody>
                </table>
              </TableScroll>
            </div>
          );
        })}
      </TitledSection>

      <TitledSection headingId="certificates-heading" title="Postwise certificates" className="flex flex-col gap-2">
        {record.certificates.length === 0 ? (
          <p>No certificates yet.</p>
        ) : (
          <ul className="flex flex-col gap-1">
            {record.certificates.map((certificate) => (
              <li key={certificate.code}>
                {certificate.moduleTitle}, issued {formatDate(certificate.issuedAt)}
                {certificate.revokedAt ? ' (revoked)' : ''} ·{' '}
                <Link href={`/verify/${certificate.code}`} className="text-sky-800 underline dark:text-sky-300">
                  verify {certificate.code}
                </Link>
              </li>
            ))}
          </ul>
        )}
      </TitledSection>

      <TitledSection headingId="external-heading" title="Other CPD shared with the practice" className="flex flex-col gap-2">
        {record.sharedCpd.length === 0 ? (
          <p>Nothing shared. Learners choose which of their other CPD activities their practices may see.</p>
        ) : (
          <TableScroll label="CPD from other providers">
            <table className="text-sm">
              <caption className="sr-only">CPD from other providers that {person.name} shared</caption>
              <TableHead
                columns={[
                  { label: 'Activity', className: 'pr-4 text-left' },
                  { label: 'Provider', className: 'pr-4 text-left' },
                  { label: 'Completed', className: 'pr-4 text-left' },
                  { label: 'Hours', className: 'pr-4 text-right' },
                  { label: 'Outcomes', className: 'text-left' },
                ]}
              />
              <tbody>
                {record.sharedCpd.map((activity, index) => (
                  <tr key={`${activity.title}-${index}`}>
                    <td className="pr-4">{activity.title}</td>
                    <td className="pr-4">{activity.provider}</td>
                    <td className="pr-4">{formatDate(activity.completedOn)}</td>
                    <td className="pr-4 text-right">{formatCpdTime(activity.minutes)}</td>
                    <td>{activity.outcomes}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        )}
        <p className="text-sm text-slate-700 dark:text-slate-300">Reflections, anything written in scenarios and which ending anyone reached stay private to the learner.</p>
      </TitledSection>

      {removable ? (
        <TitledSection headingId="remove-heading" title="Remove from practice" className="flex flex-col gap-2">
          <RemoveMemberForm practiceId={practiceId} userId={person.userId} name={person.name} />
        </TitledSection>
      ) : null}
    </div>
  );
}
