import { RowHeading, TableHead } from '@/components/ui/table-headings';
import { TableScroll } from '@/components/ui/table-scroll';
import type { ProgressPoint } from '@/lib/cpd/cpd-record';
import { formatCpdTime } from '@/lib/cpd/credited-hours';

const WIDTH = 640;
const HEIGHT = 280;
const PAD = { left: 80, right: 16, top: 16, bottom: 40 };

/**
 * Cumulative verifiable hours at the end of each CPD year against an even pace to the cycle
 * requirement, as a server-drawn SVG. The SVG is hidden from screen readers: the table that
 * follows it carries the same figures.
 */
export function ProgressChart({ points, requiredMinutes }: { points: readonly ProgressPoint[]; requiredMinutes: number }) {
  const maxMinutes = Math.max(requiredMinutes, ...points.map((point) => point.cumulativeMinutes ?? 0));
  const plotWidth = WIDTH - PAD.left - PAD.right;
  const plotHeight = HEIGHT - PAD.top - PAD.bottom;
  const x = (index: number) => PAD.left + (plotWidth * (index + 1)) / points.length;
  const y = (minutes: number) => PAD.top + plotHeight - (plotHeight * minutes) / maxMinutes;
  const origin = `${PAD.left},${y(0)}`;
  const target = [origin, ...points.map((point, index) => `${x(index)},${y(point.targetMinutes)}`)].join(' ');
  const reached = points.flatMap((point, index) => (point.cumulativeMinutes === null ? [] : [{ index, minutes: point.cumulativeMinutes }]));
  const actual = [origin, ...reached.map(({ index, minutes }) => `${x(index)},${y(minutes)}`)].join(' ');
  // Whole-hour gridlines, so each axis label stays short in the shared wording ("25 hours").
  const ticks = [...new Set([0, 0.25, 0.5, 0.75, 1].map((fraction) => Math.round((maxMinutes * fraction) / 60) * 60))];

  return (
    <figure className="space-y-3">
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} className="h-auto w-full max-w-2xl text-slate-800 dark:text-slate-100" aria-hidden="true" focusable="false">
        {ticks.map((minutes) => (
          <g key={minutes}>
            <line x1={PAD.left} x2={WIDTH - PAD.right} y1={y(minutes)} y2={y(minutes)} className="stroke-slate-300 dark:stroke-slate-600" strokeWidth={1} />
            <text x={PAD.left - 8} y={y(minutes) + 4} textAnchor="end" fontSize={12} fill="currentColor">
              {formatCpdTime(minutes)}
            </text>
          </g>
        ))}
        {points.map((point, index) => (
          <text key={point.label} x={x(index)} y={HEIGHT - PAD.bottom + 20} textAnchor="middle" fontSize={12} fill="currentColor">
            {point.label}
          </text>
        ))}
        <polyline points={target} fill="none" strokeWidth={2} strokeDasharray="6 4" className="stroke-slate-500 dark:stroke-slate-400" />
        <polyline points={actual} fill="none" strokeWidth={3} className="stroke-teal-700 dark:stroke-teal-300" />
        {reached.map(({ index, minutes }) => (
          <circle key={index} cx={x(index)} cy={y(minutes)} r={5} className="fill-teal-700 dark:fill-teal-300" />
        ))}
      </svg>
      <figcaption className="text-sm text-slate-700 dark:text-slate-300">
        Solid line: your verifiable hours so far, at the end of each CPD year. Dashed line: an even pace towards your cycle requirement.
      </figcaption>
      <TableScroll label="Progress through the cycle">
        <table className="text-sm">
          <caption className="text-left font-semibold">Progress through the cycle</caption>
          <TableHead
            columns={[
              { label: 'CPD year', className: 'pr-6 text-left' },
              { label: 'Your hours so far', className: 'pr-6 text-right' },
              { label: 'Even pace', className: 'text-right' },
            ]}
          />
          <tbody>
            {points.map((point) => (
              <tr key={point.label}>
                <RowHeading className="pr-6">{point.label}</RowHeading>
                <td className="pr-6 text-right">{point.cumulativeMinutes === null ? 'Not started' : formatCpdTime(point.cumulativeMinutes)}</td>
                <td className="text-right">{formatCpdTime(point.targetMinutes)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </figure>
  );
}
