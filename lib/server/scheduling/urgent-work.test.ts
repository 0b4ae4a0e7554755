import { afterEach, describe, expect, it, vi } from 'vitest';
import { afterUrgentWork, asUrgentWork, longestWaitForUrgentMs } from './urgent-work';

afterEach(() => {
  vi.useRealTimers();
});

describe('afterUrgentWork', () => {
  it('lets report work go on at the next turn when nothing urgent is in flight', async () => {
    let resumed = false;
    const report = afterUrgentWork().then(() => (resumed = true));
    await new Promise((resolve) => setImmediate(resolve));
    await report;
    expect(resumed).toBe(true);
  });

  it('holds report work until the urgent work in flight has finished', async () => {
    const order: string[] = [];
    let finishSave!: () => void;
    const save = asUrgentWork(async () => {
      await new Promise<void>((resolve) => (finishSave = resolve));
      order.push('save answered');
    });
    const report = afterUrgentWork().then(() => order.push('report goes on'));
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(order).toEqual([]);
    finishSave();
    await Promise.all([save, report]);
    expect(order).toEqual(['save answered', 'report goes on']);
  });

  it('goes on after the longest wait even while urgent work never ends, so saves slow a report down but never stop it', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    let endSave!: () => void;
    const save = asUrgentWork(() => new Promise<void>((resolve) => (endSave = resolve)));
    let resumed = false;
    const report = afterUrgentWork().then(() => (resumed = true));
    await new Promise((resolve) => setImmediate(resolve));
    await vi.advanceTimersByTimeAsync(longestWaitForUrgentMs - 1);
    expect(resumed).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    await report;
    expect(resumed).toBe(true);
    endSave();
    await save;
  });

  it('counts urgent work that fails as finished', async () => {
    await expect(asUrgentWork(() => Promise.reject(new Error('refused')))).rejects.toThrow('refused');
    let resumed = false;
    await afterUrgentWork().then(() => (resumed = true));
    expect(resumed).toBe(true);
  });
});
