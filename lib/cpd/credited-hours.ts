/**
 * Hours credited for a module: the learner's active time, rounded DOWN to the nearest quarter
 * hour (so a certificate never claims time not spent), then capped at the module's declared hours
 * (so lingering never earns more than the module offers). Returned as a whole number of quarter hours.
 */
export function creditedQuarterHours(activeSeconds: number, declaredHours: number): number {
  if (!Number.isFinite(activeSeconds) || !Number.isFinite(declaredHours)) {
    throw new RangeError('Active time and declared hours must be finite numbers');
  }
  const earned = Math.floor(Math.max(0, activeSeconds) / 900);
  // The epsilon keeps 1.75 * 4 = 7 even when the declared hours came through floating point.
  const cap = Math.floor(Math.max(0, declaredHours) * 4 + 1e-9);
  return Math.min(earned, cap);
}

/** "1.75 hours", "1 hour", "0.25 hours". */
export function formatQuarterHours(quarterHours: number): string {
  return formatHoursPhrase(quarterHours / 4);
}

/** Minutes as hours with at most two decimals, e.g. 105 → "1.75", 120 → "2". */
export function formatMinutesAsHours(minutes: number): string {
  return String(Math.round((minutes / 60) * 100) / 100);
}

/** Minutes as a phrase, e.g. 105 → "1.75 hours". */
export function formatMinutesAsHoursPhrase(minutes: number): string {
  return formatHoursPhrase(Math.round((minutes / 60) * 100) / 100);
}

function formatHoursPhrase(hours: number): string {
  return `${hours} ${hours === 1 ? 'hour' : 'hours'}`;
}
