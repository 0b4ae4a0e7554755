import { describe, expect, it } from 'vitest';
import { voteSpread } from './vote-spread';

describe('voteSpread', () => {
  it('counts votes in the order shown and names a single leader', () => {
    expect(voteSpread(['s.2', 's.1', 's.3'], ['s.1', 's.2', 's.1'])).toEqual({
      rows: [
        { choiceId: 's.2', votes: 1 },
        { choiceId: 's.1', votes: 2 },
        { choiceId: 's.3', votes: 0 },
      ],
      total: 3,
      leader: 's.1',
    });
  });

  it('names no leader for a tie or no votes, so the presenter picks', () => {
    expect(voteSpread(['a.1', 'a.2'], ['a.1', 'a.2']).leader).toBeUndefined();
    expect(voteSpread(['a.1', 'a.2'], []).leader).toBeUndefined();
  });

  it('ignores votes for a choice that is not on screen', () => {
    expect(voteSpread(['a.1'], ['a.1', 'b.1'])).toEqual({ rows: [{ choiceId: 'a.1', votes: 1 }], total: 1, leader: 'a.1' });
  });
});
