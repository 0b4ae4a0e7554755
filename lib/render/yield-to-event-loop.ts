/**
 * Resolves on the event loop's next check phase (`setImmediate`), after the network and timer
 * callbacks that are already waiting have run. A server component that awaits it before rendering
 * its part splits one long render into several turns: React resumes a component whose promise
 * settled on a later turn of its own (React's Flight and Fizz servers schedule pinged work with
 * setImmediate on Node), so a short request (a learner's decision save) waits for one part, not
 * for the whole page (issue 18: saves while owners reload the dashboard).
 */
export function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

/** `items` in consecutive groups of `size` (the last may be shorter); [] for no items. Throws RangeError unless size is a whole number ≥ 1. */
export function inGroupsOf<T>(items: readonly T[], size: number): T[][] {
  if (!Number.isInteger(size) || size < 1) throw new RangeError(`A group size must be a whole number of at least 1, not ${size}.`);
  const groups: T[][] = [];
  for (let start = 0; start < items.length; start += size) groups.push(items.slice(start, start + size));
  return groups;
}
