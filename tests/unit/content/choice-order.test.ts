import { initialTransition, transition } from 'xstate';
import { describe, expect, it } from 'vitest';
import { orderChoices } from '@/lib/play/choice-order';
import type { ChoiceDefinition, ScenarioDefinition, SceneDefinition } from '@/lib/scenario/definition';
import { composePasses } from '@/lib/scenario/compose-checks';
import { passingText } from '@/lib/scenario/runtime/explore';
import { playPosition, toMachine, visibleChoices, type ScenarioSnapshot } from '@/lib/scenario/runtime/machine';
import { checkScenarioFiles } from '@/lib/scenario/scenario-files';
import { loadLibrary } from '@/tests/e2e/support/scenario-paths';

/**
 * The authored order of the library's choices is an answer key (the best choice is written first
 * in every main decision). These tests hold the shuffle that hides it: every position is equally
 * likely for the best choice, and a learner who always presses the first button does no better
 * than chance. Seeds are fixed, so the counts are the same on every run: the bounds below are
 * 5 standard deviations wide, so they hold for any reasonable seed, not only these.
 */

const library = loadLibrary();
const machines = new Map(library.scenarios.map((scenario) => [scenario.id, toMachine(scenario, composePasses)]));
const machineOf = (scenario: ScenarioDefinition) => machines.get(scenario.id)!;
const ATTEMPTS = 1_000;

/** The one choice with the most points, or undefined when several tie. */
function bestChoice(choices: readonly ChoiceDefinition[]): ChoiceDefinition | undefined {
  const top = Math.max(...choices.map((choice) => choice.effects.points));
  const best = choices.filter((choice) => choice.effects.points === top);
  return best.length === 1 ? best[0] : undefined;
}

/** The library's decision scenes with a single best choice among choices shown unconditionally. */
function mainDecisions(): Array<{ scenario: ScenarioDefinition; scene: SceneDefinition; choices: ChoiceDefinition[]; best: ChoiceDefinition }> {
  return library.scenarios.flatMap((scenario) =>
    scenario.scenes.flatMap((scene) => {
      if (scene.decision.kind !== 'choices') return [];
      const choices = scene.decision.choices.filter((choice) => !choice.when);
      const best = bestChoice(choices);
      return best && choices.length > 1 ? [{ scenario, scene, choices, best }] : [];
    }),
  );
}

describe('choice order', () => {
  it('the authored order puts the best choice first in every main decision (why it must never be shown)', () => {
    const decisions = mainDecisions();
    expect(decisions.length).toBeGreaterThanOrEqual(40);
    expect(decisions.filter(({ choices, best }) => choices[0] === best).length).toBeGreaterThanOrEqual(decisions.length - 2);
  });

  it('the library gives no answer away by length (no W104)', () => {
    const warnings = checkScenarioFiles(['scenarios']).diagnostics.filter((diagnostic) => diagnostic.code === 'W104');
    expect(warnings.map((warning) => `${warning.file}: ${warning.message}`)).toEqual([]);
  });

  it('over 1,000 seeded attempts the best choice appears in each position about equally, in every main decision', () => {
    for (const { scene, choices, best } of mainDecisions()) {
      const counts = new Array<number>(choices.length).fill(0);
      for (let seed = 0; seed < ATTEMPTS; seed += 1) {
        const shown = orderChoices(choices, { seed: seed * 7_919 + 1, sceneId: scene.id });
        counts[shown.indexOf(best)]! += 1;
      }
      const p = 1 / choices.length;
      const expected = ATTEMPTS * p;
      const bound = 5 * Math.sqrt(ATTEMPTS * p * (1 - p));
      for (const count of counts) expect(Math.abs(count - expected), `${scene.id}: ${counts.join(', ')}`).toBeLessThanOrEqual(bound);
    }
  });

  it('shows the same order for the same attempt and scene, and keeps a fixed choice in its authored place', () => {
    const choices = ['a', 'b', 'c', 'd', 'e'].map((id) => ({ id, fixed: id === 'e' || undefined }));
    expect(orderChoices(choices, { seed: 42, sceneId: 's' })).toEqual(orderChoices(choices, { seed: 42, sceneId: 's' }));
    const orders = new Set<string>();
    for (let seed = 0; seed < 200; seed += 1) {
      const shown = orderChoices(choices, { seed, sceneId: 's' });
      expect(shown.at(-1)?.id).toBe('e');
      expect(shown.map((choice) => choice.id).sort()).toEqual(['a', 'b', 'c', 'd', 'e']);
      orders.add(shown.map((choice) => choice.id).join(''));
    }
    expect(orders.size).toBe(24);
  });
});

/** Plays a scenario pressing the first button shown in every scene (and writing a passing reply). */
function firstButtonEnding(scenario: ScenarioDefinition, seed: number): string {
  const machine = machineOf(scenario);
  let [snapshot] = initialTransition(machine);
  for (let steps = 0; steps < 100; steps += 1) {
    const position = playPosition(scenario, snapshot);
    if (position.kind === 'ending') return position.ending.rating;
    const { scene } = position;
    const event =
      scene.decision.kind === 'choices'
        ? { type: 'CHOOSE' as const, choiceId: orderChoices(visibleChoices(scene, snapshot.context), { seed, sceneId: scene.id })[0]!.id }
        : { type: 'COMPOSE' as const, text: scene.decision.kind === 'compose' ? (passingText(scene.decision.compose) ?? '') : '' };
    [snapshot] = transition(machine, snapshot, event);
  }
  throw new Error(`${scenario.id} did not end`);
}

/** The chance of reaching a best ending choosing uniformly at random (writing passing replies). */
function chanceOfBest(scenario: ScenarioDefinition): number {
  const machine = machineOf(scenario);
  const memo = new Map<string, number>();
  const visit = (snapshot: ScenarioSnapshot): number => {
    const key = JSON.stringify([snapshot.value, snapshot.context.flags, snapshot.context.counters]);
    const known = memo.get(key);
    if (known !== undefined) return known;
    const position = playPosition(scenario, snapshot);
    let chance: number;
    if (position.kind === 'ending') chance = position.ending.rating === 'best' ? 1 : 0;
    else if (position.scene.decision.kind === 'choices') {
      const visible = visibleChoices(position.scene, snapshot.context);
      chance = visible.reduce((total, choice) => total + visit(transition(machine, snapshot, { type: 'CHOOSE', choiceId: choice.id })[0]), 0) / visible.length;
    } else {
      const text = position.scene.decision.kind === 'compose' ? (passingText(position.scene.decision.compose) ?? '') : '';
      chance = visit(transition(machine, snapshot, { type: 'COMPOSE', text })[0]);
    }
    memo.set(key, chance);
    return chance;
  };
  return visit(initialTransition(machine)[0]);
}

describe('a learner who always presses the first button', () => {
  it('reaches the best ending in about as many scenarios as chance predicts, not in all nine', () => {
    const LEARNERS = 400;
    const chances = library.scenarios.map(chanceOfBest);
    const expected = chances.reduce((total, chance) => total + chance, 0);
    const variance = chances.reduce((total, chance) => total + chance * (1 - chance), 0);
    let total = 0;
    let allBest = 0;
    for (let learner = 0; learner < LEARNERS; learner += 1) {
      // Each attempt has its own seed, as the server draws one per attempt.
      const best = library.scenarios.filter((scenario, index) => firstButtonEnding(scenario, learner * 1_009 + index * 7 + 3) === 'best').length;
      total += best;
      if (best === library.scenarios.length) allBest += 1;
    }
    const mean = total / LEARNERS;
    expect(expected).toBeLessThan(library.scenarios.length / 2);
    expect(Math.abs(mean - expected)).toBeLessThanOrEqual(5 * Math.sqrt(variance / LEARNERS));
    expect(allBest).toBe(0);
  }, 60_000);
});
