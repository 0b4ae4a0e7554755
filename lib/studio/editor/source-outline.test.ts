import { describe, expect, it } from 'vitest';
import { locate, scenarioSource } from '@/lib/scenario/testing/scenario-source';
import { compileScenarioWithTree } from '@/lib/scenario/compiler/compile-scenario';
import { analyseDraft } from './analyse-draft';
import { readSourceOutline } from './source-outline';

const SOURCE = scenarioSource({
  frontmatter: ['variables:', '  careful: {type: flag}', '  risk: {type: counter}', 'start: second'],
  body: `
<Scene id="first" title="The post">
<Post author="Alex">Hello</Post>

<Choice to="second" set="careful">
Reply *kindly*

<Feedback>
Good.
</Feedback>
</Choice>
<Choice to="end" when="careful">Leave it</Choice>
</Scene>

<Scene id="second">
<Route to="end" when="risk > 1" />
<Compose pass="end" fail="bad" checks="short">
Write.
</Compose>
</Scene>

<Ending id="end" rating="best" title="Done">Well done.</Ending>

<Ending id="bad" rating="poor">Not ideal.</Ending>
`,
});

describe('reading a draft outline', () => {
  const outline = readSourceOutline(SOURCE)!;

  it('reads the variables and start from the frontmatter', () => {
    expect(outline.variables).toEqual([
      { name: 'careful', type: 'flag' },
      { name: 'risk', type: 'counter' },
    ]);
    expect(outline.start).toBe('second');
  });

  it('finds scenes with their lines, and choices numbered as the compiler numbers them', () => {
    expect(outline.scenes.map((scene) => [scene.id, scene.line])).toEqual([
      ['first', locate(SOURCE, '<Scene id="first"').line],
      ['second', locate(SOURCE, '<Scene id="second"').line],
    ]);
    expect(outline.scenes[0]!.choices).toEqual([
      { choiceId: 'first.1', to: 'second', label: 'Reply kindly', line: locate(SOURCE, '<Choice to="second"').line },
      { choiceId: 'first.2', to: 'end', label: 'Leave it', line: locate(SOURCE, '<Choice to="end"').line },
    ]);
  });

  it('finds routes, the written reply and endings with their ratings', () => {
    const second = outline.scenes[1]!;
    expect(second.routes).toEqual([{ to: 'end', when: 'risk > 1', line: locate(SOURCE, '<Route').line }]);
    expect(second.compose).toEqual({ pass: 'end', fail: 'bad', line: locate(SOURCE, '<Compose').line });
    expect(outline.endings).toEqual([
      { id: 'end', title: 'Done', rating: 'best', line: locate(SOURCE, '<Ending id="end"').line },
      { id: 'bad', rating: 'poor', line: locate(SOURCE, '<Ending id="bad"').line },
    ]);
  });

  it('gives nothing for MDX that cannot be parsed, and an empty outline for an empty draft', () => {
    expect(readSourceOutline('<Scene id="x">\n{oops\n')).toBeUndefined();
    expect(readSourceOutline('')).toEqual({ variables: [], scenes: [], endings: [] });
  });
});

describe('the outline from the compiler’s own parse', () => {
  it('is the outline a separate parse reads, with and without compile errors', () => {
    const broken = SOURCE.replace('<Choice to="end" when="careful">', '<Choice to="nowhere" when="careful">');
    for (const source of [SOURCE, broken]) {
      expect(compileScenarioWithTree({ source, file: 'draft' }).syntaxTree).toBeDefined();
      expect(analyseDraft(source, undefined).outline).toEqual(readSourceOutline(source));
    }
  });

  it('is absent, as before, when the MDX cannot be parsed at all', () => {
    const unparsable = SOURCE.replace('<Scene id="second">', '<Scene id="second"');
    expect(readSourceOutline(unparsable)).toBeUndefined();
    expect(analyseDraft(unparsable, undefined).outline).toBeUndefined();
  });
});
