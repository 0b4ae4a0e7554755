import type { DashboardModel } from './model';
import type { ProgressStatus } from './progress';

const dayMs = 24 * 60 * 60 * 1000;

export interface CompletionPoint {
  /** The end of the week (exclusive), i.e. the moment the count was taken. */
  weekEnding: Date;
  /** Scenarios completed by then, counting each person's scenario once. */
  total: number;
  /** Scenarios completed during that week. */
  inWeek: number;
}

/** Cumulative completions at the end of each of the last `weeks` weeks, oldest first, the last ending at `now`. */
export function completionOverTime(model: DashboardModel, options: { now: Date; weeks: number }): CompletionPoint[] {
  const ends = Array.from(
    { length: options.weeks },
    (_, index) => new Date(options.now.getTime() - (options.weeks - 1 - index) * 7 * dayMs),
  );
  const totals = new Array<number>(options.weeks).fill(0);
  let before = 0;
  const firstEnd = ends[0]!.getTime() - 7 * dayMs;
  for (const row of model.rows) {
    for (const scenario of Object.values(row.scenarios)) {
      const at = scenario.completedAt?.getTime();
      if (at === undefined || at > options.now.getTime()) continue;
      if (at <= firstEnd) {
        before += 1;
        continue;
      }
      const index = ends.findIndex((end) => at <= end.getTime());
      totals[index] = (totals[index] ?? 0) + 1;
    }
  }
  let running = before;
  return ends.map((weekEnding, index) => {
    const inWeek = totals[index] ?? 0;
    running += inWeek;
    return { weekEnding, total: running, inWeek };
  });
}

export type StatusCounts = Record<ProgressStatus, number>;

/** How many people stand at each status, per module: the outstanding work. */
export function statusCountsByModule(model: DashboardModel): Array<{ moduleId: string; title: string; counts: StatusCounts }> {
  return model.modules.map((module, index) => {
    const counts: StatusCounts = { 'not-started': 0, 'in-progress': 0, completed: 0, overdue: 0 };
    for (const row of model.rows) {
      const status = row.modules[index]?.status;
      if (status) counts[status] += 1;
    }
    return { moduleId: module.id, title: module.title, counts };
  });
}

/** A round axis maximum at or above `value` (1, 2, 5 × 10ⁿ), never below 1. */
export function niceCeiling(value: number): number {
  if (value <= 1) return 1;
  const magnitude = 10 ** Math.floor(Math.log10(value));
  const step = [1, 2, 5, 10].find((factor) => factor * magnitude >= value) ?? 10;
  return step * magnitude;
}

/** An SVG path through evenly spaced values, scaled so `max` touches the top of the box. */
export function linePath(values: readonly number[], box: { width: number; height: number; max: number }): string {
  if (values.length === 0) return '';
  const stepX = values.length > 1 ? box.width / (values.length - 1) : 0;
  return values
    .map((value, index) => {
      const x = index * stepX;
      const y = box.height - (Math.min(value, box.max) / box.max) * box.height;
      return `${index === 0 ? 'M' : 'L'}${x.toFixed(1)} ${y.toFixed(1)}`;
    })
    .join(' ');
}
