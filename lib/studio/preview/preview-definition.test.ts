import { createActor } from 'xstate';
import { describe, expect, it } from 'vitest';
import { compileScenario } from '@/lib/scenario/compiler/compile-scenario';
import { toMachine } from '@/lib/scenario/runtime/machine';
import { scenarioSource } from '@/lib/scenario/testing/scenario-source';
import { defaultPreviewStart, previewDefinition } from './preview-definition';

const { definition } = compileScenario({
  file: 'test-scenario.mdx',
  source: scenarioSource({
    frontmatter: ['variables:', '  careful: {type: flag}', '  risk: {type: counter, initial: 1}'],
    body: `
<Scene id="first">
<Post author="A">Hi</Post>

<Choice to="second" set="careful">Careful</Choice>
<Choice to="second" add="risk">Risky</Choice>
</Scene>

<Scene id="second">
<Route to="bad" when="risk >= 3" />
<Choice to="good" when="careful">Finish well</Choice>
<Choice to="bad">Finish</Choice>
</Scene>

<Ending id="good" rating="best">Yes.</Ending>

<Ending id="bad" rating="poor">No.</Ending>
`,
  }),
});

function startedAt(start: Parameters<typeof previewDefinition>[1]) {
  const actor = createActor(toMachine(previewDefinition(definition!, start), () => false)).start();
  return actor.getSnapshot();
}

describe('where the preview starts', () => {
  it('defaults to the draft’s start and declared initial values', () => {
    expect(definition).toBeDefined();
    expect(defaultPreviewStart(definition!)).toEqual({ sceneId: 'first', flags: { careful: false }, counters: { risk: 1 } });
  });

  it('starts the real machine at the chosen scene with the chosen flags and counters', () => {
    const snapshot = startedAt({ sceneId: 'second', flags: { careful: true }, counters: { risk: 2 } });
    expect(snapshot.value).toBe('second');
    expect(snapshot.context).toMatchObject({ flags: { careful: true }, counters: { risk: 2 }, visited: ['second'] });
  });

  it('follows a route that holds on arrival, as a learner would', () => {
    const snapshot = startedAt({ sceneId: 'second', flags: {}, counters: { risk: 3 } });
    expect(snapshot.value).toBe('bad');
    expect(snapshot.status).toBe('done');
  });

  it('ignores a scene the draft no longer has and values of the wrong type', () => {
    const snapshot = startedAt({ sceneId: 'gone', flags: { careful: 1 as unknown as boolean, ghost: true }, counters: { risk: 1.5 } });
    expect(snapshot.value).toBe('first');
    expect(snapshot.context).toMatchObject({ flags: { careful: false }, counters: { risk: 1 } });
  });
});
