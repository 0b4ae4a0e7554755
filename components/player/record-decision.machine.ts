import { and, assign, emit, fromPromise, setup } from 'xstate';
import type { CheckResult, PlayContext, PlayEvent, ScenarioDefinition, SceneDefinition } from '@/lib/scenario/definition';
import { playPosition, visibleChoices } from '@/lib/scenario/runtime/machine';
import { verdictText } from './check-results';
import { sceneHeading, type PathStep } from './path-summary';
import type { Outcome } from './pending-outcome';
import { ratingLabel } from './rating-badge';
import { CONNECTION_FAILED, type RecordedDecision, type RecordResult } from './record-on-server';

/** The part of the scenario's actor that recording a decision drives. */
export interface ScenarioActor {
  getSnapshot(): { value: unknown; context: PlayContext };
  send(event: PlayEvent): void;
}

/** A written reply checked without being recorded (practice mode): the server's verdict, or why it could not judge. */
export type CheckReplyResult = { ok: true; results: CheckResult[] } | { ok: false; message: string };

/** Where a player run starts: afresh, from a reload, or after the server's machine went elsewhere. */
export interface RecordDecisionInput {
  definition: ScenarioDefinition;
  /** The scenario's actor: sent each decision once it is recorded (or at once when playing locally). */
  scenario: ScenarioActor;
  /**
   * The verdict that counts for each written reply, keyed by its text: the scenario machine's
   * compose guard reads it, so it is written just before the reply is sent to that machine.
   */
  verdicts: Map<string, boolean>;
  /** Decisions go to the server (`recordDecision`) before the screen moves; false: local play. */
  recordsOnServer: boolean;
  /** Without the server, written replies can still be judged by `checkReply` (practice mode). */
  checksReplies: boolean;
  /** Decisions already made in this attempt. */
  path: PathStep[];
  /** The sequence number of the last recorded decision (0: none yet). */
  sequence: number;
  /** Feedback still on screen from before (a reload, or the run before a resume). */
  outcome: Outcome | null;
  /** Whether the next screen takes focus at its heading (not on a first page load). */
  moved: boolean;
}

/** A decision being recorded, with what the scene looked like when the learner made it. */
interface HeldDecision {
  scene: SceneDefinition;
  event: PlayEvent;
  optionsShown: string[];
  before: PlayContext;
  /** For a reply checked in practice mode: the verdict, from `checkReply`. */
  checked?: CheckResult[];
  /** The server's record of the decision. */
  recorded?: RecordedDecision;
}

export interface RecordDecisionContext extends Omit<RecordDecisionInput, 'moved'> {
  held: HeldDecision | null;
  /** Why the last decision was not recorded, shown beside the decision (state `ready.error`). */
  problem: string | null;
  /** The last decision was recorded on the server (the "Saved" status). */
  saved: boolean;
  /** What the polite live region says: the latest change of screen. */
  announcement: string;
  moved: boolean;
  /** Set when the server's machine stands elsewhere than the local one: the run restarts from it. */
  resumeFrom: unknown;
}

export type RecordDecisionEvent =
  | { type: 'RECORD'; scene: SceneDefinition; event: PlayEvent; optionsShown: string[] }
  | { type: 'CONTINUE' };

/** Emitted when the run must restart from the server's snapshot, carrying what the new run starts with. */
export interface ResumeEvent {
  type: 'resume';
  snapshot: unknown;
  path: PathStep[];
  sequence: number;
  outcome: Outcome | null;
}

const CONFLICT_ANNOUNCEMENT = 'This scenario moved on in another tab or window.';
const SIGNED_OUT_ANNOUNCEMENT = 'Your session has ended, so your answer was not saved. Sign in again to carry on.';
const OFFLINE_REPLY = 'Written replies can only be checked when you are online.';

function heldDecision(context: RecordDecisionContext): HeldDecision {
  if (!context.held) throw new Error('No decision is being recorded');
  return context.held;
}

/** What the live region says on arriving at the scene or ending the scenario actor stands at, after `made` decisions. */
function arrival(context: RecordDecisionContext, made: number): string {
  const next = playPosition(context.definition, context.scenario.getSnapshot());
  return next.kind === 'ending'
    ? `Scenario complete: ${next.ending.title ?? ratingLabel(next.ending.rating)}, ${ratingLabel(next.ending.rating)}.`
    : `${sceneHeading(next.scene, made + 1)}.`;
}

/** Whether a snapshot the server returned stands somewhere other than the local machine. */
function isElsewhere(snapshot: unknown, localValue: unknown): boolean {
  if (typeof snapshot !== 'object' || snapshot === null || !('value' in snapshot)) return false;
  return JSON.stringify(snapshot.value) !== JSON.stringify(localValue);
}

/**
 * The lifecycle of recording a learner's decision (XState v5, pure: the server call, the
 * practice-mode check and the "feedback read" call are actors the player provides):
 *
 * - `ready.deciding` waits for RECORD; `ready.error` is the same with the reason the last
 *   decision was not recorded on screen, so RECORD is the retry.
 * - `recording` waits for the server; only then does the scenario machine move, so the screen
 *   never shows a step the server did not record. A second RECORD meanwhile is ignored.
 * - `checking` (practice mode) has the server judge a written reply without recording it.
 * - `feedback` shows the feedback on the decision until CONTINUE (`markingRead` tells the server).
 * - `conflict` is final for this run: another tab moved the attempt on, the page must reload.
 * - `ended` is final too: the attempt ended at the most decisions it records, the learner starts again.
 * - `resuming` is final too: the server's machine went elsewhere (its checks disagreed with the
 *   browser's), and the `resume` event tells the player to restart the run from its snapshot.
 */
export const recordDecisionMachine = setup({
  types: {
    input: {} as RecordDecisionInput,
    context: {} as RecordDecisionContext,
    events: {} as RecordDecisionEvent,
    emitted: {} as ResumeEvent,
  },
  actors: {
    recordDecision: fromPromise<RecordResult, { sequence: number; event: PlayEvent }>(() =>
      Promise.reject(new Error('The player records decisions on the server only when it provides recordDecision')),
    ),
    checkReply: fromPromise<CheckReplyResult, { sceneId: string; text: string }>(() =>
      Promise.reject(new Error('The player checks replies only when it provides checkReply')),
    ),
    markFeedbackRead: fromPromise<unknown, { sequence: number }>(async () => undefined),
  },
  guards: {
    recordsOnServer: ({ context }) => context.recordsOnServer,
    isReply: ({ event }) => event.type === 'RECORD' && event.event.type === 'COMPOSE',
    checksReplies: ({ context }) => context.checksReplies,
    resumes: ({ context }) => context.resumeFrom !== undefined,
    showsOutcome: ({ context }) => context.outcome !== null,
  },
  actions: {
    hold: assign(({ context, event }) => {
      if (event.type !== 'RECORD') return {};
      const replyToRecord = context.recordsOnServer && event.event.type === 'COMPOSE';
      return {
        held: { scene: event.scene, event: event.event, optionsShown: event.optionsShown, before: context.scenario.getSnapshot().context },
        problem: null,
        saved: false,
        ...(replyToRecord ? { announcement: 'Checking and saving your reply…', moved: true } : {}),
      };
    }),
    /** Sends the held decision to the scenario machine, after writing the verdict on a reply that its guard reads. */
    moveScenario: ({ context }) => {
      const { event, checked, recorded } = heldDecision(context);
      const results = recorded ? recorded.checkResults : checked;
      if (event.type === 'COMPOSE' && results) context.verdicts.set(event.text, results.every((result) => result.passed));
      context.scenario.send(event);
    },
    /** Adds the decision to the path and works out the feedback to show and what to announce. */
    settle: assign(({ context }) => {
      const { scene, event, optionsShown, before, checked, recorded } = heldDecision(context);
      const after = context.scenario.getSnapshot();
      // Every transition enters a scene or an ending, which the machine records in `visited`.
      const advanced = after.context.visited.length > before.visited.length;
      const resumeFrom = recorded && isElsewhere(recorded.snapshot, after.value) ? recorded.snapshot : undefined;
      // The machine refused the event (not a decision of the current scene): nothing changed.
      if (!advanced && resumeFrom === undefined) return { held: null };

      const checkResults = event.type === 'COMPOSE' ? (recorded?.checkResults ?? checked) : undefined;
      const path = [...context.path, { sceneId: scene.id, event, optionsShown, ...(checkResults ? { checkResults } : {}) }];
      const number = path.length;
      let outcome: Outcome | null = null;
      let announcement: string;
      if (event.type === 'COMPOSE' && checkResults) {
        outcome = { kind: 'compose', scene, context: before, text: event.text, results: checkResults, checkedBy: recorded?.checkResults ? 'server' : 'browser', number };
        announcement = `Your reply was checked: ${verdictText(checkResults)}.`;
      } else {
        const choice = event.type === 'CHOOSE' ? visibleChoices(scene, before).find((candidate) => candidate.id === event.choiceId) : undefined;
        if (choice?.feedback) {
          outcome = { kind: 'feedback', scene, context: before, choice, number };
          announcement = `Feedback on your choice: ${choice.labelText}`;
        } else {
          announcement = arrival(context, number);
        }
      }
      return {
        held: null,
        path,
        sequence: recorded?.sequence ?? context.sequence + 1,
        outcome,
        announcement,
        moved: true,
        saved: context.recordsOnServer,
        resumeFrom,
      };
    }),
    emitResume: emit(({ context }): ResumeEvent => ({ type: 'resume', snapshot: context.resumeFrom, path: context.path, sequence: context.sequence, outcome: context.outcome })),
    leaveFeedback: assign(({ context }) => ({ outcome: null, announcement: arrival(context, context.path.length), moved: true })),
  },
}).createMachine({
  id: 'record-decision',
  context: ({ input }) => ({ ...input, held: null, problem: null, saved: false, announcement: '', resumeFrom: undefined }),
  initial: 'opening',
  states: {
    opening: {
      always: [{ guard: 'showsOutcome', target: 'feedback' }, { target: 'ready' }],
    },
    ready: {
      initial: 'deciding',
      states: {
        deciding: {},
        error: {},
      },
      on: {
        RECORD: [
          { guard: 'recordsOnServer', target: 'recording', actions: 'hold' },
          { guard: and(['isReply', 'checksReplies']), target: 'checking', actions: 'hold' },
          { guard: 'isReply', target: '.error', actions: assign({ problem: OFFLINE_REPLY }) },
          { target: 'settling', actions: ['hold', 'moveScenario', 'settle'] },
        ],
      },
    },
    recording: {
      invoke: {
        src: 'recordDecision',
        input: ({ context }) => ({ sequence: context.sequence + 1, event: heldDecision(context).event }),
        onDone: [
          {
            guard: ({ event }) => event.output.ok,
            target: 'settling',
            actions: [assign(({ context, event }) => ({ held: { ...heldDecision(context), ...(event.output.ok ? { recorded: event.output } : {}) } })), 'moveScenario', 'settle'],
          },
          {
            // Nothing this attempt can record any more: the player offers to start again.
            guard: ({ event }) => !event.output.ok && 'ended' in event.output && event.output.ended,
            target: 'ended',
            actions: assign(({ event }) => {
              const message = event.output.ok ? '' : event.output.message;
              return { held: null, problem: message, announcement: message, moved: true };
            }),
          },
          {
            guard: ({ event }) => !event.output.ok && event.output.code === 'CONFLICT',
            target: 'conflict',
            actions: assign({ held: null, announcement: CONFLICT_ANNOUNCEMENT, moved: true }),
          },
          {
            // Trying again cannot help until the learner signs in: the player offers sign-in instead.
            guard: ({ event }) => !event.output.ok && event.output.code === 'UNAUTHENTICATED',
            target: 'signedOut',
            actions: assign({ held: null, announcement: SIGNED_OUT_ANNOUNCEMENT, moved: true }),
          },
          {
            target: 'ready.error',
            actions: assign(({ event }) => {
              const message = event.output.ok ? CONNECTION_FAILED : event.output.message;
              return { held: null, problem: message, announcement: `Your answer was not saved. ${message}`, moved: true };
            }),
          },
        ],
        onError: {
          target: 'ready.error',
          actions: assign({ held: null, problem: CONNECTION_FAILED, announcement: `Your answer was not saved. ${CONNECTION_FAILED}`, moved: true }),
        },
      },
    },
    checking: {
      invoke: {
        src: 'checkReply',
        input: ({ context }) => {
          const { scene, event } = heldDecision(context);
          return { sceneId: scene.id, text: event.type === 'COMPOSE' ? event.text : '' };
        },
        onDone: [
          {
            guard: ({ event }) => event.output.ok,
            target: 'settling',
            actions: [assign(({ context, event }) => ({ held: { ...heldDecision(context), ...(event.output.ok ? { checked: event.output.results } : {}) } })), 'moveScenario', 'settle'],
          },
          {
            target: 'ready.error',
            actions: assign(({ event }) => {
              const message = event.output.ok ? CONNECTION_FAILED : event.output.message;
              return { held: null, problem: message, announcement: `Your reply was not checked. ${message}`, moved: true };
            }),
          },
        ],
        onError: {
          target: 'ready.error',
          actions: assign({ held: null, problem: CONNECTION_FAILED, announcement: `Your reply was not checked. ${CONNECTION_FAILED}`, moved: true }),
        },
      },
    },
    settling: {
      always: [{ guard: 'resumes', target: 'resuming', actions: 'emitResume' }, { guard: 'showsOutcome', target: 'feedback' }, { target: 'ready' }],
    },
    feedback: {
      on: { CONTINUE: 'markingRead' },
    },
    markingRead: {
      // A failed call only means a reload shows this feedback once more: move on regardless.
      invoke: {
        src: 'markFeedbackRead',
        input: ({ context }) => ({ sequence: context.sequence }),
        onDone: { target: 'ready', actions: 'leaveFeedback' },
        onError: { target: 'ready', actions: 'leaveFeedback' },
      },
    },
    conflict: { type: 'final' },
    /** The attempt ended at the most decisions one attempt records (ADR 029); `problem` says so. */
    ended: { type: 'final' },
    /** The session ended: nothing can be recorded until the learner signs in again. */
    signedOut: { type: 'final' },
    resuming: { type: 'final' },
  },
});

export type RecordDecisionMachine = typeof recordDecisionMachine;
