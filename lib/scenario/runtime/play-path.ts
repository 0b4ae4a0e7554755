import { createActor } from 'xstate';
import { composePasses } from '../compose-checks';
import type { Rating, ScenarioDefinition } from '../definition';
import { playPosition, toMachine, visibleChoices } from './machine';
import { countOf } from '@/lib/text/plural';

/** One step of a headless play: a 1-based position among the visible choices, or a composed text. */
export type PathStep = number | string;

export interface PlayResult {
  scenario: string;
  visited: string[];
  ending: string | null;
  rating: Rating | null;
  points: number;
  flags: Record<string, boolean>;
  counters: Record<string, number>;
  /** The scene waiting for a decision when the path ran out first; null at an ending. */
  waitingAt: string | null;
}

/** A step that cannot be played, with the 1-based step number for the message. */
export class PlayPathError extends Error {
  constructor(
    readonly step: number,
    message: string,
  ) {
    super(`step ${step}: ${message}`);
    this.name = 'PlayPathError';
  }
}

/** Plays a path through the compiled machine, as the `play` command and the tests do. */
export function playPath(definition: ScenarioDefinition, path: readonly PathStep[]): PlayResult {
  const actor = createActor(toMachine(definition, composePasses));
  actor.start();
  try {
    path.forEach((step, index) => {
      const stepNumber = index + 1;
      const position = playPosition(definition, actor.getSnapshot());
      if (position.kind === 'ending') {
        throw new PlayPathError(stepNumber, `the play already ended at "${position.ending.id}"; remove the remaining steps`);
      }
      const { scene } = position;
      if (typeof step === 'number') {
        if (scene.decision.kind !== 'choices') {
          throw new PlayPathError(stepNumber, `scene "${scene.id}" asks for a written reply (a string), not a choice number`);
        }
        const choices = visibleChoices(scene, actor.getSnapshot().context);
        const choice = Number.isInteger(step) ? choices[step - 1] : undefined;
        if (!choice) {
          throw new PlayPathError(stepNumber, `scene "${scene.id}" shows ${countOf(choices.length, 'choice')}, so ${step} is out of range`);
        }
        actor.send({ type: 'CHOOSE', choiceId: choice.id });
      } else if (typeof step === 'string') {
        if (scene.decision.kind !== 'compose') {
          throw new PlayPathError(stepNumber, `scene "${scene.id}" offers choices: give a choice number, not text`);
        }
        actor.send({ type: 'COMPOSE', text: step });
      } else {
        throw new PlayPathError(stepNumber, 'each step must be a choice number or the text of a reply');
      }
    });
    const snapshot = actor.getSnapshot();
    const position = playPosition(definition, snapshot);
    const { context } = snapshot;
    return {
      scenario: definition.id,
      visited: context.visited,
      ending: position.kind === 'ending' ? position.ending.id : null,
      rating: position.kind === 'ending' ? position.ending.rating : null,
      points: context.points,
      flags: context.flags,
      counters: context.counters,
      waitingAt: position.kind === 'scene' ? position.scene.id : null,
    };
  } finally {
    actor.stop();
  }
}
