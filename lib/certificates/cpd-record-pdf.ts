import { type CpdActivity, type CpdRecordSummary, type PlannedCpdActivity, isVerifiableCpd } from '@/lib/cpd/cpd-record';
import { formatCpdTime } from '@/lib/cpd/credited-hours';
import { DEVELOPMENT_OUTCOMES, formatOutcomeLetters } from '@/lib/cpd/development-outcomes';
import { formatLongDate, storedInstantOf } from '@/lib/cpd/plain-date';
import { CYCLE_REQUIREMENT_HOURS } from '@/lib/cpd/registrant-types';
import { OUTCOMES } from '@/lib/scenario/definition';
import { ACCENT, type Column, MUTED, PdfWriter } from './pdf-writer';
import type { PdfFontFiles } from './pdf-fonts';
import { countOf } from '@/lib/text/plural';

export interface RenderCpdRecordPdfOptions {
  summary: CpdRecordSummary;
  /** The activities to list; usually `summary.activities`, or every activity the learner has. */
  activities: readonly CpdActivity[];
  plan: readonly PlannedCpdActivity[];
  learner?: { name: string; gdcNumber?: string | null };
  fonts?: PdfFontFiles;
}

/**
 * The learner's CPD record for their cycle, with the personal development plan, as an A4 PDF.
 * Team sessions are listed with the other activities, marked non-verifiable, with their hours in
 * a column of their own and their reflections written out (ADR 020 addendum).
 */
export async function renderCpdRecordPdf(options: RenderCpdRecordPdfOptions): Promise<Uint8Array> {
  const { summary, plan, learner } = options;
  const writer = await PdfWriter.create(
    {
      title: `CPD record ${summary.cycle.label}`,
      author: learner?.name ?? 'Postwise',
      subject: `${summary.registrantLabel}, cycle ${summary.cycle.label}`,
      date: storedInstantOf(summary.today),
    },
    options.fonts,
  );
  const width = writer.contentWidth;

  writer.text('Postwise', { font: 'semiBold', size: 11, color: ACCENT });
  writer.text('CPD record and personal development plan', { font: 'bold', size: 20, leading: 1.3 });
  if (learner) {
    const gdc = learner.gdcNumber ? ` · GDC number ${learner.gdcNumber}` : '';
    writer.text(`${learner.name}${gdc}`, { font: 'semiBold', size: 12 });
  }
  writer.text(
    `${summary.registrantLabel} · cycle ${summary.cycle.label} (${formatLongDate(summary.cycle.start)} to ${formatLongDate(summary.cycle.end)}) · as at ${formatLongDate(summary.today)}`,
    { size: 9.5, color: MUTED },
  );
  writer.rule();

  writer.heading('Progress this cycle');
  writer.text(
    `${formatCpdTime(summary.totalMinutes)} of verifiable CPD recorded out of the ${CYCLE_REQUIREMENT_HOURS[summary.registrantType]} hours the GDC requires (${summary.percentComplete}%).`,
    { size: 10.5, font: 'semiBold' },
  );
  if (summary.nonVerifiableMinutes > 0) {
    writer.text(
      `Also ${formatCpdTime(summary.nonVerifiableMinutes)} of non-verifiable CPD (team sessions, no certificate), recorded here but not counted towards the GDC's verifiable hours.`,
      { size: 9.5 },
    );
  }
  if (summary.reflectionsOutstanding > 0) {
    const count = summary.reflectionsOutstanding;
    writer.text(`${countOf(count, 'activity still needs', 'activities still need')} a written reflection.`, { size: 9.5 });
  }
  for (const warning of summary.warnings) writer.bullet(warning.message, { size: 9.5 }, '!');

  writer.heading('Hours by CPD year');
  writer.table(
    columns(width, [['CPD year', 0.16], ['From', 0.22], ['To', 0.22], ['Verifiable hours', 0.2], ['Non-verifiable', 0.2]]),
    summary.years.map((year) => [
      year.label,
      formatLongDate(year.start),
      formatLongDate(year.end),
      year.status === 'future' ? '—' : formatCpdTime(year.minutes),
      year.status === 'future' ? '—' : formatCpdTime(year.nonVerifiableMinutes),
    ]),
  );
  writer.space(4);
  writer.text(
    `Two-year check (at least 10 verifiable hours in every two consecutive CPD years): ${summary.twoYearChecks
      .map((check) => `${check.first.label}+${check.second.label} ${statusLabel(check.status)}`)
      .join('; ')}.`,
    { size: 8.5, color: MUTED },
  );

  writer.heading('Hours by development outcome');
  writer.table(
    columns(width, [['Outcome', 0.1], ['GDC wording', 0.75], ['Hours', 0.15]]),
    OUTCOMES.map((letter) => [letter, DEVELOPMENT_OUTCOMES[letter], formatCpdTime(summary.minutesByOutcome[letter])]),
  );
  writer.space(4);
  writer.text('Verifiable hours only. An activity counts in full towards each outcome it covers.', { size: 8.5, color: MUTED });

  writer.heading('Activities');
  tableOrNote(
    writer,
    'No CPD recorded yet.',
    columns(width, [['Date', 0.13], ['Title', 0.23], ['Provider', 0.16], ['Hours', 0.12], ['Outcomes', 0.09], ['Reflection', 0.09], ['Certificate', 0.18]]),
    [...options.activities]
      .sort((a, b) => a.completedOn.localeCompare(b.completedOn))
      .map((activity) => [
        activity.completedOn,
        activity.title,
        activity.provider,
        formatCpdTime(activity.minutes),
        formatOutcomeLetters(activity.outcomes),
        activity.reflectionDone ? 'Done' : 'To do',
        activity.certificateCode ?? (isVerifiableCpd(activity) ? '' : 'None: non-verifiable team CPD'),
      ]),
  );

  const reflections = options.activities.filter((activity) => activity.reflection);
  if (reflections.length > 0) {
    writer.heading('Team session reflections');
    for (const activity of reflections) {
      writer.text(`${formatLongDate(activity.completedOn)} · ${activity.title}`, { font: 'semiBold', size: 9.5 });
      writer.text(activity.reflection!, { size: 9.5 });
      writer.space(4);
    }
  }

  writer.heading('Personal development plan');
  tableOrNote(
    writer,
    'No planned activities yet.',
    columns(width, [['Learning need', 0.22], ['Field of practice', 0.15], ['Planned activity', 0.22], ['Anticipated outcomes', 0.11], ['Timeframe', 0.12], ['Notes', 0.18]]),
    plan.map((item) => [item.learningNeed, item.fieldOfPractice, item.title, formatOutcomeLetters(item.outcomes), item.timeframe, item.notes]),
  );

  return writer.finish(`CPD record · ${summary.registrantLabel} · cycle ${summary.cycle.label}`);
}

/** Table columns from [heading, share of the text width] pairs, so each table's layout reads on one line. */
function columns(width: number, shares: ReadonlyArray<readonly [header: string, share: number]>): Column[] {
  return shares.map(([header, share]) => ({ header, width: width * share }));
}

/** `rows` as a table with `tableColumns`, or the sentence `empty` in its place when there are none. */
function tableOrNote(writer: PdfWriter, empty: string, tableColumns: Column[], rows: string[][]): void {
  if (rows.length === 0) writer.text(empty, { size: 9.5 });
  else writer.table(tableColumns, rows);
}

function statusLabel(status: CpdRecordSummary['twoYearChecks'][number]['status']): string {
  return { met: 'met', missed: 'missed', 'at-risk': 'not yet met', 'not-yet-due': 'not yet due' }[status];
}
