import type { Guarded } from './privacy';

/** What a hidden cell says, on screen and in CSV. */
export const HIDDEN_LABEL = 'hidden';

/** A share (0–1) as a whole percentage, e.g. "43%". */
export function formatPercent(share: number): string {
  return `${Math.round(share * 100)}%`;
}

/** Seconds as "45 s" or "2 min 5 s". */
export function formatSeconds(seconds: number): string {
  const rounded = Math.round(seconds);
  if (rounded < 60) return `${rounded} s`;
  const minutes = Math.floor(rounded / 60);
  const rest = rounded % 60;
  return rest === 0 ? `${minutes} min` : `${minutes} min ${rest} s`;
}

/** A guarded cell as text: the formatted value, or HIDDEN_LABEL. */
export function cellText<T>(cell: Guarded<T>, format: (value: T) => string): string {
  return cell.hidden ? HIDDEN_LABEL : format(cell.value);
}
