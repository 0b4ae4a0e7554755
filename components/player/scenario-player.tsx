'use client';

import { useActorRef, useSelector } from '@xstate/react';
import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode, type Ref } from 'react';
import type { Snapshot } from 'xstate';
import type { RenderedScenario } from '@/components/scenario/render-scenario';
import { PlayVariablesProvider } from '@/components/scenario/show-when';
import { Button } from '@/components/ui/button';
import { orderChoices } from '@/lib/play/choice-order';
import type { CheckResult, PlayEvent, ScenarioDefinition, SceneDefinition } from '@/lib/scenario/definition';
import { playPosition, toMachine, visibleChoices, type ScenarioMachine } from '@/lib/scenario/machine';
import { CheckResults, ModelReply, verdictText } from './check-results';
import { ChoiceList } from './choice-list';
import { ComposeForm } from './compose-form';
import { EndingView } from './ending-view';
import { buildPathSummary, sceneHeading, type PathStep } from './path-summary';
import { pendingOutcome, type Outcome } from './pending-outcome';
import { longestDecisionsToEnd, progressAt } from './progress';
import { ProgressBar } from './progress-bar';
import { ratingLabel } from './rating-badge';
import { submitDecision, type PersistResult, type PlayerDecision } from './submit-decision';
import { useActiveTime, type ActiveTime } from './use-active-time';

export type { PersistResult, PlayerDecision } from './submit-decision';

export interface ScenarioPlayerProps {
  definition: ScenarioDefinition;
  /**
   * The scenario's content rendered ahead of time: `renderScenario(definition)` called in the
   * server component that renders the player, so the content renderer stays out of the bundle.
   */
  content: RenderedScenario;
  /** A persisted snapshot (`actor.getPersistedSnapshot()`) to resume from; absent: start afresh. */
  initialSnapshot?: unknown;
  /** The sequence number of the last saved decision (0 or absent: none yet). */
  initialSequence?: number;
  /** Decisions already made in this attempt, for progress and "Your path" when resuming. */
  initialPath?: PathStep[];
  /**
   * Seeds the order each scene's choices are shown in (see orderChoices): the attempt's stored
   * seed, so the server records the order the learner saw and a reload shows the same order.
   */
  choiceSeed: number;
  /**
   * The feedback on the last saved decision was still on screen when the page was left (the
   * attempt view says so): show it again, with Continue, instead of the next scene.
   */
  feedbackPending?: boolean;
  /**
   * Saves a decision. When given, every decision is saved before the player moves on; when
   * absent the scenario plays locally and says that progress is not saved.
   */
  persist?: (decision: PlayerDecision) => Promise<PersistResult>;
  /**
   * Checks a written reply without saving it (practice mode). The checks run on the server only,
   * so without `persist` or `checkReply` a written reply cannot be judged.
   */
  checkReply?: (sceneId: string, text: string) => Promise<{ ok: true; results: CheckResult[] } | { ok: false; message: string }>;
  /** Called by the Reload button after a conflict; the page should refresh its data. Default: reload the page. */
  onStale?: () => void;
  /** Called by "Play again"; default: restart locally (only right when nothing is persisted). */
  onRestart?: () => void;
  /**
   * Called when the learner presses Continue after the feedback on saved decision `sequence`; the
   * next scene is shown once it settles, so a reload from there never brings the feedback back.
   */
  onFeedbackRead?: (sequence: number) => Promise<unknown>;
  /** Called every 30 s while the learner is active, with the active seconds since the last report. */
  onHeartbeat?: (activeSecondsDelta: number) => void;
  /** Shown on the ending screen above "Play again" (a link back to the module, the certificate…). */
  endingActions?: ReactNode;
  /** The player is rendered inside another form (the studio's preview): see ComposeForm. */
  insideForm?: boolean;
}


type Problem = { kind: 'conflict' | 'error'; message: string };

/** Everything a restarted actor carries over: a new key starts the actor again from `snapshot`. */
interface Run {
  key: number;
  snapshot: Snapshot<unknown> | undefined;
  path: PathStep[];
  sequence: number;
  outcome: Outcome | null;
}

const PANEL = 'space-y-4 rounded-xl border border-slate-300 bg-white p-4 text-slate-900 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-50 sm:p-6';
const HEADING = 'text-xl font-bold sm:text-2xl';

/**
 * Plays a compiled scenario: scene content, the learner's decision, feedback, and the ending
 * with the learner's path. Binds the scenario's XState machine; when `persist` is given every
 * decision is saved before the screen moves on. Headings start at level 2 (the page owns h1).
 */
export function ScenarioPlayer(props: ScenarioPlayerProps) {
  // The server's verdict on each reply it judged, keyed by the text: the local machine follows it.
  // Mutated from event handlers only, never read while rendering.
  const [verdicts] = useState(() => new Map<string, boolean>());
  const machine = useMemo(() => toMachine(props.definition, (text) => verdicts.get(text) ?? false), [props.definition, verdicts]);
  const { persist: save } = props;
  const persist = useMemo(
    () =>
      save &&
      (async (decision: PlayerDecision): Promise<PersistResult> => {
        const result = await save(decision);
        if (result.ok && result.checkResults && decision.event.type === 'COMPOSE') {
          verdicts.set(decision.event.text, result.checkResults.every((checked) => checked.passed));
        }
        return result;
      }),
    [save, verdicts],
  );
  const remember = useCallback((text: string, results: readonly CheckResult[]) => {
    verdicts.set(text, results.every((checked) => checked.passed));
  }, [verdicts]);
  const [run, setRun] = useState<Run>(() => ({
    key: 0,
    snapshot: props.initialSnapshot as Snapshot<unknown> | undefined,
    path: props.initialPath ?? [],
    sequence: props.initialSequence ?? 0,
    outcome: props.feedbackPending ? pendingOutcome(props.definition, props.initialPath ?? []) : null,
  }));
  const restart = useCallback((next: Omit<Run, 'key'>) => setRun((current) => ({ ...next, key: current.key + 1 })), []);
  // Active time belongs to the page visit, so it survives the actor restarting.
  const activeTime = useActiveTime(props.onHeartbeat);
  return <PlayerRun key={run.key} {...props} persist={persist} remember={remember} machine={machine} run={run} restart={restart} activeTime={activeTime} />;
}

interface PlayerRunProps extends ScenarioPlayerProps {
  machine: ScenarioMachine;
  run: Run;
  /** Starts the actor again: from the server's snapshot after a divergence, or afresh to play again. */
  restart: (next: Omit<Run, 'key'>) => void;
  activeTime: ActiveTime;
  /** Records the server's verdict on a reply checked in practice mode, for the local machine. */
  remember: (text: string, results: readonly CheckResult[]) => void;
}

function PlayerRun({
  definition,
  content,
  machine,
  run,
  restart,
  persist,
  checkReply,
  remember,
  onStale,
  onRestart,
  onFeedbackRead,
  endingActions,
  activeTime,
  choiceSeed,
  insideForm,
}: PlayerRunProps) {
  const actor = useActorRef(machine, run.snapshot ? { snapshot: run.snapshot } : undefined);
  const position = useSelector(actor, (state) => String(state.value));
  const context = useSelector(actor, (state) => state.context);

  const [path, setPath] = useState<PathStep[]>(run.path);
  const [sequence, setSequence] = useState(run.sequence);
  const [outcome, setOutcome] = useState<Outcome | null>(run.outcome);
  const [saving, setSaving] = useState(false);
  const [saved, setSaved] = useState(false);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const heading = useRef<HTMLHeadingElement>(null);
  const moved = useRef(run.key > 0);
  const deciding = useRef(false);
  const longest = useMemo(() => longestDecisionsToEnd(definition), [definition]);

  const where = playPosition(definition, { value: position });
  const screen = problem?.kind === 'conflict' ? 'conflict' : outcome ? `outcome:${path.length}` : `at:${position}:${path.length}`;

  // New content (feedback, next scene, ending, conflict) takes focus at its heading, but not on
  // first load, where the page's own order applies.
  useEffect(() => {
    if (moved.current) heading.current?.focus();
  }, [screen]);

  function announce(message: string) {
    moved.current = true;
    setAnnouncement(message);
  }

  async function decide(scene: SceneDefinition, event: PlayEvent, optionsShown: string[], clientCheckResults?: CheckResult[]) {
    // A ref, not state: two clicks in the same frame must not both get through.
    if (deciding.current) return;
    deciding.current = true;
    try {
      await record(scene, event, optionsShown, clientCheckResults);
    } finally {
      deciding.current = false;
    }
  }

  async function record(scene: SceneDefinition, event: PlayEvent, optionsShown: string[], clientCheckResults?: CheckResult[]) {
    const before = actor.getSnapshot().context;
    setProblem(null);
    setSaved(false);
    setSaving(Boolean(persist));
    const result = await submitDecision({ actor, persist, sequence, event, clientCheckResults, activeTime });
    setSaving(false);
    if (result.status === 'not-saved') {
      setProblem({ kind: result.reason, message: result.message });
      announce(result.reason === 'conflict' ? 'This scenario moved on in another tab or window.' : `Your answer was not saved. ${result.message}`);
      return;
    }
    if (result.status === 'ignored') return;
    setSaved(Boolean(persist));

    const nextPath = [...path, { sceneId: scene.id, event, optionsShown, ...(result.checkResults ? { checkResults: result.checkResults } : {}) }];
    const number = nextPath.length;
    let nextOutcome: Outcome | null = null;
    if (event.type === 'COMPOSE' && result.checkResults) {
      nextOutcome = { kind: 'compose', scene, context: before, text: event.text, results: result.checkResults, checkedBy: result.checkedBy ?? 'browser', number };
      announce(`Your reply was checked: ${verdictText(result.checkResults)}.`);
    } else if (event.type === 'CHOOSE') {
      const choice = visibleChoices(scene, before).find((candidate) => candidate.id === event.choiceId);
      if (choice?.feedback) {
        nextOutcome = { kind: 'feedback', scene, context: before, choice, number };
        announce(`Feedback on your choice: ${choice.labelText}`);
      } else {
        announceArrival(number);
      }
    }

    // The server's snapshot is the record: if its machine went elsewhere (its checks disagreed
    // with the browser's), carry on from where the server says.
    if (result.resumeFrom !== undefined) {
      restart({ snapshot: result.resumeFrom as Snapshot<unknown>, path: nextPath, sequence: result.sequence, outcome: nextOutcome });
      return;
    }
    setSequence(result.sequence);
    setPath(nextPath);
    setOutcome(nextOutcome);
  }

  /** A written reply: saved and judged by the server, or in practice mode judged by the server and not saved. */
  async function submitReply(scene: SceneDefinition, text: string) {
    if (deciding.current) return;
    if (persist) {
      announce('Checking and saving your reply…');
      await decide(scene, { type: 'COMPOSE', text }, []);
      return;
    }
    if (!checkReply) {
      setProblem({ kind: 'error', message: 'Written replies can only be checked when you are online.' });
      return;
    }
    setSaving(true);
    let checked: Awaited<ReturnType<typeof checkReply>>;
    try {
      checked = await checkReply(scene.id, text);
    } catch {
      checked = { ok: false, message: 'The connection failed.' };
    } finally {
      setSaving(false);
    }
    if (!checked.ok) {
      setProblem({ kind: 'error', message: checked.message });
      announce(`Your reply was not checked. ${checked.message}`);
      return;
    }
    remember(text, checked.results);
    await decide(scene, { type: 'COMPOSE', text }, [], checked.results);
  }

  /** Announces where the learner arrived after `made` decisions. */
  function announceArrival(made: number) {
    const next = playPosition(definition, actor.getSnapshot());
    announce(
      next.kind === 'ending'
        ? `Scenario complete: ${next.ending.title ?? ratingLabel(next.ending.rating)}, ${ratingLabel(next.ending.rating)}.`
        : `${sceneHeading(next.scene, made + 1)}.`,
    );
  }

  async function continueOn() {
    // A failed save only means a reload shows this feedback once more: move on regardless.
    await onFeedbackRead?.(sequence).catch(() => undefined);
    setOutcome(null);
    announceArrival(path.length);
  }

  function playAgain() {
    if (onRestart) onRestart();
    else restart({ snapshot: undefined, path: [], sequence: 0, outcome: null });
  }

  const progress = progressAt(longest, position, path.length, where.kind === 'ending');
  const status = saving ? 'Saving…' : persist ? (saved ? 'Saved' : '') : 'Practice mode: your progress is not saved.';

  let body: ReactNode;
  if (problem?.kind === 'conflict') {
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
          <Button onClick={() => void continueOn()} className="w-full sm:w-auto">
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
          {endingActions}
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
              Your answer was not saved: {problem.message} Please try again.
            </p>
          ) : null}
          {scene.decision.kind === 'compose' ? (
            <ComposeForm
              compose={scene.decision.compose}
              prompt={content.prompts[scene.id]}
              disabled={saving}
              insideForm={insideForm}
              onSubmit={(text) => void submitReply(scene, text)}
            />
          ) : (
            <ChoiceList
              choices={choices}
              labels={content.labels}
              disabled={saving}
              onChoose={(choice) => void decide(scene, { type: 'CHOOSE', choiceId: choice.id }, choices.map((visible) => visible.id))}
            />
          )}
        </section>
      </>
    );
  }

  return (
    <PlayVariablesProvider value={context}>
      <div className="mx-auto w-full max-w-3xl min-w-0 space-y-4 break-words">
        <div className="flex flex-wrap items-end justify-between gap-2">
          <div className="min-w-0 flex-1">
            <ProgressBar progress={progress} complete={where.kind === 'ending'} />
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
