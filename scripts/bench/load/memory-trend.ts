/**
 * Whether a server's memory stayed flat over a long run (`npm run bench:load -- --soak <seconds>`):
 * read from the samples scripts/bench/load/memory-probe.mjs wrote.
 */
import { readFileSync } from 'node:fs';

/** One sample: the process it is of, epoch milliseconds and bytes, as process.memoryUsage() gives them. */
export interface MemorySample {
  pid: number;
  at: number;
  rss: number;
  heapUsed: number;
  heapTotal: number;
  external: number;
}

/** Start, end and slope of one measure over the run after warm-up. */
export interface Trend {
  /** Median of the first tenth of the samples after warm-up, MB. */
  startMb: number;
  /** Median of the last tenth, MB. */
  endMb: number;
  /** (end − start) / start, in per cent. */
  growthPercent: number;
  /** Least-squares slope over every sample after warm-up, MB per minute. */
  slopeMbPerMinute: number;
}

/** RSS grows less than this over the run after warm-up: the definition of "flat" the bench reports. */
export const FLAT_RSS_GROWTH_PERCENT = 10;

/** The samples in `file`, oldest first. */
export function readMemorySamples(file: string): MemorySample[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as MemorySample);
}

const megabytes = (bytes: number) => bytes / (1024 * 1024);

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/**
 * The trend of `measure` over `samples` taken at or after `from` (epoch ms: the end of the
 * warm-up). Needs at least 2 such samples; throws otherwise, naming how many there were.
 */
export function trendOf(samples: readonly MemorySample[], measure: 'rss' | 'heapUsed', from: number): Trend {
  const kept = samples.filter((sample) => sample.at >= from);
  if (kept.length < 2) throw new Error(`A memory trend needs 2 samples after warm-up; the server wrote ${kept.length}.`);
  const tenth = Math.max(1, Math.floor(kept.length / 10));
  const startMb = median(kept.slice(0, tenth).map((sample) => megabytes(sample[measure])));
  const endMb = median(kept.slice(-tenth).map((sample) => megabytes(sample[measure])));
  const minutes = kept.map((sample) => (sample.at - kept[0]!.at) / 60_000);
  const values = kept.map((sample) => megabytes(sample[measure]));
  const meanX = minutes.reduce((a, b) => a + b, 0) / minutes.length;
  const meanY = values.reduce((a, b) => a + b, 0) / values.length;
  const covariance = minutes.reduce((total, x, index) => total + (x - meanX) * (values[index]! - meanY), 0);
  const variance = minutes.reduce((total, x) => total + (x - meanX) ** 2, 0);
  return { startMb, endMb, growthPercent: ((endMb - startMb) / startMb) * 100, slopeMbPerMinute: variance === 0 ? 0 : covariance / variance };
}
