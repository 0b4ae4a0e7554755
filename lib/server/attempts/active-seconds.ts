/** Longest stretch one report may claim: the player reports at least every 30 s while active. */
const MAX_SECONDS_PER_REPORT = 15 * 60;

/**
 * The active seconds to credit for one report from the browser. A learner cannot have been
 * active for longer than the wall-clock time since the attempt was last saved (plus a little
 * slack for clock skew), so an edited request cannot inflate CPD hours.
 */
export function creditableSeconds(options: { claimed: number; lastSavedAt: Date; now: Date }): number {
  const { claimed, lastSavedAt, now } = options;
  if (!Number.isFinite(claimed) || claimed <= 0) return 0;
  const elapsed = Math.max(0, (now.getTime() - lastSavedAt.getTime()) / 1000) + 5;
  return Math.floor(Math.min(claimed, elapsed, MAX_SECONDS_PER_REPORT));
}
