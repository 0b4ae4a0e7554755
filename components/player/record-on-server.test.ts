import { describe, expect, it, vi } from 'vitest';
import { recordOnServer, type PlayerDecision, type RecordResult } from './record-on-server';

function bank() {
  let banked = 7;
  return {
    take: () => {
      const seconds = banked;
      banked = 0;
      return seconds;
    },
    giveBack: (seconds: number) => {
      banked += seconds;
    },
    banked: () => banked,
  };
}

const choose = { type: 'CHOOSE', choiceId: 'comment-seen.2' } as const;

describe('recordOnServer', () => {
  it('sends exactly what the server reads: the sequence, the event and the active seconds since the last report', async () => {
    const activeTime = bank();
    const recordDecision = vi.fn(async (decision: PlayerDecision): Promise<RecordResult> => ({ ok: true, sequence: decision.sequence, snapshot: {} }));
    const result = await recordOnServer({ recordDecision, activeTime, sequence: 5, event: choose });
    expect(recordDecision.mock.calls[0]?.[0]).toStrictEqual({ sequence: 5, event: choose, activeSecondsDelta: 7 });
    expect(result).toEqual({ ok: true, sequence: 5, snapshot: {} });
    expect(activeTime.banked()).toBe(0);
  });

  it('keeps the active time for the next decision when this one was not recorded', async () => {
    const activeTime = bank();
    const result = await recordOnServer({
      recordDecision: async () => ({ ok: false, code: 'CONFLICT', message: 'Moved on elsewhere.' }),
      activeTime,
      sequence: 1,
      event: choose,
    });
    expect(result).toEqual({ ok: false, code: 'CONFLICT', message: 'Moved on elsewhere.' });
    expect(activeTime.banked()).toBe(7);
  });

  it('turns a failed request into a retryable failure and keeps the active time', async () => {
    const activeTime = bank();
    const result = await recordOnServer({
      recordDecision: async () => {
        throw new Error('offline');
      },
      activeTime,
      sequence: 1,
      event: choose,
    });
    expect(result).toEqual({ ok: false, code: 'INTERNAL', message: 'The connection failed.' });
    expect(activeTime.banked()).toBe(7);
  });
});
