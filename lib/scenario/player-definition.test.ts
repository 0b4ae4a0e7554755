import { describe, expect, it } from 'vitest';
import { playerDefinition } from './player-definition';
import { checkScenarioFiles } from './scenario-files';

describe('playerDefinition', () => {
  it('drops the example replies and keeps everything else, the model reply included', () => {
    const definition = checkScenarioFiles(['scenarios/social-media/toothache-message.mdx']).scenarios[0]!.definition;
    const sent = playerDefinition(definition);
    const compose = sent.scenes.find((scene) => scene.decision.kind === 'compose')!.decision;
    if (compose.kind !== 'compose') throw new Error('expected a compose');
    expect(compose.compose.examples).toBeUndefined();
    expect(compose.compose.model).toContain('999');
    expect(JSON.stringify(sent)).not.toContain('Nurofen every 8 hours');
    const withoutExamples = (text: string) => JSON.parse(text, (key, value) => (key === 'examples' ? undefined : value));
    expect(withoutExamples(JSON.stringify(sent))).toEqual(withoutExamples(JSON.stringify(definition)));
  });
});
