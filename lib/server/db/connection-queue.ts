/** Which waiters a turn on the connection goes to first (see ConnectionQueue). */
export type TurnLane = 'direct' | 'ordinary';

/**
 * How many direct turns in a row may pass ordinary waiters: enough that a burst of saves is never
 * held behind a page's reads, few enough that a steady stream of saves cannot starve the pages.
 */
export const directTurnsBeforeOrdinary = 8;

/**
 * A lock on the process's one connection. SQLite has one transaction per connection, so a
 * statement run while another request's transaction is open would silently become part of it
 * (and be rolled back with it); every statement outside a transaction takes its turn instead.
 *
 * Turns are first come, first served within a lane, and the direct lane (the few short statements
 * of the hot paths: the session read, a decision save, a heartbeat, lib/server/db/direct-sql.ts)
 * goes before waiting ordinary statements (Prisma's, e.g. the owner dashboard's dozens of reads).
 * With one lane, a save queued behind a page's reads waited for all of them, once per statement
 * of the save (issue 18: a learner's save while owners reload the dashboard). Reordering between
 * requests is safe: each request awaits its own statements in order, and a transaction holds one
 * turn from BEGIN to its end.
 */
export class ConnectionQueue {
  readonly #waiting: Record<TurnLane, Array<() => void>> = { direct: [], ordinary: [] };
  #held = false;
  #directInARow = 0;

  /** Resolves, in this lane's order, with the function that gives the turn back (call it once). */
  acquire(lane: TurnLane = 'ordinary'): Promise<() => void> {
    return new Promise((resolve) => {
      this.#waiting[lane].push(() => resolve(this.#releaseOnce()));
      if (!this.#held) this.#next();
    });
  }

  #releaseOnce(): () => void {
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.#held = false;
      this.#next();
    };
  }

  #next(): void {
    const { direct, ordinary } = this.#waiting;
    const directFirst = direct.length > 0 && (ordinary.length === 0 || this.#directInARow < directTurnsBeforeOrdinary);
    const grant = directFirst ? direct.shift() : ordinary.shift();
    if (!grant) return;
    this.#directInARow = directFirst ? this.#directInARow + 1 : 0;
    this.#held = true;
    grant();
  }
}
