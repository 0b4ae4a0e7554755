/**
 * The page's latest form outcome, so that a confirmation is replaced by whatever any form on the
 * page answered after it. A trial user invited someone ("Invitation sent to …"), withdrew the
 * invitation in its row, and the invite form still said "Invitation sent" until a reload: each
 * form kept its own last answer, true when given and stale once another form changed the same
 * data. One store for the page (this module is loaded once per browser tab) rather than a provider
 * every page would have to remember.
 *
 * An outcome is the answer object a form's action returned (`useActionState` gives a new one per
 * answer), compared by identity: the same words twice are still two outcomes.
 */

let latest: object | null = null;
const listeners = new Set<() => void>();

/** Records `outcome` as the page's latest and tells the forms showing earlier ones. */
export function publishOutcome(outcome: object): void {
  if (latest === outcome) return;
  latest = outcome;
  for (const listener of listeners) listener();
}

/** Calls `listener` after each new outcome; returns the unsubscribe function (`useSyncExternalStore`'s shape). */
export function subscribeToOutcomes(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The latest outcome published on the page, or null before the first. */
export function latestOutcome(): object | null {
  return latest;
}

/**
 * Whether a form whose last answer is `outcome` still shows it, given the page's `latest`: yes
 * until another form answers after it. Before any outcome is published (the server's render, or
 * the first render after a post without JavaScript) every form shows its own.
 */
export function isCurrentOutcome(outcome: object, latest: object | null): boolean {
  return latest === null || latest === outcome;
}
