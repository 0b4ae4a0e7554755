import type { ActionFailure } from '@/lib/errors';
import type { AttemptEndedFailure } from '@/lib/play/save-limits';
import type { CheckResult, PlayEvent } from '@/lib/scenario/definition';

/**
 * One decision, sent to the server to be recorded before the player moves on. Only what the
 * server reads: it works out the scene, the options shown and the checks' verdict itself.
 */
export interface PlayerDecision {
  /** The sequence number this decision should get: the last recorded one plus one. */
  sequence: number;
  event: PlayEvent;
  /** Whole seconds of active time since the last decision or heartbeat (an upper bound for the server's credit). */
  activeSecondsDelta: number;
}

/** The server recorded the decision. */
export interface RecordedDecision {
  ok: true;
  /** The sequence number the server stored. */
  sequence: number;
  /** The server's persisted machine snapshot after the decision. */
  snapshot: unknown;
  /** For a compose: the server's check results, which count. */
  checkResults?: CheckResult[];
}

/**
 * What recording a decision returns: recorded, or the shared action failure. Code `CONFLICT`
 * means another tab or a double click already moved the attempt on (reload to carry on), or, with
 * `ended`, that the attempt ended at the most decisions one attempt records (start again); any
 * other code means nothing was recorded and the learner may try again.
 */
export type RecordResult = RecordedDecision | ActionFailure | AttemptEndedFailure;

/** Records one decision on the server (recordDecisionOverHttp in the learner's player). */
export type RecordDecision = (decision: PlayerDecision) => Promise<RecordResult>;

/** The active-time count a decision draws on (see use-active-time.ts). */
export interface ActiveTimeBank {
  /** Whole active seconds since the last take. */
  take(): number;
  /** Returns seconds that could not be recorded, so they go with the next decision. */
  giveBack(seconds: number): void;
}

/** Shown when the request itself failed (offline, server unreachable): the learner can try again. */
export const CONNECTION_FAILED = 'The connection failed.';

/**
 * Sends decision number `sequence` to `recordDecision` with the active seconds since the last
 * report. Seconds taken for a decision that was not recorded are given back, so they go with the
 * next one; a request that throws becomes an INTERNAL failure the learner may retry.
 */
export async function recordOnServer(options: {
  recordDecision: RecordDecision;
  activeTime: ActiveTimeBank;
  sequence: number;
  event: PlayEvent;
}): Promise<RecordResult> {
  const { recordDecision, activeTime, sequence, event } = options;
  const activeSecondsDelta = activeTime.take();
  let result: RecordResult;
  try {
    result = await recordDecision({ sequence, event, activeSecondsDelta });
  } catch {
    result = { ok: false, code: 'INTERNAL', message: CONNECTION_FAILED };
  }
  if (!result.ok) activeTime.giveBack(activeSecondsDelta);
  return result;
}

/**
 * The learner player's RecordDecision for attempt `attemptId`: a JSON POST to
 * `/api/attempts/:attemptId/decisions` (app/api/attempts/[attemptId]/decisions/route.ts), whose
 * JSON answer is the RecordResult, failures included (with their HTTP status). An answer that is
 * not one (a proxy's error page) throws, which recordOnServer reports as a failed connection.
 */
export function recordDecisionOverHttp(attemptId: string): RecordDecision {
  const url = `/api/attempts/${encodeURIComponent(attemptId)}/decisions`;
  return async (decision) => {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(decision),
      credentials: 'same-origin',
    });
    const result = (await response.json()) as RecordResult;
    if (typeof result !== 'object' || result === null || typeof result.ok !== 'boolean') throw new Error(`The save answered ${response.status} without a result.`);
    return result;
  };
}
