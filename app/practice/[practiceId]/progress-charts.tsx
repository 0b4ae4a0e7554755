import { RowHeading, TableHead } from '@/components/ui/table-headings';
import { TitledSection } from '@/components/ui/titled-section';
import { completionOverTime, linePath, niceCeiling, statusCountsByModule } from '@/lib/dashboard/chart';
import type { DashboardModel } from '@/lib/dashboard/model';
import { PROGRESS_STATUSES, STATUS_LABELS } from '@/lib/dashboard/progress';
import { formatDate } from './format';

const width = 560;
const height = 180;
const pad = { left: 40, bottom: 24, top: 8, right: 8 };
const plotWidth = width - pad.left - pad.right;
const plotHeight = height - pad.top - pad.bottom;

const statusFill = { completed: '#047857', 'in-progress': '#d97706', 'not-started': '#94a3b8', overdue: '#b91c1c' } as const;

/**
 * Two server-rendered SVG charts (completions over the last 12 weeks, and where each module
 * stands), each with the same figures as a table for screen readers and anyone who prefers numbers.
 */
export function ProgressCharts({ model }: { model: DashboardModel }) {
  const series = completionOverTime(model, { now: model.generatedAt, weeks: 12 });
  const max = niceCeiling(Math.max(0, ...series.map((point) => point.total)));
  const path = linePath(
    series.map((point) => point.total),
    { width: plotWidth, height: plotHeight, max },
  );
  const byModule = statusCountsByModule(model);
  const staff = Math.max(1, model.rows.length);
  const barHeight = 22;

  return (
    <TitledSection headingId="charts-heading" title="Progress over time" className="flex flex-col gap-6">
      <figure className="flex flex-col gap-2">
        <figcaption id="completion-caption" className="font-medium">
          Scenarios completed, cumulative, over the last 12 weeks
        </figcaption>
        <svg
          viewBox={`0 0 ${width} ${height}`}
          className="w-full max-w-2xl"
          role="img"
          aria-labelledby="completion-caption completion-summary"
        >
          <desc id="completion-summary">
            {`${series.at(-1)?.total ?? 0} scenarios completed in total; ${series.reduce((sum, point) => sum + point.inWeek, 0)} in the last 12 weeks.`}
          </desc>
          <g transform={`translate(${pad.left} ${pad.top})`}>
            <line x1={0} y1={plotHeight} x2={plotWidth} y2={plotHeight} stroke="currentColor" strokeOpacity={0.4} />
            <line x1={0} y1={0} x2={0} y2={plotHeight} stroke="currentColor" strokeOpacity={0.4} />
            <text x={-6} y={4} textAnchor="end" fontSize={11} fill="currentColor">
              {max}
            </text>
            <text x={-6} y={plotHeight} textAnchor="end" fontSize={11} fill="currentColor">
              0
            </text>
            <path d={path} fill="none" stroke="#0369a1" strokeWidth={2.5} />
            {series[0] ? (
              <text x={0} y={plotHeight + 16} fontSize={11} fill="currentColor">
                {formatDate(series[0].weekEnding)}
              </text>
            ) : null}
            <text x={plotWidth} y={plotHeight + 16} textAnchor="end" fontSize={11} fill="currentColor">
              Today
            </text>
          </g>
        </svg>
        <details>
          <summary className="cursor-pointer text-sm text-sky-800 underline">Completions as a table</summary>
          <table className="mt-2 text-sm">
            <caption className="sr-only">Scenarios completed by week</caption>
            <TableHead
              columns={[
                { label: 'Week ending', className: 'pr-4 text-left' },
                { label: 'Completed that week', className: 'pr-4 text-right' },
                { label: 'Total', className: 'text-right' },
              ]}
            />
            <tbody>
              {series.map((point) => (
                <tr key={point.weekEnding.toISOString()}>
                  <td className="pr-4">{formatDate(point.weekEnding)}</td>
                  <td className="pr-4 text-right">{point.inWeek}</td>
                  <td className="text-right">{point.total}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      </figure>

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
          <summary className="cursor-pointer text-sm text-sky-800 underline">Outstanding work as a table</summary>
          <table className="mt-2 text-sm">
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
        </details>
      </figure>
    </TitledSection>
  );
}
