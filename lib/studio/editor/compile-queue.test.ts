import { describe, expect, it } from 'vitest';
import type { DraftAnalysis } from './analyse-draft';
import { CompileQueue, type Scheduler } from './compile-queue';

/** A clock that moves only when the test says so. */
function fakeClock() {
  let now = 0;
  let nextHandle = 0;
  const timers = new Map<number, { at: number; run: () => void }>();
  const scheduler: Scheduler = {
    schedule: (run, milliseconds) => {
      nextHandle += 1;
      timers.set(nextHandle, { at: now + milliseconds, run });
      return nextHandle;
    },
    cancel: (handle) => void timers.delete(handle as number),
  };
  const advance = (milliseconds: number) => {
    now += milliseconds;
    for (const [handle, timer] of [...timers].sort((a, b) => a[1].at - b[1].at)) {
      if (timer.at > now) continue;
      timers.delete(handle);
      timer.run();
    }
  };
  return { scheduler, advance };
}

const analysis: DraftAnalysis = { diagnostics: [] };

function queueWithWorker() {
  const clock = fakeClock();
  const sent: Array<{ id: number; source: string }> = [];
  const published: string[] = [];
  const queue = new CompileQueue({
    delayMs: 30,
    scheduler: clock.scheduler,
    send: (id, source) => sent.push({ id, source }),
    publish: (source) => published.push(source),
  });
  const finish = (id: number) => queue.receive({ id, analysis, milliseconds: 80 });
  return { queue, clock, sent, published, finish };
}

describe('the studio compile queue', () => {
  it('compiles only after a pause in typing', () => {
    const { queue, clock, sent } = queueWithWorker();
    queue.edit('a');
    clock.advance(20);
    queue.edit('ab');
    clock.advance(29);
    expect(sent).toEqual([]);
    clock.advance(1);
    expect(sent).toEqual([{ id: 1, source: 'ab' }]);
    expect(queue.pending).toBe(true);
  });

  it('keeps only the newest text waiting while a compile runs, and sends it when the compile ends', () => {
    const { queue, clock, sent, published, finish } = queueWithWorker();
    queue.edit('a');
    clock.advance(30);
    for (const text of ['ab', 'abc', 'abcd']) {
      queue.edit(text);
      clock.advance(30);
    }
    expect(sent.map((request) => request.source)).toEqual(['a']);
    finish(1);
    expect(sent.map((request) => request.source)).toEqual(['a', 'abcd']);
    finish(2);
    expect(published).toEqual(['abcd']);
    expect(queue.pending).toBe(false);
  });

  it('drops the result of a text the author has changed since, and shows the newest', () => {
    const { queue, clock, published, finish } = queueWithWorker();
    queue.edit('old');
    clock.advance(30);
    queue.edit('new');
    finish(1);
    expect(published).toEqual([]);
    expect(queue.pending).toBe(true);
    clock.advance(30);
    finish(2);
    expect(published).toEqual(['new']);
  });

  it('ignores replies to requests it is not waiting for', () => {
    const { queue, clock, published, finish } = queueWithWorker();
    queue.edit('a');
    clock.advance(30);
    finish(7);
    expect(published).toEqual([]);
    finish(1);
    finish(1);
    expect(published).toEqual(['a']);
  });

  it('does not compile a text twice when the author types and undoes during its compile', () => {
    const { queue, clock, sent, published, finish } = queueWithWorker();
    queue.edit('a');
    clock.advance(30);
    queue.edit('ab');
    queue.edit('a');
    clock.advance(30);
    finish(1);
    expect(sent).toHaveLength(1);
    expect(published).toEqual(['a']);
  });

  it('sends the newest text to the new worker when the old one dies mid-compile, and publishes its answer', () => {
    const { queue, clock, sent, published, finish } = queueWithWorker();
    queue.edit('a');
    clock.advance(30);
    queue.edit('ab');
    clock.advance(30);
    queue.workerLost();
    expect(sent).toEqual([
      { id: 1, source: 'a' },
      { id: 2, source: 'ab' },
    ]);
    finish(1);
    expect(published).toEqual([]);
    finish(2);
    expect(published).toEqual(['ab']);
    expect(queue.pending).toBe(false);
  });

  it('waits for the typing pause after a worker dies while the author is typing', () => {
    const { queue, clock, sent } = queueWithWorker();
    queue.edit('a');
    clock.advance(30);
    queue.edit('ab');
    queue.workerLost();
    expect(sent).toHaveLength(1);
    clock.advance(30);
    expect(sent.at(-1)).toEqual({ id: 2, source: 'ab' });
  });

  it('sends nothing when a worker with nothing to answer dies', () => {
    const { queue, clock, sent, finish } = queueWithWorker();
    queue.edit('a');
    clock.advance(30);
    finish(1);
    queue.workerLost();
    expect(sent).toHaveLength(1);
    expect(queue.pending).toBe(false);
  });
});
