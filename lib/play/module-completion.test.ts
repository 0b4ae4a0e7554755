import { describe, expect, it } from 'vitest';
import { catalogueStatus, learnerModuleCompletion } from './module-completion';

const at = (iso: string) => new Date(iso);
const done = (scenarioId: string, iso: string) => ({ scenarioId, status: 'completed', sequence: 3, rating: 'good', completedAt: at(iso) });
const playing = (scenarioId: string, sequence: number) => ({ scenarioId, status: 'in-progress', sequence, rating: null, completedAt: null });

describe('learnerModuleCompletion', () => {
  it('keeps a scenario completed when it is played again, dated by its first ending', () => {
    const result = learnerModuleCompletion({ scenarioIds: ['a', 'b'], attempts: [done('a', '2026-03-02T10:00:00Z'), done('a', '2026-03-05T10:00:00Z'), playing('a', 1)] });
    expect(result).toMatchObject({ completed: 1, total: 2 });
    expect(result.scenarios[0]!.progress).toMatchObject({ status: 'completed', completedAt: at('2026-03-02T10:00:00Z') });
    expect(catalogueStatus(result.scenarios[0]!.progress, [])).toEqual({ kind: 'completed', rating: 'good', completedAt: at('2026-03-02T10:00:00Z'), replay: null });
    expect(catalogueStatus(result.scenarios[1]!.progress, [])).toEqual({ kind: 'not-started' });
  });

  it('counts only the scenarios of the module version, whatever else was played', () => {
    const result = learnerModuleCompletion({ scenarioIds: ['a'], attempts: [done('a', '2026-03-02T10:00:00Z'), done('removed', '2026-03-01T10:00:00Z')] });
    expect(result).toMatchObject({ completed: 1, total: 1 });
    expect(result.scenarios.map((scenario) => scenario.id)).toEqual(['a']);
  });

  it('reports decisions made in an unfinished scenario', () => {
    const result = learnerModuleCompletion({ scenarioIds: ['a'], attempts: [playing('a', 2)] });
    expect(catalogueStatus(result.scenarios[0]!.progress, [playing('a', 2)])).toEqual({ kind: 'in-progress', decisionsMade: 2 });
  });

  it('keeps a completed scenario completed, dated by its first ending, and says a replay is open with its decisions', () => {
    const attempts = [done('a', '2026-03-02T10:00:00Z'), playing('a', 1)];
    const result = learnerModuleCompletion({ scenarioIds: ['a'], attempts });
    expect(catalogueStatus(result.scenarios[0]!.progress, attempts)).toEqual({
      kind: 'completed',
      rating: 'good',
      completedAt: at('2026-03-02T10:00:00Z'),
      replay: { decisionsMade: 1 },
    });
    // "Play again" pressed, no decision yet: the replay is open all the same.
    expect(catalogueStatus(result.scenarios[0]!.progress, [done('a', '2026-03-02T10:00:00Z'), playing('a', 0)])).toMatchObject({ replay: { decisionsMade: 0 } });
  });
});
