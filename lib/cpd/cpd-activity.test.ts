import { describe, expect, it } from 'vitest';
import { externalCpdActivity } from './cpd-activity';

const row = {
  id: 'e1',
  title: 'Radiography update',
  provider: 'Deanery',
  minutes: 150,
  outcomes: 'ca',
  reflectionDone: false,
};

describe('externalCpdActivity', () => {
  it('keeps the day the learner picked, whether saved as UTC midnight or UK midnight in summer', () => {
    expect(externalCpdActivity({ ...row, completedOn: new Date('2026-08-01T00:00:00Z') }).completedOn).toBe('2026-08-01');
    expect(externalCpdActivity({ ...row, completedOn: new Date('2026-07-31T23:00:00Z') }).completedOn).toBe('2026-08-01');
  });

  it('reads the stored outcome letters', () => {
    expect(externalCpdActivity({ ...row, completedOn: new Date('2026-03-01T00:00:00Z') })).toEqual({
      id: 'e1',
      source: 'external',
      title: 'Radiography update',
      provider: 'Deanery',
      completedOn: '2026-03-01',
      minutes: 150,
      outcomes: ['A', 'C'],
      reflectionDone: false,
    });
  });
});
