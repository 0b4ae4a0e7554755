import type { ChoiceDefinition, Decision, ScenarioDefinition } from './definition';

/** Published definitions are immutable and cached per version (read-definition.ts): so is what the player gets of each. */
const sentToPlayer = new WeakMap<ScenarioDefinition, ScenarioDefinition>();

/**
 * The definition as the browser receives it: the rules of play without the content trees the
 * server has already rendered into the player's `content` prop (renderScenario), and without the
 * authors' `<Example>` replies, which only `scenario test` and `bench:compose` use (dozens per
 * compose block, and they would show learners which replies pass before they write).
 *
 * Emptied to `[]`: every scene's and ending's `content`, every choice's `label` (its `labelText`
 * stays) and `feedback`, and every compose block's `prompt`. A choice with feedback keeps
 * `feedback: []`, so "this choice has feedback" reads the same in the browser. The model reply
 * stays: the player shows it. Sending each tree once, rendered, cuts the scenario page's payload
 * (issue 19: ~25 kB of definition per page became ~6 kB). The result is computed once per
 * definition object.
 */
export function playerDefinition(definition: ScenarioDefinition): ScenarioDefinition {
  const cached = sentToPlayer.get(definition);
  if (cached) return cached;
  const sent: ScenarioDefinition = {
    ...definition,
    scenes: definition.scenes.map((scene) => ({ ...scene, content: [], decision: withoutContent(scene.decision) })),
    endings: definition.endings.map((ending) => ({ ...ending, content: [] })),
  };
  sentToPlayer.set(definition, sent);
  return sent;
}

function withoutContent(decision: Decision): Decision {
  if (decision.kind === 'choices') return { ...decision, choices: decision.choices.map(withoutLabelAndFeedback) };
  if (decision.kind !== 'compose') return decision;
  const compose = { ...decision.compose, prompt: [] };
  delete compose.examples;
  return { ...decision, compose };
}

function withoutLabelAndFeedback(choice: ChoiceDefinition): ChoiceDefinition {
  return { ...choice, label: [], ...(choice.feedback ? { feedback: [] } : {}) };
}
