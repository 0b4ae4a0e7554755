import { describe, expect, it } from 'vitest';
import { REGISTRANT_TYPES } from '@/lib/cpd/registrant-types';
import { AUDIENCES } from '@/lib/scenario/definition';
import { isRecommendedFor, learnerAudiences, TEAM_ROLES } from './learner-audience';

describe('learner audiences', () => {
  it('maps every registrant type and team role to a scenario audience', () => {
    for (const registrantType of REGISTRANT_TYPES) expect(AUDIENCES).toContain(learnerAudiences({ registrantType, teamRole: null })[0]);
    for (const teamRole of TEAM_ROLES) expect(learnerAudiences({ registrantType: null, teamRole })).toEqual([teamRole]);
    expect(learnerAudiences({ registrantType: 'orthodontic-therapist', teamRole: 'practice-manager' })).toEqual(['therapist', 'practice-manager']);
    expect(learnerAudiences({ registrantType: null, teamRole: null })).toEqual([]);
  });

  it('recommends a scenario only when it names one of the learner’s audiences', () => {
    expect(isRecommendedFor(['technician'], ['technician'])).toBe(true);
    expect(isRecommendedFor(['dentist', 'practice-manager'], ['receptionist'])).toBe(false);
    expect(isRecommendedFor(undefined, ['dentist'])).toBe(false);
    expect(isRecommendedFor(['dentist'], [])).toBe(false);
  });
});
