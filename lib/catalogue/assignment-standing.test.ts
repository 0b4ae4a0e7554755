import { describe, expect, it } from 'vitest';
import { endOfUkDay } from '@/lib/cpd/plain-date';
import { assignmentStanding, withStandings } from './assignment-standing';

// 10:00 on Monday 23 November 2026, UK time (GMT).
const now = new Date('2026-11-23T10:00:00Z');

describe('assignmentStanding', () => {
  it('is done once the module is complete, whatever the date', () => {
    expect(assignmentStanding({ dueAt: endOfUkDay('2026-11-01'), complete: true, now })).toBe('done');
  });

  it('is overdue only after the end of the due UK day', () => {
    expect(assignmentStanding({ dueAt: endOfUkDay('2026-11-22'), complete: false, now })).toBe('overdue');
    expect(assignmentStanding({ dueAt: endOfUkDay('2026-11-23'), complete: false, now })).toBe('due-soon');
  });

  it('is due soon for the seven UK days from today, then due later', () => {
    expect(assignmentStanding({ dueAt: endOfUkDay('2026-11-29'), complete: false, now })).toBe('due-soon');
    expect(assignmentStanding({ dueAt: endOfUkDay('2026-11-30'), complete: false, now })).toBe('due-later');
  });

  it('reads the due day on the UK calendar in summer time', () => {
    // 23:30 UTC on 30 June is 00:30 on 1 July in London: the 1 July due date is today, not tomorrow.
    const summer = new Date('2026-06-30T23:30:00Z');
    expect(assignmentStanding({ dueAt: endOfUkDay('2026-07-07'), complete: false, now: summer })).toBe('due-soon');
    expect(assignmentStanding({ dueAt: endOfUkDay('2026-07-08'), complete: false, now: summer })).toBe('due-later');
  });

  it('has no date when the practice set none', () => {
    expect(assignmentStanding({ dueAt: null, complete: false, now })).toBe('no-date');
  });
});

describe('withStandings', () => {
  const halfDone = { id: 'm', completed: 1, scenarios: ['a', 'b'] };
  const due = endOfUkDay('2026-11-20');

  it('counts a module complete when every scenario is, or its certificate is held', () => {
    expect(withStandings([{ moduleId: 'm', dueAt: due, certified: false }], [halfDone], now)[0]?.standing).toBe('overdue');
    expect(withStandings([{ moduleId: 'm', dueAt: due, certified: false }], [{ ...halfDone, completed: 2 }], now)[0]?.standing).toBe('done');
    expect(withStandings([{ moduleId: 'm', dueAt: due, certified: true }], [halfDone], now)[0]?.standing).toBe('done');
  });

  it('never counts a module with no scenarios shown as complete', () => {
    expect(withStandings([{ moduleId: 'gone', dueAt: null, certified: false }], [], now)[0]?.standing).toBe('no-date');
  });
});
