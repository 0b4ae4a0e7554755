import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileScenario } from '@/lib/scenario/compiler/compile-scenario';
import type { ScenarioDefinition } from '@/lib/scenario/definition';
import { visibleChoices } from '@/lib/scenario/runtime/machine';
import { readTrialPath, replayTrialPath, TRIAL_PATH_MAX_DECISIONS, trialPathQuery, VERSION_LENGTH } from './trial-path';

function fixture(): ScenarioDefinition {
  const source = readFileSync(new URL('../../tests/fixtures/scenarios/valid/night-out-photo.mdx', import.meta.url), 'utf8');
  const result = compileScenario({ source, file: 'night-out-photo.mdx' });
  expect(result.diagnostics).toEqual([]);
  return result.definition!;
}

const definition = fixture();
const version = definition.contentHash.slice(0, VERSION_LENGTH);
/** The id of the n-th (1-based) choice the scene shows at the start, in the authored order. */
function choiceAt(sceneId: string, n: number): string {
  const scene = definition.scenes.find((candidate) => candidate.id === sceneId)!;
  return visibleChoices(scene, { points: 0, flags: {}, counters: {} } as never)[n - 1]!.id;
}

describe('trial paths in a link', () => {
  it('round-trips through the query string', () => {
    const path = { version, choiceSeed: 42, choiceIds: ['photo.1', 'look.3'] };
    expect(readTrialPath(Object.fromEntries(new URLSearchParams(trialPathQuery(path))))).toEqual(path);
  });

  it('reads anything malformed as no path at all', () => {
    expect(readTrialPath({ v: version, seed: '42' })).toBeNull();
    expect(readTrialPath({ v: version, seed: '-1', path: 'photo.1' })).toBeNull();
    expect(readTrialPath({ v: version, seed: 'x', path: 'photo.1' })).toBeNull();
    expect(readTrialPath({ v: version, seed: '1', path: '' })).toBeNull();
    expect(readTrialPath({ v: version, seed: '1', path: 'photo' })).toBeNull();
    expect(readTrialPath({ v: version, seed: '1', path: Array.from({ length: TRIAL_PATH_MAX_DECISIONS + 1 }, () => 'photo.1').join('~') })).toBeNull();
  });
});

describe('replaying a trial path', () => {
  it('replays the choices through the machine to the ending they reach, with the options shown', () => {
    const ignore = choiceAt('photo', 3);
    const replay = replayTrialPath(definition, { version, choiceSeed: 7, choiceIds: [ignore] });
    expect(replay).toMatchObject({ ok: true, position: { kind: 'ending', ending: { id: 'poor-end' } }, context: { points: -1 } });
    if (!replay.ok) return;
    expect(replay.decisions).toHaveLength(1);
    expect(replay.decisions[0]).toMatchObject({ sceneId: 'photo', choiceId: ignore });
    expect([...replay.decisions[0]!.optionsShown].sort()).toEqual([choiceAt('photo', 1), choiceAt('photo', 2), ignore].sort());
  });

  it('stops where the path stops, waiting at that scene', () => {
    const replay = replayTrialPath(definition, { version, choiceSeed: 7, choiceIds: [choiceAt('photo', 1)] });
    expect(replay).toMatchObject({ ok: true, position: { kind: 'scene', scene: { id: 'look' } } });
  });

  it('refuses a choice the scene does not offer there (a tampered link)', () => {
    expect(replayTrialPath(definition, { version, choiceSeed: 7, choiceIds: [choiceAt('photo', 1), 'photo.9'] })).toMatchObject({
      ok: false,
      reason: 'tampered',
      message: expect.stringContaining('Decision 2 of the trial in this link is not one the scenario offers'),
    });
  });

  it('refuses a path played on another version (a stale link)', () => {
    const other = version.startsWith('0') ? `1${version.slice(1)}` : `0${version.slice(1)}`;
    expect(replayTrialPath(definition, { version: other, choiceSeed: 7, choiceIds: [choiceAt('photo', 3)] })).toMatchObject({ ok: false, reason: 'stale' });
    expect(replayTrialPath(definition, { version: version.slice(0, 4), choiceSeed: 7, choiceIds: [choiceAt('photo', 3)] })).toMatchObject({ ok: false, reason: 'stale' });
  });
});
