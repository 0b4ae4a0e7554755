import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { BlockNode, ChoiceDefinition } from '@/lib/scenario/definition';
import { isRiskyChoice, listedThemeOf, themeOfCitation, themesOfChoices } from './guidance-themes';

const folder = path.resolve('scenarios/social-media');
const citations = readdirSync(folder)
  .filter((file) => file.endsWith('.mdx'))
  .flatMap((file) => [...readFileSync(path.join(folder, file), 'utf8').matchAll(/<(?:Guidance|Summary) source="([^"]+)"(?: section="([^"]+)")?/g)])
  .map((match) => ({ source: match[1]!, section: match[2] }));

const choice = (points: number, feedback: ChoiceDefinition['feedback']): ChoiceDefinition => ({
  id: 's.1',
  label: [],
  labelText: 'A choice',
  to: 'end',
  effects: { clear: [], set: [], add: [], points },
  feedback,
});
const cite = (source: string, section?: string): BlockNode => ({ type: 'component', name: 'Guidance', props: section ? { source, section } : { source }, children: [] });

describe('guidance themes', () => {
  it('lists a theme for every citation in the library (a new section must be added to the table)', () => {
    expect(citations.length).toBeGreaterThan(50);
    expect(citations.filter(({ source, section }) => listedThemeOf(source, section) === undefined)).toEqual([]);
  });

  it('takes a section’s theme, else its source’s, else conduct', () => {
    expect(themeOfCitation('gdc-social', 'Confidentiality')).toBe('confidentiality');
    expect(themeOfCitation('cap', '12.12')).toBe('advertising');
    expect(themeOfCitation('unknown-source')).toBe('conduct');
  });

  it('gives a decision the themes its options cite, also inside nested feedback, once each in theme order', () => {
    const nested: BlockNode = { type: 'component', name: 'Callout', props: {}, children: [cite('mdu', 'Maintain boundaries')] };
    const themes = themesOfChoices([choice(2, [cite('ddu', 'Responding to criticism')]), choice(-1, [nested, cite('gdc-standards', '4.2.3')]), choice(0, undefined)]);
    expect(themes).toEqual(['confidentiality', 'boundaries', 'reviews']);
  });

  it('calls a choice risky when its author penalised it', () => {
    expect(isRiskyChoice(choice(-1, undefined))).toBe(true);
    expect(isRiskyChoice(choice(0, undefined))).toBe(false);
  });
});
