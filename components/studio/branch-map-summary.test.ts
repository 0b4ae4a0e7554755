import { describe, expect, it } from 'vitest';
import { branchMapSummary } from './branch-map-summary';

describe('branchMapSummary', () => {
  it('names one scene, ending and way in the singular', () => {
    expect(branchMapSummary({ scenes: 1, endings: 1, ways: 1, problems: 0 })).toBe('1 scene, 1 ending, 1 way between them');
  });

  it('names other counts in the plural and adds the problems', () => {
    expect(branchMapSummary({ scenes: 12, endings: 0, ways: 30, problems: 2 })).toBe('12 scenes, 0 endings, 30 ways between them; 2 with problems (unreachable or trap)');
  });
});
