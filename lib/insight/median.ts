/**
 * The median of values given as a histogram (value → how many times it occurred), so the
 * database only returns one row per distinct value instead of every observation.
 * Even counts average the two middle values; an empty histogram has no median (null).
 */
export function medianOfHistogram(bins: ReadonlyArray<{ value: number; count: number }>): number | null {
  const sorted = bins.filter((bin) => bin.count > 0).sort((a, b) => a.value - b.value);
  const total = sorted.reduce((sum, bin) => sum + bin.count, 0);
  if (total === 0) return null;
  const lowRank = Math.floor((total - 1) / 2);
  const highRank = Math.floor(total / 2);
  let seen = 0;
  let low: number | undefined;
  for (const bin of sorted) {
    if (low === undefined && lowRank < seen + bin.count) low = bin.value;
    if (highRank < seen + bin.count) return ((low ?? bin.value) + bin.value) / 2;
    seen += bin.count;
  }
  return null;
}
