import { describe, expect, it } from 'vitest';
import { completeAt, type CompletionNames } from './completion';
import { readSourceOutline } from './source-outline';

const DRAFT = `---
id: x
variables:
  careful: {type: flag}
  risk: {type: counter}
---

<Scene id="first" title="The post">
<Choice to="end">
Go
</Choice>
</Scene>

<Ending id="end" rating="best">Done.</Ending>
`;

const names: CompletionNames = { outline: readSourceOutline(DRAFT), sourceIds: ['gdc-social', 'ddu'] };

/** Completion with the cursor at `|` in `typed`, appended to the draft. */
function at(typed: string) {
  const text = `${DRAFT}\n${typed.replace('|', '')}`;
  const result = completeAt(text, DRAFT.length + 1 + typed.indexOf('|'), names);
  return result && { typedFrom: result.from - DRAFT.length - 1, labels: result.options.map((option) => option.label) };
}

describe('completion in the scenario editor', () => {
  it('offers component names after <, from where the name starts', () => {
    expect(at('<|')?.labels).toEqual(expect.arrayContaining(['Scene', 'Choice', 'Post', 'Guidance', 'Show']));
    expect(at('<Cho|')).toMatchObject({ typedFrom: 1 });
    expect(at('</Sce|')).toMatchObject({ typedFrom: 2 });
  });

  it('offers a component’s attributes not yet written, inserting name=', () => {
    const result = at('<Choice to="end" |');
    expect(result?.labels).toEqual(['set', 'clear', 'add', 'points', 'when', 'fixed']);
    expect(completeAt('<Choice p', 9, names)?.options.find((option) => option.label === 'points')?.apply).toBe('points={');
  });

  it('offers scene and ending ids for targets, flags for set, counters for add', () => {
    expect(at('<Choice to="|')?.labels).toEqual(['first', 'end']);
    expect(at('<Compose pass="end" fail="fi|')).toMatchObject({ typedFrom: 26, labels: ['first', 'end'] });
    expect(at('<Choice to="end" set="|')?.labels).toEqual(['careful']);
    expect(at('<Choice to="end" add="risk:1 |')?.labels).toEqual(['risk']);
  });

  it('offers variables and and/or/not in conditions, sources, checks and enumerated values', () => {
    expect(at('<Show when="careful and r|')).toMatchObject({ labels: ['careful', 'risk', 'and', 'or', 'not'], typedFrom: 24 });
    expect(at('<Guidance source="|')?.labels).toEqual(['gdc-social', 'ddu']);
    expect(at('<Compose checks="short |')?.labels).toContain('neutral-tone');
    expect(at('<Ending id="x" rating="|')?.labels).toEqual(['best', 'good', 'poor', 'serious']);
  });

  it('offers nothing outside tags, in free text attributes, or for unknown components', () => {
    expect(at('Some text |')).toBeNull();
    expect(at('<Scene id="first" title="|')).toBeNull();
    expect(at('<Nonsense |')).toBeNull();
    expect(at('<Choice to="end">Go|')).toBeNull();
  });
});
