import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { SearchForm } from '@/components/ui/search-form';
import { SuccessMessage } from '@/components/ui/status-message';
import { RowHeading, TableHead } from '@/components/ui/table-headings';
import { TitledSection } from '@/components/ui/titled-section';
import { can } from '@/lib/permissions';
import { requirePageUser } from '@/lib/server/auth/require-page-user';
import { listCertificatesForAdmin } from '@/lib/server/certificates/list-certificates-for-admin';
import { summariseModuleFeedback } from '@/lib/server/completion/summarise-module-feedback';
import { reinstateDeadline } from '@/lib/server/certificates/reinstate-certificate';
import { ReinstateForm } from './reinstate-form';
import { RevokeForm } from './revoke-form';
import { formatShortDate, formatUkDateTime } from '@/lib/cpd/plain-date';
import { Breadcrumb } from '@/components/ui/breadcrumb';
import { TableScroll } from '@/components/ui/table-scroll';
import { ADMIN_LIST_LIMIT, listTitle, readAdminQuery } from '../admin-list';
import { countOf } from '@/lib/text/plural';

export const metadata: Metadata = { title: 'Certificates · Admin', robots: { index: false } };

const RATING_LABELS = ['1 – Poor', '2 – Fair', '3 – Good', '4 – Very good', '5 – Excellent'];

/** Admins: find certificates by code or learner, revoke one with a reason, and read module feedback in aggregate. */
export default async function AdminCertificatesPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const admin = await requirePageUser('/admin/certificates');
  // Hidden rather than forbidden, like the rest of the console.
  if (!can(admin, 'certificate.revoke')) notFound();

  const { search, notice } = readAdminQuery(await searchParams);
  const [certificates, feedback] = await Promise.all([listCertificatesForAdmin({ search, take: ADMIN_LIST_LIMIT }), summariseModuleFeedback()]);
  const now = new Date();

  return (
    <div className="space-y-8">
      <Breadcrumb trail={[{ href: '/admin', label: 'Admin' }]} />
      <h1 className="text-3xl font-bold">Certificates</h1>
      {notice ? (
        <SuccessMessage>{notice}</SuccessMessage>
      ) : null}

      <SearchForm label="Search by certificate code, learner name or email" defaultValue={search} inputWidthClass="w-72 max-w-full" />

      <TitledSection
        headingId="certificates"
        title={listTitle('Certificates', certificates.length)}
        className="space-y-3"
      >
        {certificates.length === 0 ? (
          <p>No certificates match.</p>
        ) : (
          <ul className="space-y-4">
            {certificates.map((certificate) => (
              <li key={certificate.code} className="space-y-2 rounded-lg border border-slate-300 p-3 dark:border-slate-700">
                <p>
                  <Link href={`/verify/${certificate.code}`} className="font-mono text-sky-800 underline dark:text-sky-300 underline-offset-4 dark:text-sky-300">
                    {certificate.code}
                  </Link>{' '}
                  · {certificate.learnerName} · {certificate.module.title} · issued {formatShortDate(certificate.issuedAt)}
                </p>
                {certificate.revokedAt ? (
                  <>
                    <p className="font-semibold text-red-800 dark:text-red-300">
                      Revoked {formatShortDate(certificate.revokedAt)}: {certificate.revokedReason}
                    </p>
                    {now <= reinstateDeadline(certificate.revokedAt) ? (
                      <ReinstateForm code={certificate.code} search={search} until={formatShortDate(reinstateDeadline(certificate.revokedAt))} />
                    ) : (
                      <p className="text-sm">The time to reinstate it ended on {formatShortDate(reinstateDeadline(certificate.revokedAt))}: the revocation stands.</p>
                    )}
                  </>
                ) : (
                  <RevokeForm code={certificate.code} search={search} />
                )}
                {certificate.events.length > 0 ? (
                  <details className="text-sm">
                    <summary className="cursor-pointer font-semibold">History of {certificate.code}</summary>
                    <ul className="mt-1 list-disc space-y-1 pl-6">
                      {certificate.events.map((event) => (
                        <li key={event.id}>
                          {formatUkDateTime(event.createdAt)}: {event.kind === 'revoked' ? 'revoked' : 'reinstated'} by {event.actor?.email ?? 'a deleted account'}
                          {event.reason ? ` (reason: ${event.reason})` : ''}
                        </li>
                      ))}
                    </ul>
                  </details>
                ) : null}
              </li>
            ))}
          </ul>
        )}
      </TitledSection>

      <TitledSection headingId="module-feedback" title="Module feedback" className="space-y-4">
        <p className="text-slate-700 dark:text-slate-300">In aggregate, for quality assurance: who gave each rating or comment is never shown.</p>
        {feedback.map((module) => (
          <div key={module.moduleId} className="space-y-2">
            <h3 className="font-semibold">{module.title}</h3>
            {module.responses === 0 ? (
              <p>No feedback yet.</p>
            ) : (
              <>
                <p>
                  {countOf(module.responses, 'response')} · average rating {module.averageRating} out of 5
                </p>
                <TableScroll label={`Ratings given for ${module.title}`}>
                  <table className="text-sm">
                    <caption className="sr-only">Ratings given for {module.title}</caption>
                    <TableHead
                      columns={[
                        { label: 'Rating', className: 'pr-6 text-left' },
                        { label: 'Responses', className: 'text-right' },
                      ]}
                    />
                    <tbody>
                      {module.ratingCounts.map((count, index) => (
                        <tr key={RATING_LABELS[index]}>
                          <RowHeading className="pr-6">{RATING_LABELS[index]}</RowHeading>
                          <td className="text-right">{count}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </TableScroll>
                {module.recentComments.length > 0 ? (
                  <>
                    <h4 className="font-semibold">Latest comments</h4>
                    <ul className="list-disc space-y-1 pl-6">
                      {module.recentComments.map((comment, index) => (
                        <li key={index}>
                          <span className="font-semibold">{comment.rating}/5:</span> {comment.comment}
                        </li>
                      ))}
                    </ul>
                  </>
                ) : null}
              </>
            )}
          </div>
        ))}
      </TitledSection>
    </div>
  );
}
