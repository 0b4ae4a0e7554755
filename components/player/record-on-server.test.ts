import { describe, expect, it, vi } from 'vitest';
import { CONNECTION_FAILED, recordDecisionOverHttp, recordOnServer, type PlayerDecision, type RecordResult } from './record-on-server';

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

describe('recordDecisionOverHttp', () => {
  const decision: PlayerDecision = { sequence: 2, event: choose, activeSecondsDelta: 4 };

  it("posts the decision as JSON to the attempt's save route and answers with the server's result", async () => {
    const fetchStub = vi.fn(async () => Response.json({ ok: true, sequence: 2, snapshot: { scene: 'b' } }));
    vi.stubGlobal('fetch', fetchStub);
    try {
      const result = await recordDecisionOverHttp('attempt/1')(decision);
      expect(result).toEqual({ ok: true, sequence: 2, snapshot: { scene: 'b' } });
      expect(fetchStub).toHaveBeenCalledWith('/api/attempts/attempt%2F1/decisions', expect.objectContaining({ method: 'POST', body: JSON.stringify(decision) }));
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it("passes the server's refusal on (a conflict is the player's Reload), and a page that is no result becomes a failed connection", async () => {
    vi.stubGlobal('fetch', vi.fn(async () => Response.json({ ok: false, code: 'CONFLICT', message: 'Moved on elsewhere.' }, { status: 409 })));
    try {
      expect(await recordDecisionOverHttp('a')(decision)).toEqual({ ok: false, code: 'CONFLICT', message: 'Moved on elsewhere.' });
      vi.stubGlobal('fetch', vi.fn(async () => new Response('<html>Bad gateway</html>', { status: 502 })));
      const activeTime = bank();
      const result = await recordOnServer({ recordDecision: recordDecisionOverHttp('a'), activeTime, sequence: 1, event: choose });
      expect(result).toEqual({ ok: false, code: 'INTERNAL', message: CONNECTION_FAILED });
      expect(activeTime.banked()).toBe(7);
    } finally {
      vi.unstubAllGlobals();
    }
  });
});
