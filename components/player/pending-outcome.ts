import { createActor } from 'xstate';
import type { CheckResult, ChoiceDefinition, PlayContext, ScenarioDefinition, SceneDefinition } from '@/lib/scenario/definition';
import { toMachine, visibleChoices } from '@/lib/scenario/runtime/machine';
import type { PathStep } from './path-summary';

/** What stays on screen after a decision until the learner presses Continue. */
export type Outcome =
  | { kind: 'feedback'; scene: SceneDefinition; context: PlayContext; choice: ChoiceDefinition; number: number }
  | { kind: 'compose'; scene: SceneDefinition; context: PlayContext; text: string; results: CheckResult[]; checkedBy: 'browser' | 'server'; number: number };

/**
 * The feedback on the last recorded decision, rebuilt for a page that reopens an attempt whose
 * feedback was still on screen (a reload, a dropped connection): the scene as it was when the
 * learner decided (the machine replayed over the earlier decisions), and the choice's feedback or
 * the server's verdict on the reply. Null when there is no decision yet or the choice has no feedback.
 */
export function pendingOutcome(definition: ScenarioDefinition, path: readonly PathStep[]): Outcome | null {
  const last = path.at(-1);
  if (!last) return null;
  const scene = definition.scenes.find((candidate) => candidate.id === last.sceneId);
  if (!scene) return null;
  // Earlier replies replay with the verdict that counted for them (the server's, recorded with the step).
  const verdicts = new Map(path.map((step) => [step.event.type === 'COMPOSE' ? step.event.text : '', (step.checkResults ?? []).every((result) => result.passed)]));
  const actor = createActor(toMachine(definition, (text) => verdicts.get(text) ?? false)).start();
  try {
    for (const step of path.slice(0, -1)) actor.send(step.event);
    const context = actor.getSnapshot().context;
    const number = path.length;
    if (last.event.type === 'COMPOSE') {
      return last.checkResults ? { kind: 'compose', scene, context, text: last.event.text, results: last.checkResults, checkedBy: 'server', number } : null;
    }
    const { choiceId } = last.event;
    const choice = visibleChoices(scene, context).find((candidate) => candidate.id === choiceId);
    return choice?.feedback ? { kind: 'feedback', scene, context, choice, number } : null;
  } finally {
    actor.stop();
  }
}
