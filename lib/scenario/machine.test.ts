import { readFileSync } from 'node:fs';
import { createActor } from 'xstate';
import { describe, expect, it } from 'vitest';
import { compileScenario } from './compiler/compile-scenario';
import { composePasses } from './compose-checks';
import type { ScenarioDefinition } from './definition';
import { playPosition, toMachine, visibleChoices } from './runtime/machine';
import { PlayPathError, playPath } from './runtime/play-path';

const FIXTURE = new URL('../../tests/fixtures/scenarios/valid/night-out-photo.mdx', import.meta.url);
const PASSING_REPLY = 'Thank you for your message. Please contact the practice directly, or speak to your own dentist, GP or NHS 111.';

function fixture(): ScenarioDefinition {
  const result = compileScenario({ source: readFileSync(FIXTURE, 'utf8'), file: 'night-out-photo.mdx' });
  expect(result.diagnostics).toEqual([]);
  return result.definition!;
}

describe('playing through the machine', () => {
  const definition = fixture();

  it('applies flags, counters and points from the choices made', () => {
    const result = playPath(definition, [2]);
    expect(result).toMatchObject({ waitingAt: 'message', ending: null, points: 2, flags: { askedColleague: true }, counters: { clues: 0 } });
  });

  it('hides choices whose `when` fails, and numbers only the visible ones', () => {
    // In "look" the third choice shows while clues < 2; after zooming once more it is hidden.
    const once = playPath(definition, [1]);
    expect(once.counters.clues).toBe(1);
    const twice = playPath(definition, [1, 3]);
    expect(twice).toMatchObject({ waitingAt: 'look', counters: { clues: 2 }, visited: ['photo', 'look', 'look'] });
    expect(() => playPath(definition, [1, 3, 3])).toThrow(/step 3: scene "look" shows 2 choices, so 3 is out of range/);
    expect(playPath(definition, [1, 3, 2])).toMatchObject({ ending: 'poor-end', rating: 'poor' });
  });

  it('follows routes at once and lists the scenes they leave in visited', () => {
    expect(playPath(definition, [1, 3, 1])).toMatchObject({ visited: ['photo', 'look', 'look', 'message', 'reply'], waitingAt: 'reply' });
    expect(playPath(definition, [3])).toMatchObject({ visited: ['photo', 'ignore', 'poor-end'], ending: 'poor-end', points: -1 });
  });

  it('goes to pass (adding points) when every check passes, and to fail otherwise', () => {
    const passed = playPath(definition, [2, 'Please do not share this photo any further, thank you.']);
    expect(passed).toMatchObject({ ending: 'good-end', rating: 'best', points: 5 });
    const failed = playPath(definition, [2, 'Mrs Okafor was here on Tuesday, please remove it.']);
    expect(failed).toMatchObject({ ending: 'poor-end', points: 2, visited: ['photo', 'message', 'ignore', 'poor-end'] });
    expect(playPath(definition, [1, 3, 1, PASSING_REPLY])).toMatchObject({ ending: 'good-end' });
  });

  it('rejects a string where a choice is due and a number where a reply is due', () => {
    expect(() => playPath(definition, ['hello'])).toThrow(PlayPathError);
    expect(() => playPath(definition, [2, 1])).toThrow(/step 2: .*written reply/);
  });

  it('ignores a CHOOSE for a hidden choice or a choice of another scene', () => {
    const actor = createActor(toMachine(definition, composePasses)).start();
    actor.send({ type: 'CHOOSE', choiceId: 'look.1' });
    expect(actor.getSnapshot().value).toBe('photo');
    actor.send({ type: 'CHOOSE', choiceId: 'photo.1' });
    actor.send({ type: 'CHOOSE', choiceId: 'look.3' });
    expect(actor.getSnapshot().context.counters.clues).toBe(2);
    actor.send({ type: 'CHOOSE', choiceId: 'look.3' });
    expect(actor.getSnapshot().context).toMatchObject({ counters: { clues: 2 }, visited: ['photo', 'look', 'look'] });
    const position = playPosition(definition, actor.getSnapshot());
    expect(position.kind === 'scene' && visibleChoices(position.scene, actor.getSnapshot().context).map((c) => c.id)).toEqual(['look.1', 'look.2']);
  });

  it('resumes from a persisted snapshot stored as JSON', () => {
    const machine = toMachine(definition, composePasses);
    const actor = createActor(machine).start();
    actor.send({ type: 'CHOOSE', choiceId: 'photo.1' });
    const stored = JSON.parse(JSON.stringify(actor.getPersistedSnapshot()));
    const resumed = createActor(toMachine(definition, composePasses), { snapshot: stored }).start();
    expect(resumed.getSnapshot().value).toBe('look');
    expect(resumed.getSnapshot().context).toEqual(actor.getSnapshot().context);
    resumed.send({ type: 'CHOOSE', choiceId: 'look.2' });
    expect(resumed.getSnapshot().status).toBe('done');
    expect(resumed.getSnapshot().value).toBe('poor-end');
    expect(resumed.getSnapshot().context.visited).toEqual(['photo', 'look', 'ignore', 'poor-end']);
  });

  it('starts from the declared initial values', () => {
    const custom = compileScenario({
      source: readFileSync(FIXTURE, 'utf8').replace('  clues:\n    type: counter', '  clues:\n    type: counter\n    initial: 5'),
      file: 'night-out-photo.mdx',
    }).definition!;
    const actor = createActor(toMachine(custom, composePasses)).start();
    expect(actor.getSnapshot().context).toEqual({ flags: { askedColleague: false }, counters: { clues: 5 }, points: 0, visited: ['photo'] });
  });
});
