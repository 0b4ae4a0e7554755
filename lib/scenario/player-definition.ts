import type { ScenarioDefinition } from './definition';

/**
 * The definition as the browser receives it: without the authors' `<Example>` replies, which
 * only `scenario test` and `bench:compose` use (dozens per compose block, and they would show
 * learners which replies pass before they write). The model reply stays: the player shows it.
 */
export function playerDefinition(definition: ScenarioDefinition): ScenarioDefinition {
  return {
    ...definition,
    scenes: definition.scenes.map((scene) => {
      if (scene.decision.kind !== 'compose' || scene.decision.compose.examples === undefined) return scene;
      const compose = { ...scene.decision.compose };
      delete compose.examples;
      return { ...scene, decision: { kind: 'compose', compose } };
    }),
  };
}
