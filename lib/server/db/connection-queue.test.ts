import { describe, expect, it } from 'vitest';
import { ConnectionQueue, directTurnsBeforeOrdinary, type TurnLane } from './connection-queue';

/** Queues `lanes` behind a held turn, then lets every turn run as soon as it is given; returns the order the turns were given in. */
async function orderOfTurns(lanes: TurnLane[]): Promise<string[]> {
  const queue = new ConnectionQueue();
  const releaseFirst = await queue.acquire('ordinary');
  const given: string[] = [];
  const turns = lanes.map((lane, index) =>
    queue.acquire(lane).then((release) => {
      given.push(`${lane} ${index}`);
      release();
    }),
  );
  releaseFirst();
  await Promise.all(turns);
  return given;
}

describe('ConnectionQueue', () => {
  it('gives a waiting direct statement (a save, a session read) the next turn before ordinary statements queued earlier', async () => {
    expect(await orderOfTurns(['ordinary', 'ordinary', 'ordinary', 'direct'])).toEqual(['direct 3', 'ordinary 0', 'ordinary 1', 'ordinary 2']);
  });

  it('keeps first come, first served within a lane', async () => {
    expect(await orderOfTurns(['direct', 'ordinary', 'direct', 'ordinary'])).toEqual(['direct 0', 'direct 2', 'ordinary 1', 'ordinary 3']);
  });

  it('lets an ordinary statement through after a run of direct turns, so a stream of saves cannot starve the pages', async () => {
    const lanes: TurnLane[] = ['ordinary', ...Array.from({ length: directTurnsBeforeOrdinary + 2 }, (): TurnLane => 'direct')];
    const given = await orderOfTurns(lanes);
    expect(given.indexOf('ordinary 0')).toBe(directTurnsBeforeOrdinary);
  });

  it('gives one turn at a time: a turn is not given until the one before it is released', async () => {
    const queue = new ConnectionQueue();
    const first = await queue.acquire('ordinary');
    let secondGiven = false;
    const second = queue.acquire('direct').then((release) => {
      secondGiven = true;
      return release;
    });
    await Promise.resolve();
    await new Promise((resolve) => setImmediate(resolve));
    expect(secondGiven).toBe(false);
    first();
    first(); // giving a turn back twice gives away nothing more
    (await second)();
    expect(secondGiven).toBe(true);
  });
});
