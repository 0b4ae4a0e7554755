/**
 * Finds ways through the real scenario library for the end-to-end tests, so they follow the
 * content instead of hard-coding it: the shortest sequence of decisions that reaches a given
 * ending rating, scene or compose outcome, found by breadth-first search over the compiled
 * machine (the same machine the player runs).
 */
import path from 'node:path';
import { initialTransition, transition } from 'xstate';
import type { BlockNode, ComponentNode, ContentComponentName, Rating, ScenarioDefinition } from '@/lib/scenario/definition';
import { composePasses } from '@/lib/scenario/compose-checks';
import { failingText, passingText } from '@/lib/scenario/runtime/explore';
import { playPosition, toMachine, visibleChoices } from '@/lib/scenario/runtime/machine';
import { checkScenarioFiles } from '@/lib/scenario/scenario-files';

export type Step =
  | { kind: 'choice'; sceneId: string; choiceId: string; label: string }
  | { kind: 'compose'; sceneId: string; text: string; passes: boolean };

export interface Library {
  moduleId: string;
  scenarios: ScenarioDefinition[];
}

/** The module's scenarios in module order, compiled from `scenarios/`. */
export function loadLibrary(): Library {
  const checked = checkScenarioFiles([path.resolve('scenarios')]);
  const library = checked.modules[0]?.definition;
  if (!library) throw new Error('No module found under scenarios/');
  const byId = new Map(checked.scenarios.map(({ definition }) => [definition.id, definition]));
  return { moduleId: library.id, scenarios: library.scenarios.map((id) => byId.get(id) as ScenarioDefinition) };
}

type Goal = (position: { kind: 'scene'; sceneId: string } | { kind: 'ending'; rating: Rating; endingId: string }, steps: Step[]) => boolean;

/** The shortest path from the start to a position the goal accepts, or undefined. */
export function findPath(definition: ScenarioDefinition, goal: Goal, maxStates = 20_000): Step[] | undefined {
  const machine = toMachine(definition, composePasses);
  const [start] = initialTransition(machine);
  const queue: Array<{ snapshot: typeof start; steps: Step[] }> = [{ snapshot: start, steps: [] }];
  const seen = new Set<string>();
  while (queue.length > 0 && seen.size < maxStates) {
    const { snapshot, steps } = queue.shift() as (typeof queue)[number];
    const key = JSON.stringify([snapshot.value, snapshot.context.flags, snapshot.context.counters, steps.some((step) => step.kind === 'compose' && !step.passes)]);
    if (seen.has(key)) continue;
    seen.add(key);
    const position = playPosition(definition, snapshot);
    if (position.kind === 'ending') {
      if (goal({ kind: 'ending', rating: position.ending.rating, endingId: position.ending.id }, steps)) return steps;
      continue;
    }
    const scene = position.scene;
    if (goal({ kind: 'scene', sceneId: scene.id }, steps)) return steps;
    if (scene.decision.kind === 'choices') {
      for (const choice of visibleChoices(scene, snapshot.context)) {
        const [next] = transition(machine, snapshot, { type: 'CHOOSE', choiceId: choice.id });
        queue.push({ snapshot: next, steps: [...steps, { kind: 'choice', sceneId: scene.id, choiceId: choice.id, label: choice.labelText }] });
      }
    } else if (scene.decision.kind === 'compose') {
      for (const [text, passes] of [
        [passingText(scene.decision.compose), true],
        [failingText(scene.decision.compose), false],
      ] as const) {
        if (text === undefined) continue;
        const [next] = transition(machine, snapshot, { type: 'COMPOSE', text });
        queue.push({ snapshot: next, steps: [...steps, { kind: 'compose', sceneId: scene.id, text, passes }] });
      }
    }
  }
  return undefined;
}

/** Every content component used in a block tree, recursively. */
export function componentsIn(blocks: readonly BlockNode[]): Set<ContentComponentName> {
  const found = new Set<ContentComponentName>();
  const visit = (nodes: readonly BlockNode[]) => {
    for (const node of nodes) {
      if (node.type === 'component') {
        found.add((node as ComponentNode).name);
        visit(node.children);
      } else if (node.type === 'blockquote') visit(node.children);
      else if (node.type === 'list') node.items.forEach(visit);
    }
  };
  visit(blocks);
  return found;
}
