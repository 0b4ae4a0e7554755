import type { CheckResult, PlayEvent, ScenarioDefinition, SceneDefinition } from '@/lib/scenario/definition';

/**
 * One decision the learner made, as the player records it and the server stores it. Pages that
 * resume an attempt rebuild these from the stored events to show "Your path" at the end.
 */
export interface PathStep {
  sceneId: string;
  event: PlayEvent;
  /** Ids of the choices that were visible when the learner decided (empty for a compose). */
  optionsShown: string[];
  /** For a compose: the verdict that counted (the server's when recorded, else the browser's). */
  checkResults?: CheckResult[];
}

/** An option that was on screen; its rendered label and feedback are looked up by `id`. */
export interface PathOption {
  id: string;
  labelText: string;
  chosen: boolean;
}

export type PathEntry = {
  /** 1-based decision number. */
  number: number;
  sceneId: string;
  heading: string;
} & (
  | { kind: 'choice'; options: PathOption[] }
  | { kind: 'compose'; text: string; checkResults: CheckResult[]; passed: boolean }
);

/** A scene's heading: its title, else "Scene N" where N is the decision number. */
export function sceneHeading(scene: Pick<SceneDefinition, 'title'> | undefined, number: number): string {
  return scene?.title ?? `Scene ${number}`;
}

/**
 * "Your path": each decision with the options that were shown and the one chosen (or, for a
 * compose, the text and its check results). Ids no longer in the definition (an
 * attempt begun on an older version) still appear, by id, rather than vanishing.
 */
export function buildPathSummary(definition: ScenarioDefinition, steps: readonly PathStep[]): PathEntry[] {
  const scenes = new Map(definition.scenes.map((scene) => [scene.id, scene]));
  return steps.map((step, index) => {
    const scene = scenes.get(step.sceneId);
    const base = { number: index + 1, sceneId: step.sceneId, heading: sceneHeading(scene, index + 1) };
    if (step.event.type === 'COMPOSE') {
      const checkResults = step.checkResults ?? [];
      return { ...base, kind: 'compose', text: step.event.text, checkResults, passed: checkResults.every((result) => result.passed) };
    }
    const chosenId = step.event.choiceId;
    const choices = scene?.decision.kind === 'choices' ? scene.decision.choices : [];
    const shown = step.optionsShown.includes(chosenId) ? step.optionsShown : [...step.optionsShown, chosenId];
    const options = shown.map((id): PathOption => {
      const choice = choices.find((candidate) => candidate.id === id);
      return { id, labelText: choice?.labelText ?? id, chosen: id === chosenId };
    });
    return { ...base, kind: 'choice', options };
  });
}
