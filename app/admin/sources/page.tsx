import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { TitledSection } from '@/components/ui/titled-section';
import { ukDateOf } from '@/lib/cpd/plain-date';
import { can } from '@/lib/permissions';
import { requirePageUser } from '@/lib/server/auth/require-page-user';
import { listSourceCurrency, type SourceCurrency } from '@/lib/server/sources/list-source-currency';
import { formatShortDate } from '@/lib/cpd/plain-date';
import { Breadcrumb } from '@/components/ui/breadcrumb';
import { countOf } from '@/lib/text/plural';

export const metadata: Metadata = { title: 'Guidance sources · Admin', robots: { index: false } };

const show = (iso: string) => formatShortDate(iso);

function SourceCard({ entry }: { entry: SourceCurrency }) {
  const { source } = entry;
  return (
    <li className="space-y-2 rounded-lg border border-slate-300 p-3 dark:border-slate-700">
      <h3 className="font-semibold">
        {source.title} <span className="font-normal">({source.publisher})</span>
      </h3>
      <p className="text-sm">
        Id <code>{source.id}</code> · checked {show(source.checked)} · review by {show(source.reviewBy)} ·{' '}
        {source.status === 'superseded' ? `superseded by ${source.supersededBy ?? 'a newer document'}` : 'current'}
        {source.url ? (
          <>
            {' · '}
            <a href={source.url} className="text-sky-800 underline underline-offset-4 dark:text-sky-300">
              published text<span className="sr-only"> of {source.title}</span>
            </a>
          </>
        ) : null}
      </p>
      {entry.citedBy.length === 0 ? (
        <p className="text-sm">No published scenario cites it.</p>
      ) : (
        <ul className="list-disc space-y-1 pl-5 text-sm">
          {entry.citedBy.map((citation) => (
            <li key={`${citation.scenarioId}-${citation.version}`}>
              <strong>{citation.title}</strong> v{citation.version}: {citation.places.join(', ')}
              {citation.review ? ` · guidance reviewed by ${citation.review.by} on ${show(citation.review.date)}` : ' · guidance never reviewed'}
            </li>
          ))}
        </ul>
      )}
      {entry.certifiedBy.length === 0 ? null : (
        <p className="text-sm">
          Certificates resting on it:{' '}
          {entry.certifiedBy
            .map((moduleVersion) => `${moduleVersion.title} v${moduleVersion.version} (${countOf(moduleVersion.certificates, 'certificate')} issued)`)
            .join('; ')}
        </p>
      )}
    </li>
  );
}

/** Admins: the guidance register, with sources past their review-by date or superseded first, and what cites them. */
export default async function AdminSourcesPage() {
  const admin = await requirePageUser('/admin/sources');
  // Hidden rather than forbidden, like the rest of the console.
  if (!can(admin, 'admin.view')) notFound();
  const sources = await listSourceCurrency({ today: ukDateOf(new Date()) });
  const due = sources.filter((entry) => entry.needsReview);
  const current = sources.filter((entry) => !entry.needsReview);

  return (
    <div className="space-y-8">
      <Breadcrumb trail={[{ href: '/admin', label: 'Admin' }]} />
      <h1 className="text-3xl font-bold">Guidance sources</h1>
      <p>
        Every document the scenarios cite is registered once in <code>scenarios/sources/</code>. When a source passes its review-by date or is superseded,
        check the scenarios that cite it, update the register and publish new scenario versions.
      </p>
      <TitledSection headingId="due" title={<>Due for review ({due.length})</>} className="space-y-3">
        {due.length === 0 ? <p>No source is past its review-by date or superseded.</p> : <ul className="space-y-4">{due.map((entry) => <SourceCard key={entry.source.id} entry={entry} />)}</ul>}
      </TitledSection>
      <TitledSection headingId="current" title={<>Current ({current.length})</>} className="space-y-3">
        <ul className="space-y-4">
          {current.map((entry) => (
            <SourceCard key={entry.source.id} entry={entry} />
          ))}
        </ul>
      </TitledSection>
    </div>
  );
}
