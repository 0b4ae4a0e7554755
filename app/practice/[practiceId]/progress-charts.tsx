import { RowHeading, TableHead } from '@/components/ui/table-headings';
import { TitledSection } from '@/components/ui/titled-section';
import type { DashboardSummary } from '@/lib/dashboard/model';
import { PROGRESS_STATUSES, STATUS_LABELS } from '@/lib/dashboard/progress';
import { TableScroll } from '@/components/ui/table-scroll';

const width = 560;

const statusFill = { completed: '#047857', 'in-progress': '#d97706', 'not-started': '#94a3b8', overdue: '#b91c1c' } as const;

/**
 * A server-rendered SVG chart of where everyone stands on each module, counted by the database
 * over the whole practice, with the same figures as a table for screen readers and anyone who
 * prefers numbers.
 */
export function ProgressCharts({ summary }: { summary: DashboardSummary }) {
  const byModule = summary.modules;
  const staff = Math.max(1, summary.staff);
  const barHeight = 22;

  return (
    <TitledSection headingId="charts-heading" title="Outstanding work" className="flex flex-col gap-6">
      <figure className="flex flex-col gap-2">
        <figcaption id="outstanding-caption" className="font-medium">
          Outstanding work: where staff stand on each module
        </figcaption>
        <svg
          viewBox={`0 0 ${width} ${byModule.length * (barHeight + 26) + 24}`}
          className="w-full max-w-2xl"
          role="img"
          aria-labelledby="outstanding-caption outstanding-summary"
        >
          <desc id="outstanding-summary">
            {byModule
              .map(
                (entry) =>
                  `${entry.title}: ${PROGRESS_STATUSES.map((status) => `${entry.counts[status]} ${STATUS_LABELS[status].toLowerCase()}`).join(', ')}.`,
              )
              .join(' ')}
          </desc>
          {byModule.map((entry, row) => {
            let x = 0;
            const y = row * (barHeight + 26);
            return (
              <g key={entry.moduleId} transform={`translate(0 ${y})`}>
                <text x={0} y={14} fontSize={12} fill="currentColor">
                  {entry.title}
                </text>
                {PROGRESS_STATUSES.map((status) => {
                  const barWidth = (entry.counts[status] / staff) * (width - 8);
                  const rect = <rect key={status} x={x} y={20} width={barWidth} height={barHeight} fill={statusFill[status]} />;
                  x += barWidth;
                  return rect;
                })}
              </g>
            );
          })}
          <g transform={`translate(0 ${byModule.length * (barHeight + 26) + 8})`}>
            {PROGRESS_STATUSES.map((status, index) => (
              <g key={status} transform={`translate(${index * 130} 0)`}>
                <rect width={12} height={12} fill={statusFill[status]} />
                <text x={16} y={11} fontSize={11} fill="currentColor">
                  {STATUS_LABELS[status]}
                </text>
              </g>
            ))}
          </g>
        </svg>
        <details>
          <summary className="cursor-pointer text-sm text-sky-800 underline dark:text-sky-300">Outstanding work as a table</summary>
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
