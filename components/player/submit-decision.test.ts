import { createActor } from 'xstate';
import { describe, expect, it, vi } from 'vitest';
import { composePasses } from '@/lib/scenario/compose-checks';
import { toMachine } from '@/lib/scenario/runtime/machine';
import { submitDecision, type PersistResult, type PlayerDecision } from './submit-decision';
import { sampleDefinition } from './testing/sample-definition';

function setup() {
  const actor = createActor(toMachine(sampleDefinition, composePasses)).start();
  let banked = 7;
  const activeTime = {
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
  return { actor, activeTime };
}

const choose = { type: 'CHOOSE', choiceId: 'comment-seen.2' } as const;

describe('submitDecision', () => {
  it('saves the decision before the machine moves, with the next sequence and active time', async () => {
    const { actor, activeTime } = setup();
    const persist = vi.fn(async (decision: PlayerDecision): Promise<PersistResult> => {
      // The screen must not have moved on while the save is in flight.
      expect(actor.getSnapshot().value).toBe('comment-seen');
      return { ok: true, sequence: decision.sequence, snapshot: { value: 'ignored' } };
    });
    const result = await submitDecision({ actor, persist, sequence: 4, event: choose, activeTime });
    // Exactly what the server reads: it works out the scene, the options shown and any verdict itself.
    expect(persist.mock.calls[0]?.[0]).toStrictEqual({ sequence: 5, event: choose, activeSecondsDelta: 7 });
    expect(result).toEqual({ status: 'advanced', sequence: 5 });
    expect(actor.getSnapshot().value).toBe('ignored');
  });

  it('stays put on a conflict and keeps the active time for the next save', async () => {
    const { actor, activeTime } = setup();
    const result = await submitDecision({
      actor,
      persist: async () => ({ ok: false, reason: 'conflict', message: 'Moved on elsewhere.' }),
      sequence: 0,
      event: choose,
      activeTime,
    });
    expect(result).toEqual({ status: 'not-saved', reason: 'conflict', message: 'Moved on elsewhere.' });
    expect(actor.getSnapshot().value).toBe('comment-seen');
    expect(activeTime.banked()).toBe(7);
  });

  it('turns a failed request into a retryable error', async () => {
    const { actor, activeTime } = setup();
    const result = await submitDecision({
      actor,
      persist: async () => {
        throw new Error('offline');
      },
      sequence: 0,
      event: choose,
      activeTime,
    });
    expect(result).toMatchObject({ status: 'not-saved', reason: 'error' });
    expect(actor.getSnapshot().value).toBe('comment-seen');
  });

  it('plays locally without persist, counting sequence itself', async () => {
    const { actor, activeTime } = setup();
    const result = await submitDecision({ actor, sequence: 0, event: choose, activeTime });
    expect(result).toEqual({ status: 'advanced', sequence: 1 });
    expect(activeTime.banked()).toBe(7);
  });

  it('ignores an event the current scene does not accept', async () => {
    const { actor, activeTime } = setup();
    const result = await submitDecision({
      actor,
      sequence: 0,
      event: { type: 'CHOOSE', choiceId: 'reply-draft.1' },
      activeTime,
    });
    expect(result).toEqual({ status: 'ignored' });
  });

  it('counts the server verdict for a compose and resumes from its snapshot when it disagrees', async () => {
    const { actor, activeTime } = setup();
    actor.send({ type: 'CHOOSE', choiceId: 'comment-seen.1' });
    const text = 'Sorry to hear this, please call the practice to talk it over.';
    const browser = [{ check: 'short' as const, passed: true, matches: [], reason: 'ok' }];
    const server = [{ check: 'short' as const, passed: false, matches: [], reason: 'too long' }];
    const serverSnapshot = { value: 'serious', status: 'done', context: {} };
    const result = await submitDecision({
      actor,
      persist: async () => ({ ok: true, sequence: 2, snapshot: serverSnapshot, checkResults: server }),
      sequence: 1,
      event: { type: 'COMPOSE', text },
      clientCheckResults: browser,
      activeTime,
    });
    expect(actor.getSnapshot().value).toBe('best');
    expect(result).toEqual({ status: 'advanced', sequence: 2, checkResults: server, checkedBy: 'server', resumeFrom: serverSnapshot });
  });

  it('uses the browser verdict when playing locally', async () => {
    const { actor, activeTime } = setup();
    actor.send({ type: 'CHOOSE', choiceId: 'comment-seen.1' });
    const browser = [{ check: 'invite-contact' as const, passed: false, matches: [], reason: 'invite' }];
    const result = await submitDecision({
      actor,
      sequence: 1,
      event: { type: 'COMPOSE', text: 'No.' },
      clientCheckResults: browser,
      activeTime,
    });
    expect(result).toEqual({ status: 'advanced', sequence: 2, checkResults: browser, checkedBy: 'browser' });
    expect(actor.getSnapshot().value).toBe('serious');
  });
});
