import { describe, expect, it } from 'vitest';
import { boxPartsText, defaultFieldsSummary, namedFieldsParts, namedFieldsSummary, refusalBoxParts, refusalBoxText } from './field-summary';

describe('namedFieldsSummary', () => {
  it('sends the reader to the one field by its label', () => {
    expect(namedFieldsSummary(['Email address'])).toBe('Check “Email address”: what to change is under it.');
  });

  it('counts and names several fields in page order', () => {
    expect(namedFieldsSummary(['Title', 'Hours'])).toBe('2 fields need attention: “Title” and “Hours”.');
    expect(namedFieldsSummary(['Title', 'Hours', 'Outcomes'])).toBe('3 fields need attention: “Title”, “Hours” and “Outcomes”.');
  });
});

describe('namedFieldsParts', () => {
  it('asks for a tick in a few words, linked to the box, instead of repeating its long label', () => {
    const tick = { name: 'confirm', label: 'Yes, remove Sam Patel: they lose access to the practice and leave the dashboard.', tick: true };
    expect(namedFieldsParts([tick])).toEqual([{ name: 'confirm', words: 'Tick the box to confirm' }, '.']);
    expect(boxPartsText(namedFieldsParts([tick]))).toBe('Tick the box to confirm.');
    expect(boxPartsText(namedFieldsParts([{ name: 'reason', label: 'Reason' }, tick]))).toBe('2 fields need attention: “Reason” and the box to confirm.');
  });
});

describe('defaultFieldsSummary', () => {
  it("is the one field's message, or a count that says where the messages are", () => {
    expect(defaultFieldsSummary({ email: ['Enter an email address.'] })).toBe('Enter an email address.');
    expect(defaultFieldsSummary({ title: ['Too short.'], hours: ['Too many.'] })).toBe('2 fields need attention: each says what to change under it.');
  });
});

describe('refusalBoxText', () => {
  it("keeps the refusal's own message when no field has one", () => {
    expect(refusalBoxText('That code has expired.', [])).toBe('That code has expired.');
  });

  it('names the fields instead of repeating messages that are shown under them', () => {
    const text = refusalBoxText('No account uses that address.', [{ name: 'email', messages: ['No account uses that address.'], shownAs: 'Email address' }]);
    expect(text).toBe('Check “Email address”: what to change is under it.');
  });

  it('says the message of a field that is not on screen, so nothing is lost', () => {
    const fields = [
      { name: 'title', messages: ['Too short.'], shownAs: 'Title' },
      { name: 'form', messages: ['Hours and outcomes disagree.'] },
    ];
    expect(refusalBoxText('2 fields need attention: each says what to change under it.', fields)).toBe('Hours and outcomes disagree. Check “Title”: what to change is under it.');
    expect(refusalBoxText('Anything', [{ name: 'moduleId', messages: ['Choose a module.', 'Choose a module.'] }])).toBe('Choose a module.');
  });

  it('asks for a refused tick in a few words, whatever its label says', () => {
    const confirm = { name: 'confirm', messages: ['Tick the box to confirm: revoking is public.'], shownAs: 'I understand: the verification page will show ABC as revoked with this reason.', tick: true };
    expect(refusalBoxText('Anything', [confirm])).toBe('Tick the box to confirm.');
    expect(refusalBoxText('Anything', [{ name: 'reason', messages: ['Too short.'], shownAs: 'Reason' }, confirm])).toBe('2 fields need attention: “Reason” and the box to confirm.');
  });
});

describe('refusalBoxParts', () => {
  it('gives each named field as a part of its own, for the box to link to the field, with the same words as refusalBoxText', () => {
    const fields = [
      { name: 'title', messages: ['Enter a title.'], shownAs: 'Activity title' },
      { name: 'hours', messages: ['Enter the hours.'], shownAs: 'Verifiable hours' },
      { name: 'form', messages: ['Hours and outcomes disagree.'] },
    ];
    const parts = refusalBoxParts('Anything', fields);
    expect(parts).toEqual([
      'Hours and outcomes disagree. ',
      '2 fields need attention: ',
      { name: 'title', words: '“Activity title”' },
      ' and ',
      { name: 'hours', words: '“Verifiable hours”' },
      '.',
    ]);
    expect(boxPartsText(parts)).toBe(refusalBoxText('Anything', fields));
    expect(boxPartsText(parts)).toBe('Hours and outcomes disagree. 2 fields need attention: “Activity title” and “Verifiable hours”.');
  });
});
