/**
 * A bulkhead: at most `capacity` holders at once, the rest waiting first come, first served.
 *
 * Why (issue 18): two owners reloading the 5,000-staff dashboard back to back kept both cores of a
 * two-core server busy, the page renderer's thread and PostgreSQL's backends for their queries
 * taking turns on each, so a learner's decision save (answered by the app server and its own
 * backend, ADR 027) waited for a core at every hop and its p95 was 2.2–3.5× idle. One dashboard
 * render at a time per renderer process uses about one core whatever the number of owners
 * reloading; owners then wait for each other instead of the learners waiting for them.
 */
export class Bulkhead {
  readonly #capacity: number;
  readonly #waiting: Array<() => void> = [];
  #held = 0;

  /** `capacity`: how many may hold it at once (a whole number ≥ 1). Throws a RangeError otherwise. */
  constructor(capacity = 1) {
    if (!Number.isInteger(capacity) || capacity < 1) throw new RangeError(`a bulkhead's capacity must be a whole number ≥ 1, not ${capacity}`);
    this.#capacity = capacity;
  }

  /**
   * Resolves, in the order of the calls, with the function that gives the place back. That function
   * may be called any number of times (only the first counts), so a caller can call it both where
   * the work ends and on every error path.
   */
  acquire(): Promise<() => void> {
    return new Promise((resolve) => {
      this.#waiting.push(() => resolve(this.#releaseOnce()));
      this.#next();
    });
  }

  /** How many wait for a place now: for tests and diagnostics. */
  get waiting(): number {
    return this.#waiting.length;
  }

  #releaseOnce(): () => void {
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.#held -= 1;
      this.#next();
    };
  }

  #next(): void {
    while (this.#held < this.#capacity) {
      const grant = this.#waiting.shift();
      if (!grant) return;
      this.#held += 1;
      grant();
    }
  }
}
