import { describe, expect, it } from 'vitest';
import { isPastDue, moduleProgress, scenarioProgress, type AttemptSummary } from './progress';

const at = (iso: string) => new Date(iso);
const inProgress = (sequence: number): AttemptSummary => ({ status: 'in-progress', sequence, rating: null, completedAt: null });
const completed = (iso: string, rating: string): AttemptSummary => ({ status: 'completed', sequence: 5, rating, completedAt: at(iso) });

describe('scenarioProgress', () => {
  it('is not started without attempts', () => {
    expect(scenarioProgress([], { overdue: false }).status).toBe('not-started');
  });

  it('is not started when the scenario was only opened (an attempt with no decision yet)', () => {
    expect(scenarioProgress([inProgress(0)], { overdue: false })).toMatchObject({ status: 'not-started', decisions: 0 });
    expect(moduleProgress([scenarioProgress([inProgress(0)], { overdue: false })], { dueAt: null, now: at('2026-03-01T10:00:00Z') }).status).toBe('not-started');
  });

  it('reports decisions made in the furthest unfinished attempt', () => {
    expect(scenarioProgress([inProgress(2), inProgress(4)], { overdue: false })).toMatchObject({ status: 'in-progress', decisions: 4 });
  });

  it('counts an attempt ended at the decision limit as started, never as completed nor as the current play', () => {
    const abandoned: AttemptSummary = { status: 'abandoned', sequence: 300, rating: null, completedAt: null };
    expect(scenarioProgress([abandoned, inProgress(2)], { overdue: false })).toEqual({ status: 'in-progress', decisions: 2, completedAt: null, rating: null });
    expect(scenarioProgress([abandoned], { overdue: false })).toMatchObject({ status: 'in-progress', decisions: 0 });
  });

  it('keeps the first completion, its date and its ending rating, even after a replay', () => {
    const progress = scenarioProgress(
      [completed('2026-03-05T10:00:00Z', 'best'), completed('2026-03-01T10:00:00Z', 'poor'), inProgress(1)],
      { overdue: true },
    );
    expect(progress).toEqual({ status: 'completed', decisions: 0, completedAt: at('2026-03-01T10:00:00Z'), rating: 'poor' });
  });

  it('is overdue when the due date passed and it is not complete', () => {
    expect(scenarioProgress([inProgress(1)], { overdue: true })).toMatchObject({ status: 'overdue', decisions: 1 });
    expect(scenarioProgress([], { overdue: true }).status).toBe('overdue');
  });
});

describe('moduleProgress', () => {
  const now = at('2026-04-01T12:00:00Z');
  const done = (iso: string) => scenarioProgress([completed(iso, 'good')], { overdue: false });
  const notStarted = scenarioProgress([], { overdue: false });

  it('counts completed scenarios of the total and completes with the last of them', () => {
    expect(moduleProgress([done('2026-03-01T00:00:00Z'), notStarted], { dueAt: null, now })).toMatchObject({
      status: 'in-progress',
      completedScenarios: 1,
      totalScenarios: 2,
    });
    expect(moduleProgress([done('2026-03-01T00:00:00Z'), done('2026-03-09T00:00:00Z')], { dueAt: null, now })).toMatchObject({
      status: 'completed',
      completedAt: at('2026-03-09T00:00:00Z'),
    });
  });

  it('is overdue only once the due date has passed', () => {
    expect(moduleProgress([notStarted], { dueAt: at('2026-03-31T00:00:00Z'), now }).status).toBe('overdue');
    expect(moduleProgress([notStarted], { dueAt: at('2026-04-02T00:00:00Z'), now }).status).toBe('not-started');
    expect(isPastDue(now, now)).toBe(false);
  });

  it('is complete, not overdue, when everything was done late', () => {
    expect(moduleProgress([done('2026-03-30T00:00:00Z')], { dueAt: at('2026-03-01T00:00:00Z'), now }).status).toBe('completed');
  });
});
