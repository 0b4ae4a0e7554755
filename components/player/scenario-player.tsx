'use client';

import { useActorRef, useSelector } from '@xstate/react';
import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode, type Ref } from 'react';
import { fromPromise, type Snapshot } from 'xstate';
import type { RenderedScenario } from '@/components/scenario/render-scenario';
import { PlayVariablesProvider } from '@/components/scenario/show-when';
import { Button, buttonClassName } from '@/components/ui/button';
import { useHydrated } from '@/components/ui/use-hydrated';
import { orderChoices } from '@/lib/play/choice-order';
import type { PlayEvent, ScenarioDefinition, SceneDefinition } from '@/lib/scenario/definition';
import { playPosition, toMachine, visibleChoices, type ScenarioMachine } from '@/lib/scenario/runtime/machine';
import { CheckResults, ModelReply } from './check-results';
import { ChoiceList } from './choice-list';
import { ComposeForm } from './compose-form';
import { EndingView } from './ending-view';
import { buildPathSummary, sceneHeading, type PathStep } from './path-summary';
import { pendingOutcome, type Outcome } from './pending-outcome';
import { longestDecisionsToEnd, progressAt } from './progress';
import { ProgressBar } from './progress-bar';
import { recordDecisionMachine, type CheckReplyResult } from './record-decision.machine';
import { recordOnServer, type RecordDecision } from './record-on-server';
import { useActiveTime, type ActiveTime } from './use-active-time';

export type { PlayerDecision, RecordResult } from './record-on-server';

export interface ScenarioPlayerProps {
  definition: ScenarioDefinition;
  /**
   * The scenario's content rendered ahead of time: `renderScenario(definition)` called in the
   * server component that renders the player, so the content renderer stays out of the bundle.
   */
  content: RenderedScenario;
  /** A persisted snapshot (`actor.getPersistedSnapshot()`) to resume from; absent: start afresh. */
  initialSnapshot?: unknown;
  /** The sequence number of the last recorded decision (0 or absent: none yet). */
  initialSequence?: number;
  /** Decisions already made in this attempt, for progress and "Your path" when resuming. */
  initialPath?: PathStep[];
  /**
   * Seeds the order each scene's choices are shown in (see orderChoices): the attempt's stored
   * seed, so the server records the order the learner saw and a reload shows the same order.
   */
  choiceSeed: number;
  /**
   * The feedback on the last recorded decision was still on screen when the page was left (the
   * attempt view says so): show it again, with Continue, instead of the next scene.
   */
  feedbackPending?: boolean;
  /**
   * Records a decision on the server. When given, every decision is recorded before the player
   * moves on; when absent the scenario plays locally and says that progress is not saved.
   */
  recordDecision?: RecordDecision;
  /**
   * Checks a written reply without recording it (practice mode). The checks run on the server
   * only, so without `recordDecision` or `checkReply` a written reply cannot be judged.
   */
  checkReply?: (sceneId: string, text: string) => Promise<CheckReplyResult>;
  /** Called by the Reload button after a conflict; the page should refresh its data. Default: reload the page. */
  onStale?: () => void;
  /** Called by "Play again"; default: restart locally (only right when nothing is recorded). */
  onRestart?: () => void;
  /**
   * Called when the learner presses Continue after the feedback on recorded decision `sequence`; the
   * next scene is shown once it settles, so a reload from there never brings the feedback back.
   */
  onFeedbackRead?: (sequence: number) => Promise<unknown>;
  /** Called every 30 s while the learner is active, with the active seconds since the last report. */
  onHeartbeat?: (activeSecondsDelta: number) => void;
  /**
   * Shown on the ending screen above "Play again" (a link back to the module, the certificate…);
   * a function receives the decisions made, e.g. for the trial to carry its path into sign-in.
   */
  endingActions?: ReactNode | ((path: readonly PathStep[]) => ReactNode);
  /** The player is rendered inside another form (the studio's preview): see ComposeForm. */
  insideForm?: boolean;
}


/** Everything a restarted run carries over: a new key starts the actors again from `snapshot`. */
interface Run {
  key: number;
  snapshot: Snapshot<unknown> | undefined;
  path: PathStep[];
  sequence: number;
  outcome: Outcome | null;
}

const PANEL = 'space-y-4 rounded-xl border border-slate-300 bg-white p-4 text-slate-900 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-50 sm:p-6';
const HEADING = 'scroll-mt-24 text-xl font-bold sm:text-2xl';

/**
 * Plays a compiled scenario: scene content, the learner's decision, feedback, and the ending
 * with the learner's path. Binds the scenario's XState machine, and the machine that records
 * each decision (record-decision.machine.ts): with `recordDecision` every decision is recorded
 * before the screen moves on. Headings start at level 2 (the page owns h1).
 */
export function ScenarioPlayer(props: ScenarioPlayerProps) {
  // The verdict that counts on each written reply, keyed by its text: the local machine follows
  // it. Written by the recording machine just before it sends a reply on, never read while rendering.
  const [verdicts] = useState(() => new Map<string, boolean>());
  const machine = useMemo(() => toMachine(props.definition, (text) => verdicts.get(text) ?? false), [props.definition, verdicts]);
  const [run, setRun] = useState<Run>(() => ({
    key: 0,
    snapshot: props.initialSnapshot as Snapshot<unknown> | undefined,
    path: props.initialPath ?? [],
    sequence: props.initialSequence ?? 0,
    outcome: props.feedbackPending ? pendingOutcome(props.definition, props.initialPath ?? []) : null,
  }));
  const restart = useCallback((next: Omit<Run, 'key'>) => setRun((current) => ({ ...next, key: current.key + 1 })), []);
  // Active time belongs to the page visit, so it survives the run restarting.
  const activeTime = useActiveTime(props.onHeartbeat);
  return <PlayerRun key={run.key} {...props} verdicts={verdicts} machine={machine} run={run} restart={restart} activeTime={activeTime} />;
}

interface PlayerRunProps extends ScenarioPlayerProps {
  machine: ScenarioMachine;
  verdicts: Map<string, boolean>;
  run: Run;
  /** Starts the run again: from the server's snapshot after a divergence, or afresh to play again. */
  restart: (next: Omit<Run, 'key'>) => void;
  activeTime: ActiveTime;
}

function PlayerRun({
  definition,
  content,
  machine,
  verdicts,
  run,
  restart,
  recordDecision,
  checkReply,
  onStale,
  onRestart,
  onFeedbackRead,
  endingActions,
  activeTime,
  choiceSeed,
  insideForm,
}: PlayerRunProps) {
  const scenario = useActorRef(machine, run.snapshot ? { snapshot: run.snapshot } : undefined);
  const position = useSelector(scenario, (state) => String(state.value));
  const context = useSelector(scenario, (state) => state.context);

  // The run's callbacks are fixed when it starts (the page passes stable ones): the machine's
  // actors are provided once, as an actor's logic must not change while it runs.
  const [recorderLogic] = useState(() =>
    recordDecisionMachine.provide({
      actors: {
        ...(recordDecision
          ? { recordDecision: fromPromise(({ input }: { input: { sequence: number; event: PlayEvent } }) => recordOnServer({ recordDecision, activeTime, ...input })) }
          : {}),
        ...(checkReply ? { checkReply: fromPromise(({ input }: { input: { sceneId: string; text: string } }) => checkReply(input.sceneId, input.text)) } : {}),
        markFeedbackRead: fromPromise(async ({ input }: { input: { sequence: number } }) => onFeedbackRead?.(input.sequence)),
      },
    }),
  );
  const recorder = useActorRef(recorderLogic, {
    input: {
      definition,
      scenario,
      verdicts,
      recordsOnServer: Boolean(recordDecision),
      checksReplies: Boolean(checkReply),
      path: run.path,
      sequence: run.sequence,
      outcome: run.outcome,
      moved: run.key > 0,
    },
  });
  const conflict = useSelector(recorder, (state) => state.matches('conflict'));
  const signedOut = useSelector(recorder, (state) => state.matches('signedOut'));
  const ended = useSelector(recorder, (state) => (state.matches('ended') ? state.context.problem : null));
  const busy = useSelector(recorder, (state) => state.matches('recording') || state.matches('checking'));
  // Every control of the player acts only through a client handler: until hydrated it is shown disabled.
  const hydrated = useHydrated();
  const problem = useSelector(recorder, (state) => (state.matches({ ready: 'error' }) ? state.context.problem : null));
  const path = useSelector(recorder, (state) => state.context.path);
  const outcome = useSelector(recorder, (state) => state.context.outcome);
  const saved = useSelector(recorder, (state) => state.context.saved);
  const announcement = useSelector(recorder, (state) => state.context.announcement);
  const heading = useRef<HTMLHeadingElement>(null);
  const longest = useMemo(() => longestDecisionsToEnd(definition), [definition]);

  useEffect(() => {
    const subscription = recorder.on('resume', (resume) =>
      restart({ snapshot: resume.snapshot as Snapshot<unknown>, path: resume.path, sequence: resume.sequence, outcome: resume.outcome }),
    );
    return () => subscription.unsubscribe();
  }, [recorder, restart]);

  const where = playPosition(definition, { value: position });
  const screen = conflict ? 'conflict' : ended !== null ? 'ended' : signedOut ? 'signed-out' : outcome ? `outcome:${path.length}` : `at:${position}:${path.length}`;

  // New content (feedback, next scene, ending, conflict) takes focus at its heading, but not on
  // first load, where the page's own order applies.
  useEffect(() => {
    if (recorder.getSnapshot().context.moved) heading.current?.focus();
  }, [screen, recorder]);

  function record(scene: SceneDefinition, event: PlayEvent, optionsShown: string[]) {
    recorder.send({ type: 'RECORD', scene, event, optionsShown });
  }

  function playAgain() {
    if (onRestart) onRestart();
    else restart({ snapshot: undefined, path: [], sequence: 0, outcome: null });
  }

  const progress = progressAt(longest, position, path.length, where.kind === 'ending');
  const status = busy ? 'Saving…' : recordDecision ? (saved ? 'Saved' : '') : 'Practice mode: your progress is not saved.';

  let body: ReactNode;
  if (conflict) {
    body = (
      <section className={PANEL} aria-labelledby="player-conflict">
        <h2 id="player-conflict" ref={heading} tabIndex={-1} className={HEADING}>
          This scenario moved on in another tab or window
        </h2>
        <p>
          Your answer was not saved because this attempt has already moved on, perhaps in another tab or window or after a double
          click. Reload to carry on from where it is now.
        </p>
        <Button onClick={() => (onStale ? onStale() : window.location.reload())}>Reload</Button>
      </section>
    );
  } else if (ended !== null) {
    // The server started nothing yet: reloading opens the scenario, and openAttempt starts a new attempt.
    body = (
      <section className={PANEL} aria-labelledby="player-ended">
        <h2 id="player-ended" ref={heading} tabIndex={-1} className={HEADING}>
          This attempt has ended
        </h2>
        <p>{ended}</p>
        <Button onClick={() => (onStale ? onStale() : window.location.reload())}>Start again</Button>
      </section>
    );
  } else if (signedOut) {
    // Only ever reached in the browser, after a save was refused, so the address is the page's own.
    const signInHref = `/sign-in?${new URLSearchParams({ callbackUrl: `${window.location.pathname}${window.location.search}` })}`;
    body = (
      <section className={PANEL} aria-labelledby="player-signed-out">
        <h2 id="player-signed-out" ref={heading} tabIndex={-1} className={HEADING}>
          Your session has ended
        </h2>
        <p>Your last answer was not saved. Everything before it is saved: sign in again to carry on from there.</p>
        <a href={signInHref} className={buttonClassName()}>
          Sign in again
        </a>
      </section>
    );
  } else if (outcome) {
    body = (
      <>
        <PlayVariablesProvider value={outcome.context}>
          <SceneContent scene={outcome.scene} number={outcome.number} content={content} />
        </PlayVariablesProvider>
        <section className={PANEL} aria-labelledby="player-outcome">
          <h2 id="player-outcome" ref={heading} tabIndex={-1} className={HEADING}>
            {outcome.kind === 'feedback' ? 'Feedback on your choice' : 'How your reply did'}
          </h2>
          {outcome.kind === 'feedback' ? (
            <>
              <p>
                You chose: <strong>{outcome.choice.labelText}</strong>
              </p>
              <PlayVariablesProvider value={outcome.context}>{content.feedback[outcome.choice.id]}</PlayVariablesProvider>
            </>
          ) : (
            <>
              <CheckResults text={outcome.text} results={outcome.results} />
              {outcome.scene.decision.kind === 'compose' && outcome.scene.decision.compose.model ? (
                <ModelReply text={outcome.scene.decision.compose.model} passed={outcome.results.every((checked) => checked.passed)} />
              ) : null}
              <p className="text-sm text-slate-700 dark:text-slate-200">
                {outcome.checkedBy === 'server' ? 'Checked and recorded by Postwise.' : 'Checked by Postwise; practice mode, so nothing was saved.'}
              </p>
            </>
          )}
          <Button onClick={() => recorder.send({ type: 'CONTINUE' })} disabled={!hydrated} className="w-full sm:w-auto">
            Continue
          </Button>
        </section>
      </>
    );
  } else if (where.kind === 'ending') {
    body = (
      <div className={PANEL}>
        <EndingView
          ending={where.ending}
          path={buildPathSummary(definition, path)}
          reflection={definition.reflection}
          content={content}
          headingRef={heading}
          onPlayAgain={playAgain}
        >
          {typeof endingActions === 'function' ? endingActions(path) : endingActions}
        </EndingView>
      </div>
    );
  } else {
    const scene = where.scene;
    const choices = orderChoices(visibleChoices(scene, context), { seed: choiceSeed, sceneId: scene.id });
    body = (
      <>
        <SceneContent scene={scene} number={path.length + 1} content={content} headingRef={heading} />
        <section className={PANEL} aria-labelledby="player-decision">
          <h3 id="player-decision" className="text-lg font-semibold">
            {scene.decision.kind === 'compose' ? 'Write your reply' : 'What do you do?'}
          </h3>
          {problem ? (
            <p className="rounded-md border-2 border-red-700 p-3 font-medium text-red-900 dark:border-red-300 dark:text-red-100">
              Your answer was not saved: {problem} Please try again.
            </p>
          ) : null}
          {scene.decision.kind === 'compose' ? (
            <ComposeForm
              compose={scene.decision.compose}
              prompt={content.prompts[scene.id]}
              disabled={busy || !hydrated}
              insideForm={insideForm}
              onSubmit={(text) => record(scene, { type: 'COMPOSE', text }, [])}
            />
          ) : (
            <ChoiceList
              choices={choices}
              labels={content.labels}
              disabled={busy || !hydrated}
              onChoose={(choice) => record(scene, { type: 'CHOOSE', choiceId: choice.id }, choices.map((visible) => visible.id))}
            />
          )}
        </section>
      </>
    );
  }

  return (
    <PlayVariablesProvider value={context}>
      <div className="mx-auto w-full max-w-3xl min-w-0 space-y-4 break-words">
        {/* Sticky, so "Saved" stays on screen after a decision: at the top of the page it was out of
            sight on a 375 × 667 phone, scrolled down to the choices (trial user). Markup only: the
            player's script budget has no room for more code. Headings scroll clear of it (HEADING). */}
        <div className="sticky top-0 z-10 flex flex-wrap items-end justify-between gap-2 bg-slate-50 py-2 dark:bg-slate-950">
          {/* At least 12rem: with `min-w-0` a long status ("Practice mode: …") kept the line and squeezed
              the label to one word a line ("Deci/sion/1 of/up to/4", issue 18); now the status wraps below. */}
          <div className="min-w-48 flex-1">
            <ProgressBar progress={progress} complete={where.kind === 'ending'} feedback={!!outcome} />
          </div>
          <p className="text-sm text-slate-700 dark:text-slate-200">{status}</p>
        </div>
        {body}
        <div aria-live="polite" className="sr-only">
          {announcement}
        </div>
      </div>
    </PlayVariablesProvider>
  );
}

function SceneContent({
  scene,
  number,
  content,
  headingRef,
}: {
  scene: SceneDefinition;
  number: number;
  content: RenderedScenario;
  headingRef?: Ref<HTMLHeadingElement>;
}) {
  return (
    <section aria-labelledby={`scene-${scene.id}`} className="space-y-3">
      <h2 id={`scene-${scene.id}`} ref={headingRef} tabIndex={-1} className={HEADING}>
        {sceneHeading(scene, number)}
      </h2>
      {content.scenes[scene.id]}
    </section>
  );
}
