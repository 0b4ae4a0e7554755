import { describe, expect, it } from 'vitest';
import { isCurrentOutcome, latestOutcome, publishOutcome, subscribeToOutcomes } from './latest-outcome';

describe('the latest outcome on a page', () => {
  it('replaces an earlier confirmation with the answer another form gave after it', () => {
    const invited = { ok: true, message: 'Invitation sent to sam@example.test.' };
    const withdrawn = { ok: true, message: 'Invitation to sam@example.test withdrawn; its link now says so.' };
    publishOutcome(invited);
    expect(isCurrentOutcome(invited, latestOutcome())).toBe(true);
    publishOutcome(withdrawn);
    expect(isCurrentOutcome(invited, latestOutcome())).toBe(false);
    expect(isCurrentOutcome(withdrawn, latestOutcome())).toBe(true);
  });

  it('counts the same words answered again as a new outcome, and a refusal as one too', () => {
    const first = { ok: true, message: 'Reminders sent.' };
    const again = { ok: true, message: 'Reminders sent.' };
    const refused = { ok: false, code: 'VALIDATION', message: 'Choose a module.' };
    publishOutcome(first);
    publishOutcome(again);
    expect(isCurrentOutcome(first, latestOutcome())).toBe(false);
    publishOutcome(refused);
    expect(isCurrentOutcome(again, latestOutcome())).toBe(false);
  });

  it('shows every form its own answer before any outcome is published (server render, no JavaScript)', () => {
    expect(isCurrentOutcome({ ok: true, message: 'Saved.' }, null)).toBe(true);
  });

  it('tells subscribers of each new outcome once, and no longer after they unsubscribe', () => {
    let calls = 0;
    const unsubscribe = subscribeToOutcomes(() => {
      calls += 1;
    });
    const outcome = { ok: true, message: 'Done.' };
    publishOutcome(outcome);
    publishOutcome(outcome);
    unsubscribe();
    publishOutcome({ ok: true, message: 'Later.' });
    expect(calls).toBe(1);
  });
});
