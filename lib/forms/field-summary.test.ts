import { describe, expect, it } from 'vitest';
import { boxPartsText, defaultFieldsSummary, namedFieldsSummary, refusalBoxParts, refusalBoxText } from './field-summary';

describe('namedFieldsSummary', () => {
  it('sends the reader to the one field by its label', () => {
    expect(namedFieldsSummary(['Email address'])).toBe('Check “Email address”: what to change is under it.');
  });

  it('counts and names several fields in page order', () => {
    expect(namedFieldsSummary(['Title', 'Hours'])).toBe('2 fields need attention: “Title” and “Hours”.');
    expect(namedFieldsSummary(['Title', 'Hours', 'Outcomes'])).toBe('3 fields need attention: “Title”, “Hours” and “Outcomes”.');
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
      { name: 'title', label: 'Activity title' },
      ' and ',
      { name: 'hours', label: 'Verifiable hours' },
      '.',
    ]);
    expect(boxPartsText(parts)).toBe(refusalBoxText('Anything', fields));
    expect(boxPartsText(parts)).toBe('Hours and outcomes disagree. 2 fields need attention: “Activity title” and “Verifiable hours”.');
  });
});
