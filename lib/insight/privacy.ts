/**
 * The disclosure rule for every insight figure (issue 16): a cell drawn from fewer than
 * MIN_LEARNERS distinct learners is never shown, on screen, in CSV or anywhere else.
 * Five is the usual small-cell threshold in UK statistical disclosure control (ONS, NHS Digital).
 */
export const MIN_LEARNERS = 5;

/** A figure as the page may show it: the value, or hidden because too few learners are behind it. */
export type Guarded<T> = { hidden: false; value: T } | { hidden: true };

/** Shows `value` only when at least MIN_LEARNERS distinct learners contributed to it. */
export function guard<T>(learners: number, value: T): Guarded<T> {
  return learners >= MIN_LEARNERS ? { hidden: false, value } : { hidden: true };
}

/** The value, or undefined when hidden (for CSV cells and sums). */
export function shown<T>(cell: Guarded<T>): T | undefined {
  return cell.hidden ? undefined : cell.value;
}
