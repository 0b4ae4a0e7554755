import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { activeTimeCredit, IDLE_LIMIT_SECONDS, MAX_CREDIT_PER_REPORT_SECONDS } from './active-time-credit';

const T0 = Date.UTC(2026, 10, 29, 9, 0, 0);
const at = (seconds: number) => new Date(T0 + seconds * 1000);

describe('activeTimeCredit (injected clock)', () => {
  it('starts the clock on a learner’s first report and credits nothing for it', () => {
    expect(activeTimeCredit({ creditedUntil: null, now: at(0), claimedSeconds: 30, lastInteractionAt: at(0) })).toBeNull();
  });

  it('credits the time since the learner’s clock, up to the claim', () => {
    expect(activeTimeCredit({ creditedUntil: at(0), now: at(30), claimedSeconds: 30, lastInteractionAt: at(30) })).toEqual({ seconds: 30, startedAt: at(0), endedAt: at(30) });
    expect(activeTimeCredit({ creditedUntil: at(0), now: at(30), claimedSeconds: 12, lastInteractionAt: at(30) })).toEqual({ seconds: 12, startedAt: at(18), endedAt: at(30) });
  });

  it('never credits more wall-clock time than passed since the last credit, whatever the claim', () => {
    expect(activeTimeCredit({ creditedUntil: at(0), now: at(4.9), claimedSeconds: 900, lastInteractionAt: at(4.9) })?.seconds).toBe(4);
    expect(activeTimeCredit({ creditedUntil: at(0), now: at(0.5), claimedSeconds: 900, lastInteractionAt: at(0.5) })).toBeNull();
    // A server whose clock is behind the one that credited last credits nothing.
    expect(activeTimeCredit({ creditedUntil: at(10), now: at(5), claimedSeconds: 30, lastInteractionAt: at(5) })).toBeNull();
  });

  it('credits at most one heartbeat period after a silence: idle or hidden time sends no reports, so it earns nothing', () => {
    const credit = activeTimeCredit({ creditedUntil: at(0), now: at(600), claimedSeconds: 600, lastInteractionAt: at(600) });
    expect(credit?.seconds).toBe(MAX_CREDIT_PER_REPORT_SECONDS);
    expect(credit?.endedAt).toEqual(at(600));
  });

  it('credits nothing after the idle limit since the last interaction the server saw (attack5 F1: heartbeats alone)', () => {
    // Last interaction at 0; the clock credited up to 5 minutes later: a heartbeat at 5 min 30 s earns nothing.
    expect(activeTimeCredit({ creditedUntil: at(IDLE_LIMIT_SECONDS), now: at(IDLE_LIMIT_SECONDS + 30), claimedSeconds: 30, lastInteractionAt: at(0) })).toBeNull();
    expect(activeTimeCredit({ creditedUntil: at(3600), now: at(3630), claimedSeconds: 30, lastInteractionAt: at(0) })).toBeNull();
  });

  it('credits a heartbeat that straddles the idle limit only up to the limit, and moves the clock there', () => {
    const credit = activeTimeCredit({ creditedUntil: at(IDLE_LIMIT_SECONDS - 10), now: at(IDLE_LIMIT_SECONDS + 20), claimedSeconds: 30, lastInteractionAt: at(0) });
    expect(credit).toEqual({ seconds: 10, startedAt: at(IDLE_LIMIT_SECONDS - 10), endedAt: at(IDLE_LIMIT_SECONDS) });
  });

  it('credits a heartbeat within the idle limit in full', () => {
    expect(activeTimeCredit({ creditedUntil: at(240), now: at(270), claimedSeconds: 30, lastInteractionAt: at(0) })).toEqual({ seconds: 30, startedAt: at(240), endedAt: at(270) });
  });

  it('ignores claims that are not positive numbers', () => {
    for (const claimedSeconds of [0, -5, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(activeTimeCredit({ creditedUntil: at(0), now: at(30), claimedSeconds, lastInteractionAt: at(30) })).toBeNull();
    }
  });
});

/**
 * One report as the server receives it, from any tab, attempt or module (they all share the
 * learner's one clock): how long after the previous report it arrives and what it claims.
 */
const report = fc.record({
  gapMs: fc.oneof(fc.integer({ min: 0, max: 1_000 }), fc.integer({ min: 0, max: 120_000 })),
  claimedSeconds: fc.oneof(fc.integer({ min: 0, max: 86_400 }), fc.constant(30)),
  // How many credits other requests committed between this one reading the clock and writing it.
  staleBy: fc.oneof(fc.constant(0), fc.nat(2)),
  // A decision (an interaction the server sees and times) or a heartbeat (none).
  decision: fc.boolean(),
});

describe('activeTimeCredit (property)', () => {
  it('any sequence of reports from any number of windows credits no more than the wall-clock time elapsed, in disjoint stretches, none past the idle limit', () => {
    fc.assert(
      fc.property(fc.array(report, { maxLength: 300 }), (reports) => {
        // The server's compare-and-set: a report that read the clock before another credit committed writes nothing.
        const history: Array<Date | null> = [null];
        let now = T0;
        let total = 0;
        const stretches: Array<[number, number]> = [];
        let lastInteraction = T0;
        for (const { gapMs, claimedSeconds, staleBy, decision } of reports) {
          now += gapMs;
          if (decision) lastInteraction = now;
          const readIndex = Math.max(0, history.length - 1 - staleBy);
          const creditedUntil = history[readIndex]!;
          const credit = activeTimeCredit({ creditedUntil, now: new Date(now), claimedSeconds, lastInteractionAt: new Date(lastInteraction) });
          if (credit) expect(credit.endedAt.getTime()).toBeLessThanOrEqual(Math.min(now, lastInteraction + IDLE_LIMIT_SECONDS * 1000));
          const current = history.length - 1;
          if (readIndex !== current) continue;
          if (creditedUntil === null) history.push(new Date(now));
          else if (credit) {
            history.push(credit.endedAt);
            total += credit.seconds;
            stretches.push([credit.startedAt.getTime(), credit.endedAt.getTime()]);
          }
        }
        const elapsedSeconds = (now - T0) / 1000;
        expect(total).toBeLessThanOrEqual(elapsedSeconds);
        for (let i = 1; i < stretches.length; i += 1) expect(stretches[i]![0]).toBeGreaterThanOrEqual(stretches[i - 1]![1]);
      }),
    );
  });
});
