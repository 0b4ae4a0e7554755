import { describe, expect, it } from 'vitest';
import { checkScenarioFiles } from './scenario-files';
import { citationPlaces } from './source-citations';
import { parseSourceRegister, sourcesNeedingReview } from './source-register';

const entry = (id: string, extra: string) => ({
  file: `scenarios/sources/${id}.yaml`,
  source: `id: ${id}\ntitle: T\npublisher: P\nchecked: 2026-01-01\nreviewBy: 2026-06-30\n${extra}\npassages:\n  - section: "1"\n`,
});

describe('guidance currency', () => {
  it('flags sources past their review-by date or superseded, and no others', () => {
    const { register, diagnostics } = parseSourceRegister([entry('due', 'status: current'), entry('replaced', 'status: superseded\nsupersededBy: new-standards')]);
    expect(diagnostics).toEqual([]);
    expect(sourcesNeedingReview(register, '2026-06-30').map((source) => source.id)).toEqual(['replaced']);
    expect(sourcesNeedingReview(register, '2026-07-01').map((source) => source.id)).toEqual(['due', 'replaced']);
  });

  it('finds every scene and ending of the library that cites a source, choice feedback included', () => {
    const { scenarios } = checkScenarioFiles(['scenarios/social-media']);
    const oneStar = scenarios.find(({ definition }) => definition.id === 'one-star-review')!.definition;
    const gdc = citationPlaces(oneStar).filter((citation) => citation.sourceId === 'gdc-standards');
    expect(gdc.map((citation) => [citation.place, citation.section])).toEqual([
      ['the-review', '4.2.3'],
      ['the-records', '4.2.3'],
      ['public-rebuttal', '4.2.3'],
    ]);
  });
});
