import { describe, expect, it } from 'vitest';
import { composePasses, runComposeChecks, type ComposeCheckSettings } from './compose-checks';
import type { ComposeCheckName } from './definition';

function settings(checks: ComposeCheckName[], extra: Partial<ComposeCheckSettings> = {}): ComposeCheckSettings {
  return { checks, forbid: [], minWords: 10, maxWords: 80, ...extra };
}

function check(name: ComposeCheckName, text: string, extra: Partial<ComposeCheckSettings> = {}) {
  return runComposeChecks(text, settings([name], extra))[0]!;
}

describe('compose checks', () => {
  it('no-identifiers: forbid terms, clinical terms, weekdays, dates and times, as whole words in any case', () => {
    const result = check('no-identifiers', 'Dear mrs okafor, your IMPLANT on Tuesday 3rd at 2:30pm, 12/05/2024, root  canal.', { forbid: ['Mrs Okafor'] });
    expect(result.passed).toBe(false);
    expect(result.matches).toEqual(['mrs okafor', 'IMPLANT', 'Tuesday', '3rd', '2:30pm', '12/05/2024', 'root  canal']);
    expect(result.reason).toMatch(/identify/);
    // Whole words only: "crowded" is not "crown", "implanted" is not "implant"; "may" alone is a verb.
    expect(check('no-identifiers', 'It was crowded and we may be able to help.').passed).toBe(true);
    expect(check('no-identifiers', 'Seen on 5 May.').matches).toEqual(['5 May']);
  });

  it('no-confirm-patient: phrases that confirm a care relationship', () => {
    const result = check('no-confirm-patient', 'Sorry about your appointment; as your dentist I checked Your Records.');
    expect(result.matches).toEqual(['your appointment', 'as your dentist', 'Your Records']);
    expect(check('no-confirm-patient', 'We cannot discuss anyone in public.').passed).toBe(true);
  });

  it('neutral-tone: hostile words, capitals of 4+ letters, more than one "!"', () => {
    expect(check('neutral-tone', 'That is a LIE and frankly ridiculous!').matches).toEqual(['LIE', 'ridiculous']);
    expect(check('neutral-tone', 'This is NEVER acceptable').matches).toEqual(['NEVER']);
    expect(check('neutral-tone', 'Thanks! Speak soon!').matches).toEqual(['!', '!']);
    expect(check('neutral-tone', 'Thank you for the feedback, NHS staff are here to help!').passed).toBe(true);
  });

  it('invite-contact: needs an invitation to contact the practice', () => {
    expect(check('invite-contact', 'Please get in touch with the practice.').passed).toBe(true);
    const failed = check('invite-contact', 'We are sorry to hear this.');
    expect(failed).toMatchObject({ passed: false, matches: [] });
  });

  it('short: between minWords and maxWords', () => {
    expect(check('short', 'one two three', { minWords: 3, maxWords: 3 }).passed).toBe(true);
    expect(check('short', 'one two', { minWords: 3, maxWords: 5 })).toMatchObject({ passed: false });
    expect(check('short', 'one two three four five six', { minWords: 3, maxWords: 5 }).reason).toContain('6 words');
  });

  it('no-clinical-advice: fails on advice, and when there is no signpost', () => {
    expect(check('no-clinical-advice', 'You should take ibuprofen; see your GP.').matches).toEqual(['You should take', 'ibuprofen']);
    expect(check('no-clinical-advice', 'Please call us.')).toMatchObject({ passed: false, matches: [] });
    expect(check('no-clinical-advice', 'Please contact your own dentist or NHS 111.').passed).toBe(true);
  });

  it('runs the listed checks in order and passes only when all pass', () => {
    const all = settings(['neutral-tone', 'invite-contact', 'short']);
    const text = 'Thank you for your message. Please contact the practice directly so we can help.';
    expect(runComposeChecks(text, all).map((r) => [r.check, r.passed])).toEqual([
      ['neutral-tone', true],
      ['invite-contact', true],
      ['short', true],
    ]);
    expect(composePasses(text, all)).toBe(true);
    expect(composePasses(`${text}!!`, all)).toBe(false);
  });
});
