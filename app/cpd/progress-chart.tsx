import { RowHeading, TableHead } from '@/components/ui/table-headings';
import { TableScroll } from '@/components/ui/table-scroll';
import type { ProgressPoint } from '@/lib/cpd/cpd-record';
import { formatCpdTime } from '@/lib/cpd/credited-hours';

const WIDTH = 560;
const HEIGHT = 240;
// Room for the end points' dots; the labels are HTML beside and under the drawing.
const PAD = { left: 8, right: 8, top: 16, bottom: 8 };

/** A length in the drawing's units as a share of its width, for the HTML laid over it. */
const percentOfWidth = (units: number) => `${(units / WIDTH) * 100}%`;

/** A CPD year's label ("2024/25") that may break only after its slash. */
function YearLabel({ label }: { label: string }) {
  const slash = label.indexOf('/');
  if (slash === -1) return label;
  return (
    <>
      {label.slice(0, slash + 1)}
      <wbr />
      {label.slice(slash + 1)}
    </>
  );
}

/**
 * Cumulative verifiable hours at the end of each CPD year against an even pace to the cycle
 * requirement, as a server-drawn SVG. The drawing is hidden from screen readers: the table that
 * follows it carries the same figures. The axis labels are HTML placed against the drawing, not
 * SVG text: the drawing scales with the screen, and its text with it, which made the labels
 * about 7 px high on a 375 px phone; HTML text keeps the page's size at every width.
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
      <div aria-hidden="true" className="grid max-w-2xl grid-cols-[auto_minmax(0,1fr)] gap-x-2 text-xs text-slate-800 dark:text-slate-100">
        {/* The hour labels, each level with its gridline; the hidden copies give the column the widest label's width. */}
        <div className="relative">
          {ticks.map((minutes) => (
            <span key={minutes} className="invisible block h-0 whitespace-nowrap">
              {formatCpdTime(minutes)}
            </span>
          ))}
          {ticks.map((minutes) => (
            <span key={minutes} className="absolute right-0 -translate-y-1/2 whitespace-nowrap" style={{ top: `${(y(minutes) / HEIGHT) * 100}%` }}>
              {formatCpdTime(minutes)}
            </span>
          ))}
        </div>
        <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} className="block h-auto w-full" focusable="false">
          {ticks.map((minutes) => (
            <line key={minutes} x1={PAD.left} x2={WIDTH - PAD.right} y1={y(minutes)} y2={y(minutes)} className="stroke-slate-300 dark:stroke-slate-600" strokeWidth={1} />
          ))}
          <polyline points={target} fill="none" strokeWidth={2} strokeDasharray="6 4" className="stroke-slate-500 dark:stroke-slate-400" />
          <polyline points={actual} fill="none" strokeWidth={3} className="stroke-teal-700 dark:stroke-teal-300" />
          {reached.map(({ index, minutes }) => (
            <circle key={index} cx={x(index)} cy={y(minutes)} r={5} className="fill-teal-700 dark:fill-teal-300" />
          ))}
        </svg>
        {/*
          The years, one per equal share of the plot, each ending under its point. A label wider
          than its share wraps after its slash ("2024/" over "25") inside that share: five labels
          kept on one line ran into each other on a 320 px phone (issue 18).
        */}
        <div data-axis="years" className="col-start-2 mt-1 flex" style={{ marginLeft: percentOfWidth(PAD.left), marginRight: percentOfWidth(PAD.right) }}>
          {points.map((point) => (
            <span key={point.label} className="min-w-0 flex-1 text-right">
              <YearLabel label={point.label} />
            </span>
          ))}
        </div>
      </div>
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
