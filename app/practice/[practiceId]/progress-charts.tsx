import { RowHeading, TableHead } from '@/components/ui/table-headings';
import { TitledSection } from '@/components/ui/titled-section';
import type { DashboardSummary } from '@/lib/dashboard/model';
import { PROGRESS_STATUSES, STATUS_LABELS } from '@/lib/dashboard/progress';
import { TableScroll } from '@/components/ui/table-scroll';

const statusFill = { completed: '#047857', 'in-progress': '#d97706', 'not-started': '#94a3b8', overdue: '#b91c1c' } as const;

/**
 * Where everyone stands on each module, counted by the database over the whole practice: one
 * stacked bar per module, with the same figures as a table for screen readers and anyone who
 * prefers numbers. The words (module titles, the key) are HTML, not SVG text: an SVG drawn to a
 * fixed viewBox shrinks its text with the bars, to about 9 px on a 375 px phone, while HTML text
 * keeps the page's size and wraps. Only the bars are SVG, stretched to the width in staff units.
 */
export function ProgressCharts({ summary }: { summary: DashboardSummary }) {
  const byModule = summary.modules;
  const staff = Math.max(1, summary.staff);

  return (
    <TitledSection headingId="charts-heading" title="Outstanding work" className="flex flex-col gap-6">
      <figure className="flex flex-col gap-2">
        {/* The section's heading already says "Outstanding work"; the caption says what the chart shows, so the two do not read as one heading twice (a user trial, issue 18). */}
        <figcaption id="outstanding-caption" className="font-medium">
          Where staff stand on each module
        </figcaption>
        <p id="outstanding-summary" className="sr-only">
          {byModule
            .map((entry) => `${entry.title}: ${PROGRESS_STATUSES.map((status) => `${entry.counts[status]} ${STATUS_LABELS[status].toLowerCase()}`).join(', ')}.`)
            .join(' ')}
        </p>
        <div role="img" aria-labelledby="outstanding-caption outstanding-summary" className="flex w-full max-w-2xl flex-col gap-3">
          {byModule.map((entry) => {
            let x = 0;
            return (
              <div key={entry.moduleId} className="flex flex-col gap-1">
                <span className="text-sm break-words">{entry.title}</span>
                <svg viewBox={`0 0 ${staff} 1`} preserveAspectRatio="none" className="block h-6 w-full" focusable="false">
                  {PROGRESS_STATUSES.map((status) => {
                    const rect = <rect key={status} x={x} y={0} width={entry.counts[status]} height={1} fill={statusFill[status]} />;
                    x += entry.counts[status];
                    return rect;
                  })}
                </svg>
              </div>
            );
          })}
          <div className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
            {PROGRESS_STATUSES.map((status) => (
              <span key={status} className="flex items-center gap-1">
                <span className="inline-block size-3 shrink-0" style={{ backgroundColor: statusFill[status] }} />
                {STATUS_LABELS[status]}
              </span>
            ))}
          </div>
        </div>
        <details>
          <summary className="cursor-pointer text-sm text-sky-800 underline dark:text-sky-300">The same figures as a table</summary>
          <TableScroll className="mt-2" label="People at each status, per module">
            <table className="text-sm">
              <caption className="sr-only">People at each status, per module</caption>
              <TableHead
                columns={[
                  { label: 'Module', className: 'pr-4 text-left' },
                  ...PROGRESS_STATUSES.map((status) => ({ label: STATUS_LABELS[status], className: 'pr-4 text-right' })),
                ]}
              />
              <tbody>
                {byModule.map((entry) => (
                  <tr key={entry.moduleId}>
                    <RowHeading className="pr-4">{entry.title}</RowHeading>
                    {PROGRESS_STATUSES.map((status) => (
                      <td key={status} className="pr-4 text-right">
                        {entry.counts[status]}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        </details>
      </figure>
    </TitledSection>
  );
}
