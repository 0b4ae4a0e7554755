import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MIN_EXAMPLES_EACH } from '@/lib/scenario/compose-examples';
import { runScenarioExamples } from '@/lib/scenario/compose-examples-run';
import { checkScenarioFiles } from '@/lib/scenario/scenario-files';

/**
 * The library's rule for written replies (issue 13): every <Compose> carries at least
 * MIN_EXAMPLES_EACH good and bad example replies, and the checks agree with every one of them.
 */
const scenarios = checkScenarioFiles([join(process.cwd(), 'scenarios')]).scenarios.map(({ definition }) => definition);
const blocks = scenarios.flatMap((definition) =>
  definition.scenes.flatMap((scene) => (scene.decision.kind === 'compose' ? [{ name: `${definition.id}/${scene.id}`, compose: scene.decision.compose }] : [])),
);

describe('compose examples in the library', () => {
  it('the library has written replies to judge', () => {
    expect(blocks.length).toBeGreaterThan(0);
  });

  it.each(blocks)(`$name has at least ${MIN_EXAMPLES_EACH} good and ${MIN_EXAMPLES_EACH} bad examples and a model reply`, ({ compose }) => {
    const examples = compose.examples ?? [];
    expect(examples.filter((example) => example.verdict === 'pass').length).toBeGreaterThanOrEqual(MIN_EXAMPLES_EACH);
    expect(examples.filter((example) => example.verdict === 'fail').length).toBeGreaterThanOrEqual(MIN_EXAMPLES_EACH);
    expect(compose.model).toBeTruthy();
  });

  it.each(scenarios.filter((definition) => blocks.some((block) => block.name.startsWith(`${definition.id}/`))))(
    '$id: the checks agree with every example, and accept no unsafe reply',
    (definition) => {
      const { outcomes } = runScenarioExamples(definition);
      expect(outcomes.filter((outcome) => !outcome.agrees).map((outcome) => outcome.example.text)).toEqual([]);
      expect(outcomes.filter((outcome) => outcome.unsafeAccepted)).toEqual([]);
    },
  );
});
