import { describe, expect, it } from 'vitest';
import type { ScenarioDefinition } from './definition';
import { playerDefinition } from './player-definition';
import { checkScenarioFiles } from './scenario-files';

const definition = checkScenarioFiles(['scenarios/social-media/toothache-message.mdx']).scenarios[0]!.definition;

/** The definition with every content tree and example reply taken out: the rules of play. */
function rulesOf(scenario: ScenarioDefinition): unknown {
  const contentKeys = new Set(['content', 'label', 'feedback', 'prompt', 'examples']);
  return JSON.parse(JSON.stringify(scenario), (key, value: unknown) => (contentKeys.has(key) ? undefined : value));
}

describe('playerDefinition', () => {
  it('drops the example replies and keeps the model reply', () => {
    const sent = playerDefinition(definition);
    const compose = sent.scenes.find((scene) => scene.decision.kind === 'compose')!.decision;
    if (compose.kind !== 'compose') throw new Error('expected a compose');
    expect(compose.compose.examples).toBeUndefined();
    expect(compose.compose.model).toContain('999');
    expect(JSON.stringify(sent)).not.toContain('Nurofen every 8 hours');
  });

  it('sends the browser the rules of play but not the content the server renders for it', () => {
    const sent = playerDefinition(definition);
    expect(rulesOf(sent)).toEqual(rulesOf(definition));
    // The opening scene's first words, a choice's label and its feedback are in the rendered content only.
    const text = JSON.stringify(sent);
    const firstWords = JSON.stringify(definition.scenes[0]!.content).match(/"value":"([^"]{20,})"/)?.[1];
    expect(firstWords).toBeDefined();
    expect(text).not.toContain(firstWords!);
    const choices = definition.scenes.flatMap((scene) => (scene.decision.kind === 'choices' ? scene.decision.choices : []));
    const sentChoices = sent.scenes.flatMap((scene) => (scene.decision.kind === 'choices' ? scene.decision.choices : []));
    expect(sentChoices.map((choice) => choice.labelText)).toEqual(choices.map((choice) => choice.labelText));
    // Which choices have feedback is still known to the player: it decides whether to show any.
    expect(sentChoices.map((choice) => choice.feedback !== undefined)).toEqual(choices.map((choice) => choice.feedback !== undefined));
    expect(text.length).toBeLessThan(JSON.stringify(definition).length / 2);
  });

  it('gives the same object for the same definition, as versions never change', () => {
    expect(playerDefinition(definition)).toBe(playerDefinition(definition));
  });
});
