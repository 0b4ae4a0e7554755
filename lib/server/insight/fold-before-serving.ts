import type { Database } from '@/lib/server/db/create-client';
import { foldInsight } from './fold-insight';
import { FOLD_ROW } from './fold-row';

/** What the start step did: `folded` is false when the rollup already had a fold (nothing large was pending). */
export type StartFoldResult = { folded: false } | { folded: true; attempts: number; milliseconds: number };

/**
 * The deploy step of the insight rollup (ADR 012, "Folding at start"): when decision events exist
 * but the rollup has never been folded (the rollup's first deployment onto an existing history, or
 * a rollup-format migration that emptied it), folds every event before the server serves, so no
 * insight page read pays for it. Otherwise it reads one row and one index entry and writes nothing,
 * leaving the incremental folds (the last hour's events) to the readers, as before.
 *
 * Runs in `npm start` (scripts/start.ts) after migrations and in `npm run insight -- fold`.
 * Errors from the database propagate; the start step then stops with the reason, as a failed migration does.
 */
export async function foldInsightBeforeServing(options: { db: Database; now?: Date }): Promise<StartFoldResult> {
  const { db } = options;
  const [fold, anyEvent] = await Promise.all([
    db.insightFold.findUnique({ where: { id: FOLD_ROW }, select: { batch: true } }),
    db.attemptEvent.findFirst({ select: { attemptId: true } }),
  ]);
  if (fold || !anyEvent) return { folded: false };
  const started = performance.now();
  const { attempts } = await foldInsight({ db, now: options.now });
  return { folded: true, attempts, milliseconds: Math.round(performance.now() - started) };
}
