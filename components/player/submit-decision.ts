import type { CheckResult, PlayContext, PlayEvent } from '@/lib/scenario/definition';

/**
 * One decision, sent to `persist` before the player moves on. Only what the server reads: it
 * works out the scene, the options shown and the checks' verdict itself.
 */
export interface PlayerDecision {
  /** The sequence number this decision should get: the last saved one plus one. */
  sequence: number;
  event: PlayEvent;
  /** Whole seconds of active time since the last decision or heartbeat (an upper bound for the server's credit). */
  activeSecondsDelta: number;
}

export type PersistResult =
  | {
      ok: true;
      /** The sequence number the server stored. */
      sequence: number;
      /** The server's persisted machine snapshot after the decision. */
      snapshot: unknown;
      /** For a compose: the server's check results, which count. */
      checkResults?: CheckResult[];
    }
  | {
      ok: false;
      /** `conflict`: another tab or a double click already moved this attempt on. */
      reason: 'conflict' | 'error';
      message: string;
    };

/** The part of the scenario actor a decision needs. */
export interface DecisionActor {
  getSnapshot(): { value: unknown; context: PlayContext };
  send(event: PlayEvent): void;
}

export interface SubmitDecisionOptions {
  actor: DecisionActor;
  persist?: (decision: PlayerDecision) => Promise<PersistResult>;
  /** The sequence number of the last saved decision. */
  sequence: number;
  event: PlayEvent;
  /** For a compose: the browser's verdict, shown only when nothing is persisted. */
  clientCheckResults?: CheckResult[];
  activeTime: { take(): number; giveBack(seconds: number): void };
}

export type SubmitDecisionResult =
  | { status: 'not-saved'; reason: 'conflict' | 'error'; message: string }
  /** The machine refused the event (not a decision of the current scene); nothing changed. */
  | { status: 'ignored' }
  | {
      status: 'advanced';
      /** The last saved sequence number after this decision. */
      sequence: number;
      /** For a compose: the verdict that counts (the server's when saved). */
      checkResults?: CheckResult[];
      checkedBy?: 'server' | 'browser';
      /** The server's snapshot, present only when the server's machine went somewhere else than the local one. */
      resumeFrom?: unknown;
    };

/**
 * Saves a decision (when `persist` is given) and only then sends it to the local machine, so
 * the screen never shows a step the server did not record. Active seconds taken for a failed
 * save are given back, so they go with the next one.
 */
export async function submitDecision(options: SubmitDecisionOptions): Promise<SubmitDecisionResult> {
  const { actor, persist, sequence, event, clientCheckResults, activeTime } = options;
  const before = actor.getSnapshot();
  let saved: Extract<PersistResult, { ok: true }> | undefined;

  if (persist) {
    const activeSecondsDelta = activeTime.take();
    let result: PersistResult;
    try {
      result = await persist({ sequence: sequence + 1, event, activeSecondsDelta });
    } catch {
      result = { ok: false, reason: 'error', message: 'The connection failed.' };
    }
    if (!result.ok) {
      activeTime.giveBack(activeSecondsDelta);
      return { status: 'not-saved', reason: result.reason, message: result.message };
    }
    saved = result;
  }

  actor.send(event);
  const after = actor.getSnapshot();
  // Every transition enters a scene or an ending, which the machine records in `visited`.
  const advanced = after.context.visited.length > before.context.visited.length;
  const resumeFrom = saved && isElsewhere(saved.snapshot, after.value) ? saved.snapshot : undefined;
  if (!advanced && resumeFrom === undefined) return { status: 'ignored' };

  const checkResults = event.type === 'COMPOSE' ? (saved?.checkResults ?? clientCheckResults) : undefined;
  return {
    status: 'advanced',
    sequence: saved?.sequence ?? sequence + 1,
    ...(checkResults ? { checkResults, checkedBy: saved?.checkResults ? 'server' : 'browser' } : {}),
    ...(resumeFrom !== undefined ? { resumeFrom } : {}),
  };
}

/** Whether a snapshot the server returned stands somewhere other than the local machine. */
function isElsewhere(snapshot: unknown, localValue: unknown): boolean {
  if (typeof snapshot !== 'object' || snapshot === null || !('value' in snapshot)) return false;
  return JSON.stringify(snapshot.value) !== JSON.stringify(localValue);
}
