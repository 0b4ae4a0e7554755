import { describe, expect, it } from 'vitest';
import { composePasses, runComposeChecks, type ComposeCheckSettings } from './compose-checks';
import { COMPOSE_CHECKS, type ComposeCheckName } from './definition';

function settings(checks: ComposeCheckName[], extra: Partial<ComposeCheckSettings> = {}): ComposeCheckSettings {
  return { checks, forbid: [], minWords: 1, maxWords: 80, ...extra };
}

function check(name: ComposeCheckName, text: string, extra: Partial<ComposeCheckSettings> = {}) {
  return runComposeChecks(text, settings([name], extra))[0]!;
}

const passes = (name: ComposeCheckName, text: string, extra: Partial<ComposeCheckSettings> = {}) => check(name, text, extra).passed;

describe('check names', () => {
  it('keeps every check name of the shared specification (v1) working; new checks may be added', () => {
    const specified: ComposeCheckName[] = ['no-identifiers', 'no-confirm-patient', 'neutral-tone', 'invite-contact', 'short', 'no-clinical-advice'];
    expect(COMPOSE_CHECKS).toEqual(expect.arrayContaining(specified));
    expect(runComposeChecks('Please call the practice.', settings(specified)).map((result) => result.check)).toEqual(specified);
  });
});

describe('compose checks: normalising before judging', () => {
  it('a forbidden name matches whatever apostrophe, Unicode form or spacing the learner typed, and reports it as typed', () => {
    const forbid = ["Mrs O'Brien", 'Zoë'];
    for (const typed of ['Mrs O’Brien', 'Mrs O\u2018Brien', 'mrs\u00a0o’brien', 'MRS O´BRIEN']) {
      const result = check('no-identifiers', `Sorry ${typed}, please call us.`, { forbid });
      expect(result.passed, typed).toBe(false);
      expect(result.matches, typed).toEqual([typed]);
    }
    const decomposed = 'Zoe\u0308';
    expect(check('no-identifiers', `Hi ${decomposed}, please call.`, { forbid }).matches).toEqual([decomposed]);
  });

  it('a forbidden name with an accent matches when the learner leaves the accent off, composed or decomposed', () => {
    const forbid = ['Seán', "O'Hare", "Dr O'Hare"];
    // Lower case, as txt-speak types it, so only the author's terms (not the name reader) can find it.
    for (const typed of ['sean', 'seán', 'sea\u0301n', 'dr o’hare']) {
      expect(check('no-identifiers', `sorry, ${typed} will call you.`, { forbid }).matches, typed).toEqual([typed]);
    }
    expect(passes('no-identifiers', 'Please call the practice and ask for our manager.', { forbid })).toBe(true);
  });

  it('shows the exact words typed, with their offsets, never a fragment ("30am")', () => {
    const text = 'We saw you at 8.30am… on Tuesday!';
    const result = check('no-identifiers', text);
    expect(result.matches).toEqual(['8.30am', 'Tuesday']);
    expect(result.ranges!.map(([start, end]) => text.slice(start, end))).toEqual(['8.30am', 'Tuesday']);
  });

  it('emoji and repeated punctuation do not hide words; "!!" still counts as two', () => {
    expect(check('no-clinical-advice', 'Take🙏nurofen...... and see a GP').matches).toEqual(['nurofen']);
    expect(check('neutral-tone', 'Thanks!! 😊').passed).toBe(false);
    expect(check('neutral-tone', 'Thanks! 😊').passed).toBe(true);
  });
});

describe('no-identifiers', () => {
  it('a time or weekday in an invitation to contact is opening hours, one about their care identifies them', () => {
    expect(passes('no-identifiers', 'Our practice manager is in Monday to Friday, so please give us a call.')).toBe(true);
    expect(passes('no-identifiers', 'Please call after 8.30am and ask for the practice manager.')).toBe(true);
    expect(passes('no-identifiers', "We're open Mon–Fri 8.30am–5.30pm, ring us.")).toBe(true);
    expect(check('no-identifiers', "We're sorry you felt rushed on Tuesday. Please call after 9am.").matches).toEqual(['Tuesday']);
    expect(check('no-identifiers', 'Call us about your appointment on Friday.').matches).toEqual(['Friday']);
  });

  it('treatments, money and people’s names, but not ordinary words', () => {
    expect(check('no-identifiers', 'Dr Hewitt fitted the crown for £650.').matches).toEqual(['Dr Hewitt', 'crown', '£650']);
    expect(passes('no-identifiers', 'It was crowded and we may be able to help.')).toBe(true);
    expect(check('no-identifiers', 'Seen on 5 May.').matches).toEqual(['5 May']);
  });

  it('author allow terms are not flagged', () => {
    expect(passes('no-identifiers', 'Sorry to read this from Wharfside Dental.', { allow: ['Wharfside Dental'] })).toBe(true);
  });
});

describe('no-confirm-patient: the care relationship in its common forms', () => {
  it.each([
    ['records', 'Our records show you did not come back.'],
    ['advice given', 'You were advised to return for a check.'],
    ['missed appointment', 'You missed the review appointment.'],
    ['care provided', 'I am satisfied the care provided was appropriate.'],
    ['offer made', 'We offered to fix it free of charge.'],
    ['denial', 'We have no record of anyone by that name.'],
    ['denial', 'You are not a patient here.'],
    ['defending the clinician', 'Dr Hewitt is a highly experienced dentist.'],
    ['defending the clinician', 'The dentist followed all the correct procedures.'],
    ['defending the clinician', 'Dr O’Hare is one of our most careful dentists.'],
    ['defending the clinician', 'Our dentist spent a long time with you and did everything right.'],
    ['defending the care', 'sorry u feel like that but we did our best, ring us'],
  ])('%s: "%s"', (_kind, text) => {
    expect(passes('no-confirm-patient', text)).toBe(false);
  });

  it('saying nothing about anyone passes', () => {
    expect(passes('no-confirm-patient', "We can't discuss anyone's care in public, but we'd like to look into your concerns.")).toBe(true);
  });
});

describe('neutral-tone', () => {
  it('hostility, shouting, legal threats and demands to take the review down fail; acronyms do not shout', () => {
    expect(check('neutral-tone', 'That is a LIE and frankly ridiculous').matches).toEqual(['LIE', 'ridiculous']);
    expect(passes('neutral-tone', 'Our solicitors have asked you to take it down.')).toBe(false);
    expect(passes('neutral-tone', 'Please remove this review within seven days.')).toBe(false);
    expect(passes('neutral-tone', 'This is a fake review.')).toBe(false);
    expect(passes('neutral-tone', 'Sorry 😡')).toBe(false);
    expect(passes('neutral-tone', 'Thank you for the feedback, NHS staff are here to help ASAP!')).toBe(true);
  });
});

describe('invite-contact', () => {
  it.each([
    'Ask for our practice manager on 01274 555012.',
    'Send us a DM.',
    'Email reception@example.co.uk.',
    'Give us a ring.',
    'Pop in and see us.',
    'Please send us a message.',
  ])('"%s" invites contact', (text) => {
    expect(passes('invite-contact', text)).toBe(true);
  });

  it('no invitation fails with nothing to mark', () => {
    expect(check('invite-contact', 'We are sorry to hear this.')).toMatchObject({ passed: false, matches: [] });
  });
});

describe('no-clinical-advice', () => {
  it('medicines by generic and UK brand name, remedies, diagnoses and reassurance fail', () => {
    expect(check('no-clinical-advice', 'Nurofen every 8 hours and Anbesol on the gum, see a GP.').matches).toEqual(['Nurofen', 'every 8 hours', 'Anbesol']);
    expect(passes('no-clinical-advice', 'Sounds like an abscess, try warm salty water. Call 111.')).toBe(false);
    expect(passes('no-clinical-advice', 'Swelling is normal and usually settles. See your dentist.')).toBe(false);
    expect(passes('no-clinical-advice', 'Ask the chemist for co-codamol.')).toBe(false);
    expect(passes('no-clinical-advice', 'Probably your wisdom tooth, take Solpadeine. NHS 111 can help.')).toBe(false);
    expect(passes('no-clinical-advice', 'You need antibiotics. Call 111.')).toBe(false);
    expect(check('no-clinical-advice', 'You should take ibuprofen; see your GP.').matches).toEqual(['You should take', 'ibuprofen']);
  });

  it('a class of medicine in a sentence that declines to advise, or points to a pharmacist, is not advice', () => {
    expect(passes('no-clinical-advice', "We can't recommend painkillers or antibiotics online; please call NHS 111.")).toBe(true);
    expect(passes('no-clinical-advice', 'A pharmacist can advise on pain relief, and NHS 111 can find you a dentist.')).toBe(true);
  });

  it.each([
    'Please call NHS 111 Wales tonight.',
    'Ring 111 for urgent help.',
    'If the swelling spreads or you struggle to breathe, call 999 or go to A&E.',
    'A pharmacist can give general advice.',
    'Ring us in the morning and we can see you as an emergency tomorrow.',
    'We keep urgent appointments every morning.',
    "Pop in tomorrow and we'll have a look at it for you.",
  ])('"%s" signposts', (text) => {
    expect(passes('no-clinical-advice', text)).toBe(true);
  });

  it('no signpost fails with nothing to mark and says why', () => {
    const result = check('no-clinical-advice', 'Hope you feel better soon.');
    expect(result).toMatchObject({ passed: false, matches: [] });
    expect(result.reason).toContain('does not yet point them');
  });
});

describe('short and the block as a whole', () => {
  it('short: between minWords and maxWords', () => {
    expect(check('short', 'one two three', { minWords: 3, maxWords: 3 }).passed).toBe(true);
    expect(check('short', 'one two three four five six', { minWords: 3, maxWords: 5 }).reason).toContain('6 words');
  });

  it('forbid terms are reported by no-identifiers when listed, else by the first check', () => {
    expect(runComposeChecks('Hi Kayleigh, call 111.', settings(['no-clinical-advice', 'short'], { forbid: ['Kayleigh'] })).map((r) => r.passed)).toEqual([false, true]);
  });

  it('runs the listed checks in order and passes only when all pass', () => {
    const all = settings(['neutral-tone', 'invite-contact', 'short'], { minWords: 10 });
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
