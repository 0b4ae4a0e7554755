import { describe, expect, it } from 'vitest';
import { buildPathSummary, sceneHeading } from './path-summary';
import { sampleDefinition } from './testing/sample-definition';

describe('buildPathSummary', () => {
  it('lists the options shown with the chosen one marked', () => {
    const [entry] = buildPathSummary(sampleDefinition, [
      { sceneId: 'comment-seen', event: { type: 'CHOOSE', choiceId: 'comment-seen.1' }, optionsShown: ['comment-seen.1', 'comment-seen.2'] },
    ]);
    expect(entry).toMatchObject({ number: 1, heading: 'A comment on the practice page', kind: 'choice' });
    if (entry?.kind !== 'choice') throw new Error('expected a choice entry');
    expect(entry.options.map((option) => [option.labelText, option.chosen])).toEqual([
      ['Reply publicly', true],
      ['Ignore it', false],
    ]);
  });

  it('shows compose text with its results and whether every check passed', () => {
    const entries = buildPathSummary(sampleDefinition, [
      { sceneId: 'comment-seen', event: { type: 'CHOOSE', choiceId: 'comment-seen.2' }, optionsShown: ['comment-seen.1', 'comment-seen.2'] },
      {
        sceneId: 'reply-draft',
        event: { type: 'COMPOSE', text: 'Sorry Priya' },
        optionsShown: [],
        checkResults: [
          { check: 'no-identifiers', passed: false, matches: ['Priya'], reason: 'Names identify people.' },
          { check: 'short', passed: true, matches: [], reason: 'Keep it short.' },
        ],
      },
    ]);
    expect(entries[1]).toMatchObject({ number: 2, heading: 'Scene 2', kind: 'compose', text: 'Sorry Priya', passed: false });
    expect(entries[0]).toMatchObject({ kind: 'choice' });
  });

  it('keeps a chosen option that was missing from the shown list, and unknown ids by name', () => {
    const [entry] = buildPathSummary(sampleDefinition, [
      { sceneId: 'comment-seen', event: { type: 'CHOOSE', choiceId: 'comment-seen.9' }, optionsShown: ['comment-seen.2'] },
    ]);
    if (entry?.kind !== 'choice') throw new Error('expected a choice entry');
    expect(entry.options.map((option) => [option.labelText, option.chosen])).toEqual([
      ['Ignore it', false],
      ['comment-seen.9', true],
    ]);
  });

  it('names untitled scenes by decision number', () => {
    expect(sceneHeading({ title: 'Hello' }, 4)).toBe('Hello');
    expect(sceneHeading({}, 4)).toBe('Scene 4');
    expect(sceneHeading(undefined, 1)).toBe('Scene 1');
  });
});
