import type { Metadata } from 'next';
import { noticeFrom } from '@/lib/forms/notices';
import Link from 'next/link';
import { SuccessMessage } from '@/components/ui/status-message';
import { RowHeading, TableHead } from '@/components/ui/table-headings';
import { RowWithActions } from '@/components/ui/row-with-actions';
import { TableScroll } from '@/components/ui/table-scroll';
import { TitledSection } from '@/components/ui/titled-section';
import { formatCpdTime, minutesAsDecimalHours } from '@/lib/cpd/credited-hours';
import { DEVELOPMENT_OUTCOMES, formatOutcomeLetters } from '@/lib/cpd/development-outcomes';
import { formatLongDate, ukDateOf } from '@/lib/cpd/plain-date';
import { CYCLE_REQUIREMENT_HOURS, TWO_YEAR_MINIMUM_HOURS } from '@/lib/cpd/registrant-types';
import { OUTCOMES } from '@/lib/scenario/definition';
import { requirePageUser } from '@/lib/server/auth/require-page-user';
import { getCpdRecord } from '@/lib/server/cpd-record/get-cpd-record';
import { listTeamCpd } from '@/lib/server/team/list-team-cpd';
import { DeleteEntryForm, ExternalCpdForm, PlannedCpdForm, type ExternalCpdFormValues } from './cpd-forms';
import { ProgressChart } from './progress-chart';
import { TeamCpdSection } from './team-cpd-section';
import { countOf, pluralNoun } from '@/lib/text/plural';

export const metadata: Metadata = { title: 'My CPD record' };

const linkClass = 'text-sky-800 underline underline-offset-4 dark:text-sky-300';
const cellClass = 'py-2 pr-4 align-top';
const TWO_YEAR_LABELS = { met: 'Met', missed: 'Missed', 'at-risk': 'Not yet met', 'not-yet-due': 'Not yet due' } as const;

/** The learner's CPD record: certificates and other CPD, cycle totals and warnings, development plan, exports. */
export default async function CpdPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requirePageUser('/cpd');
  const [record, teamEntries] = await Promise.all([getCpdRecord({ userId: user.id }), listTeamCpd({ userId: user.id })]);
  const params = await searchParams;
  const notice = noticeFrom(params);
  const editing = typeof params.edit === 'string' ? record.external.find((entry) => entry.id === params.edit) : undefined;
  const { summary } = record;
  const activities = [...record.activities].sort((a, b) => b.completedOn.localeCompare(a.completedOn));
  const externalById = new Map(record.external.map((entry) => [entry.id, entry]));

  const formValues: ExternalCpdFormValues = editing
    ? {
        id: editing.id,
        title: editing.title,
        provider: editing.provider,
        completedOn: ukDateOf(editing.completedOn),
        hours: minutesAsDecimalHours(editing.minutes),
        outcomes: editing.outcomes.split(''),
        reflectionDone: editing.reflectionDone,
        sharedWithPractice: editing.sharedWithPractice,
      }
    : { id: '', title: '', provider: '', completedOn: '', hours: '', outcomes: [], reflectionDone: false, sharedWithPractice: false };

  return (
    <div className="space-y-10">
      <div className="space-y-2">
        <h1 className="text-2xl font-bold sm:text-3xl">My CPD record</h1>
        <p className="text-slate-700 dark:text-slate-300">
          Your Postwise certificates and the CPD you record from elsewhere, checked against the GDC&apos;s Enhanced CPD requirements.
        </p>
      </div>

      {notice ? (
        <SuccessMessage>{notice}</SuccessMessage>
      ) : null}

      <TitledSection headingId="cycle-heading" title={summary ? `Your cycle ${summary.cycle.label}` : 'Your cycle'} className="space-y-4">
        {summary ? (
          <>
            <p>
              {summary.registrantLabel}: {formatLongDate(summary.cycle.start)} to {formatLongDate(summary.cycle.end)}.{' '}
              <strong>
                {formatCpdTime(summary.totalMinutes)} of {CYCLE_REQUIREMENT_HOURS[summary.registrantType]} hours
              </strong>{' '}
              ({summary.percentComplete}%){summary.remainingMinutes > 0 ? `; ${formatCpdTime(summary.remainingMinutes)} to go.` : '. Requirement met.'}
            </p>
            {summary.nonVerifiableMinutes > 0 ? (
              <p className="text-sm text-slate-700 dark:text-slate-300">
                Also {formatCpdTime(summary.nonVerifiableMinutes)} of non-verifiable CPD from team sessions this cycle. They are in your
                record and its exports, but the GDC&rsquo;s hours and the two-year minimum count verifiable CPD only, and a team session has no
                certificate.
              </p>
            ) : null}
            {summary.outsideCycleCount > 0 ? (
              <p className="text-sm text-slate-700 dark:text-slate-300">
                {countOf(summary.outsideCycleCount, 'activity falls', 'activities fall')} outside this cycle and{' '}
                {pluralNoun(summary.outsideCycleCount, 'is', 'are')} not counted here.
              </p>
            ) : null}
            {summary.warnings.length > 0 ? (
              <div className="space-y-1 rounded-lg border-2 border-amber-600 bg-amber-50 p-4 text-amber-950 dark:border-amber-400 dark:bg-amber-950 dark:text-amber-50">
                <h3 className="font-semibold">To act on</h3>
                <ul className="list-disc space-y-1 pl-6">
                  {summary.warnings.map((warning) => (
                    <li key={warning.message}>{warning.message}</li>
                  ))}
                </ul>
              </div>
            ) : null}
            {summary.reflectionsOutstanding > 0 ? (
              <p>
                {countOf(summary.reflectionsOutstanding, 'activity still needs', 'activities still need')} a written
                reflection.
              </p>
            ) : null}
            <ProgressChart points={summary.progress} requiredMinutes={summary.requiredMinutes} />

            <TableScroll label="Hours by CPD year">
              <table className="text-sm">
                <caption className="text-left font-semibold">Hours by CPD year, and the two-year minimum of {TWO_YEAR_MINIMUM_HOURS} hours</caption>
                <TableHead
                  columns={[
                    { label: 'CPD year', className: 'pr-4 text-left' },
                    { label: 'Verifiable hours', className: 'pr-4 text-right' },
                    { label: 'Non-verifiable hours', className: 'pr-4 text-right' },
                    { label: 'With the year before', className: 'text-left' },
                  ]}
                />
                <tbody>
                  {summary.years.map((year) => {
                    const check = summary.twoYearChecks.find((pair) => pair.second.label === year.label);
                    return (
                      <tr key={year.label}>
                        <RowHeading className={cellClass}>
                          {year.label}
                          {year.status === 'current' ? ' (current)' : ''}
                        </RowHeading>
                        <td className={`${cellClass} text-right`}>{year.status === 'future' ? '—' : formatCpdTime(year.minutes)}</td>
                        <td className={`${cellClass} text-right`}>{year.status === 'future' ? '—' : formatCpdTime(year.nonVerifiableMinutes)}</td>
                        <td className={cellClass}>
                          {check
                            ? `${TWO_YEAR_LABELS[check.status]} (${formatCpdTime(check.minutes)} over ${check.first.label}${check.spansCycles ? ', in your previous cycle,' : ''} and ${check.second.label})`
                            : '—'}
                        </td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </TableScroll>

            <TableScroll label="Hours by development outcome">
              <table className="text-sm">
                <caption className="text-left font-semibold">Verifiable hours by development outcome (an activity counts towards each outcome it covers)</caption>
                <TableHead
                  columns={[
                    { label: 'Outcome', className: 'pr-4 text-left' },
                    { label: 'Hours', className: 'pr-4 text-right' },
                  ]}
                />
                <tbody>
                  {OUTCOMES.map((letter) => (
                    <tr key={letter}>
                      <RowHeading className={`${cellClass} max-w-xl`}>
                        <span className="font-semibold">{letter}</span> {DEVELOPMENT_OUTCOMES[letter]}
                      </RowHeading>
                      <td className={`${cellClass} text-right`}>{formatCpdTime(summary.minutesByOutcome[letter])}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableScroll>
          </>
        ) : (
          <div className="space-y-2 rounded-lg border-2 border-amber-600 bg-amber-50 p-4 text-amber-950 dark:border-amber-400 dark:bg-amber-950 dark:text-amber-50">
            {record.missing.includes('registrantType') ? (
              <p>Your profile does not say what you are registered as, so we cannot tell how many hours your cycle needs or when your CPD years begin.</p>
            ) : null}
            {record.missing.includes('cycleStart') ? (
              <p>
                We need your CPD cycle start to show your cycle. GDC cycles are individual: yours began on the 1 January (dentists) or 1 August
                (dental care professionals) after you first registered, and your eGDC account shows it. We do not guess it.
              </p>
            ) : null}
            <p>
              <Link href="/profile" className="font-semibold underline underline-offset-4">
                {record.missing.length === 2 ? 'Add your registrant type and cycle start in your profile' : record.missing.includes('cycleStart') ? 'Add your CPD cycle start in your profile' : 'Set your registrant type in your profile'}
              </Link>
            </p>
          </div>
        )}
      </TitledSection>

      <TitledSection headingId="activities-heading" title="Activities" className="space-y-3">
        {activities.length === 0 ? (
          <p>Nothing recorded yet. Complete a Postwise module or add CPD you did elsewhere below.</p>
        ) : (
          <TableScroll label="Activity log">
            <table className="w-full text-sm">
              <caption className="sr-only">Your CPD activities, newest first</caption>
              <TableHead
                rowClassName="border-b border-slate-300 dark:border-slate-700"
                columns={[
                  { label: 'Date', className: 'py-2 pr-4 text-left' },
                  { label: 'Activity', className: 'py-2 pr-4 text-left' },
                  { label: 'Hours', className: 'py-2 pr-4 text-right' },
                  { label: 'Outcomes', className: 'py-2 pr-4 text-left' },
                  { label: 'Reflection', className: 'py-2 pr-4 text-left' },
                  { label: <span className="sr-only">Actions</span>, className: 'py-2 text-left' },
                ]}
              />
              <tbody>
                {activities.map((activity) => {
                  const external = externalById.get(activity.id);
                  const cells = (
                    <>
                      <td className={cellClass}>{formatLongDate(activity.completedOn)}</td>
                      <td className={cellClass}>
                        <span className="font-semibold">{activity.title}</span>
                        <br />
                        {activity.provider}
                        {activity.source === 'postwise'
                          ? ' · Postwise certificate'
                          : activity.source === 'team'
                            ? ' · non-verifiable CPD (no certificate)'
                            : external?.sharedWithPractice
                              ? ' · shared with your practice'
                              : ''}
                      </td>
                      <td className={`${cellClass} text-right`}>{formatCpdTime(activity.minutes)}</td>
                      <td className={cellClass}>{formatOutcomeLetters(activity.outcomes)}</td>
                      <td className={cellClass}>{activity.reflectionDone ? 'Done' : 'To do'}</td>
                      <td className={`${cellClass} whitespace-nowrap`}>
                        {activity.certificateCode ? (
                          <Link href={`/certificates/${activity.certificateCode}`} className={linkClass}>
                            Certificate<span className="sr-only"> for {activity.title}</span>
                          </Link>
                        ) : activity.source === 'team' ? (
                          <a href="#team-cpd-heading" className={linkClass}>
                            Team session<span className="sr-only"> details for {activity.title}</span>
                          </a>
                        ) : null}
                      </td>
                    </>
                  );
                  const key = `${activity.source}-${activity.id}`;
                  // An entry recorded here is edited or deleted from a row of its own under it (RowWithActions).
                  return !activity.certificateCode && activity.source !== 'team' ? (
                    <RowWithActions
                      key={key}
                      span={6}
                      actions={
                        <>
                          <Link href={`/cpd?edit=${activity.id}#external-heading`} className={`${linkClass} inline-flex min-h-11 items-center`}>
                            Edit<span className="sr-only"> {activity.title}</span>
                          </Link>
                          <DeleteEntryForm kind="external" id={activity.id} label={`Delete ${activity.title}`} confirmation={`Yes, delete ${activity.title} from your CPD record.`} />
                        </>
                      }
                    >
                      {cells}
                    </RowWithActions>
                  ) : (
                    <tr key={key} className="border-b border-slate-200 dark:border-slate-800">
                      {cells}
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </TableScroll>
        )}
        {summary ? (
          <p className="flex flex-wrap gap-x-6 gap-y-2">
            <a href="/cpd/export?format=csv" className={linkClass} download>
              Export as CSV (spreadsheet)
            </a>
            <a href="/cpd/export?format=pdf" className={linkClass} download>
              Export as PDF
            </a>
          </p>
        ) : null}
      </TitledSection>

      <TeamCpdSection entries={teamEntries} />

      <TitledSection headingId="external-heading" title={editing ? `Edit: ${editing.title}` : 'Add CPD from elsewhere'} className="max-w-2xl space-y-3">
        {editing ? (
          <p>
            <Link href="/cpd#external-heading" className={linkClass}>
              Cancel editing
            </Link>
          </p>
        ) : null}
        <ExternalCpdForm key={formValues.id || 'new'} initial={formValues} />
      </TitledSection>

      <TitledSection headingId="plan-heading" title="Personal development plan" className="max-w-2xl space-y-3">
        <p className="text-slate-700 dark:text-slate-300">
          For each learning need: your field of practice, the activity you plan, the development outcomes you expect it to meet and by when. The GDC asks every registrant to keep one.
        </p>
        {record.plan.length === 0 ? (
          <p>No planned activities yet.</p>
        ) : (
          <ul className="space-y-3">
            {record.plan.map((item) => (
              <li key={item.id} className="flex flex-wrap items-start justify-between gap-3 rounded-lg border border-slate-300 p-3 dark:border-slate-700">
                <div className="min-w-0">
                  <p className="font-semibold">{item.title}</p>
                  <dl className="grid grid-cols-[auto_minmax(0,1fr)] gap-x-3 text-sm">
                    <dt className="font-medium">Learning need</dt>
                    <dd>{item.learningNeed || 'Not given'}</dd>
                    <dt className="font-medium">Field of practice</dt>
                    <dd>{item.fieldOfPractice || 'Not given'}</dd>
                    <dt className="font-medium">Anticipated outcomes</dt>
                    <dd>{formatOutcomeLetters(item.outcomes) || '—'}</dd>
                    <dt className="font-medium">Timeframe</dt>
                    <dd>{item.timeframe}</dd>
                  </dl>
                  {item.notes ? <p className="text-sm text-slate-700 dark:text-slate-300">{item.notes}</p> : null}
                </div>
                <DeleteEntryForm kind="planned" id={item.id} label={`Delete ${item.title} from your plan`} confirmation={`Yes, delete ${item.title} from your plan.`} />
              </li>
            ))}
          </ul>
        )}
        <h3 className="text-lg font-semibold">Add a planned activity</h3>
        <PlannedCpdForm />
      </TitledSection>
    </div>
  );
}
