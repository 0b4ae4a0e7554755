import { describe, expect, it } from 'vitest';
import { compileScenario } from './compiler/compile-scenario';
import { scenarioSource } from './testing/scenario-source';

/** A scenario of `labels.length` decisions; in each, the first label scores 2 and the second 0. */
function source(labels: Array<[best: string, other: string]>, options: { fixedFirst?: boolean } = {}): string {
  const scenes = labels.map(([best, other], index) => {
    const next = index + 1 < labels.length ? `s${index + 1}` : 'end';
    return `<Scene id="s${index}">
<Post author="Alex">Scene ${index}.</Post>

<Choice to="${next}" points={2}${options.fixedFirst ? ' fixed' : ''}>${best}</Choice>
<Choice to="${next}" points={0}>${other}</Choice>
</Scene>
`;
  });
  return scenarioSource({ frontmatter: ['start: s0'], omit: ['start'], body: `\n${scenes.join('\n')}\n<Ending id="end" rating="best">Done.</Ending>\n` });
}

const compile = (text: string) => compileScenario({ source: text, file: 'scenarios/test/test-scenario.mdx' });
const w104 = (text: string) => compile(text).diagnostics.filter((diagnostic) => diagnostic.code === 'W104');

describe('W104: the best choice is also the longest label in most decisions', () => {
  it('warns, naming the scenes, when length gives the answer away', () => {
    const found = w104(
      source([
        ['Reply privately and invite them to call the practice', 'Reply'],
        ['Check the policy with your manager before posting', 'Post it'],
        ['Short', 'A much longer but wrong answer'],
      ]),
    );
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: 'warning', line: 1, column: 1 });
    expect(found[0]!.message).toContain('in 2 of 3 decisions');
    expect(found[0]!.message).toContain('"s0", "s1"');
  });

  it('says nothing when the best choice is the longest in half the decisions or fewer', () => {
    expect(
      w104(
        source([
          ['Reply privately and invite them to call', 'Reply'],
          ['Ask first', 'Post the photo straight away on the practice page'],
        ]),
      ),
    ).toEqual([]);
  });

  it('does not count a tie for longest, or a scene with no single best choice', () => {
    expect(w104(source([['Same length A', 'Same length B'], ['Same length C', 'Same length D']]))).toEqual([]);
  });

  it('compiles `fixed` onto the choice, and only there', () => {
    const result = compile(source([['Pinned', 'Free']], { fixedFirst: true }));
    const scene = result.definition?.scenes[0];
    expect(scene?.decision.kind === 'choices' && scene.decision.choices.map((choice) => choice.fixed ?? false)).toEqual([true, false]);
  });
});
