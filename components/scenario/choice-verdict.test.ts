import { describe, expect, it } from 'vitest';
import { choiceVerdict } from './choice-verdict';

describe('choice verdicts', () => {
  it('reads the verdict from the points the author gave the choice', () => {
    expect(choiceVerdict(3).label).toBe('Safer choice');
    expect(choiceVerdict(2).label).toBe('Safer choice');
    expect(choiceVerdict(1).label).toBe('Reasonable, could be better');
    expect(choiceVerdict(0).label).toBe('Partly right');
    expect(choiceVerdict(-1)).toEqual({ label: 'Risky choice', tone: 'risky' });
  });
});
