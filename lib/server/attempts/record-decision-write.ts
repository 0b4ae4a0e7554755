import 'server-only';
import type { OwnAttempt } from './read-own-attempt';
import type { replayDecision } from './replay-decision';

/**
 * One replayed decision to write: the attempt as read (its sequence is the compare-and-set's
 * expected value), the machine's new snapshot and points, the ending if one was reached, the
 * event's columns, the browser's activity claim (whole seconds, an upper bound only) and the
 * server's `now`. Each provider's writer (record-decision-sqlite.ts, record-decision-postgres.ts)
 * takes it and returns true when written, false when another save got there first (nothing written).
 */
export interface DecisionWrite {
  userId: string;
  attempt: OwnAttempt;
  sequence: number;
  snapshotJson: string;
  points: number;
  ending: { id: string; rating: string } | undefined;
  stored: Awaited<ReturnType<typeof replayDecision>>['stored'];
  activeSecondsDelta: number;
  now: Date;
}
