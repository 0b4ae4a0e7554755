import { describe, expect, it } from 'vitest';
import { teamCpdActivity } from './team-cpd-activity';

const row = {
  id: 't1',
  scenarioTitle: 'The one-star review',
  practiceName: 'Harbourside Dental',
  completedAt: new Date('2026-07-31T23:30:00Z'),
  minutes: 47,
  scenarioOutcomes: ['D', 'A'],
  reflection: 'Reply offline.',
};

describe('teamCpdActivity', () => {
  it('dates a session on the UK calendar day it ended, with the scenario outcomes and the reflection', () => {
    // 23:30 UTC on 31 July is 00:30 on 1 August in British Summer Time: the next DCP CPD year.
    expect(teamCpdActivity(row)).toEqual({
      id: 't1',
      source: 'team',
      title: 'The one-star review',
      provider: 'Team session at Harbourside Dental (Postwise)',
      completedOn: '2026-08-01',
      minutes: 47,
      outcomes: ['A', 'D'],
      reflectionDone: true,
      reflection: 'Reply offline.',
    });
  });

  it('reads no outcomes from a definition without valid letters, and an empty reflection as not done', () => {
    expect(teamCpdActivity({ ...row, scenarioOutcomes: undefined, reflection: '  ' })).toMatchObject({ outcomes: [], reflectionDone: false });
    expect(teamCpdActivity({ ...row, scenarioOutcomes: ['E'] }).outcomes).toEqual([]);
  });
});
