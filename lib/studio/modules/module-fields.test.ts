import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileModule } from '@/lib/scenario/compile-module';
import { moduleFieldsSchema, readModuleFields, writeModuleFields } from './module-fields';

const library = readFileSync('scenarios/social-media/module.yaml', 'utf8');

describe('module fields', () => {
  it('gives back the exact text when nothing changed', () => {
    const fields = readModuleFields(library);
    expect(fields).toBeDefined();
    expect(writeModuleFields(library, fields!)).toBe(library);
  });

  it('changes only the edited entries, keeping every other byte, and still compiles', () => {
    const fields = readModuleFields(library)!;
    const reordered = [fields.scenarios[1]!, fields.scenarios[0]!, ...fields.scenarios.slice(2)];
    const written = writeModuleFields(library, { ...fields, title: 'Online reputation', hours: 1.75, scenarios: reordered })!;
    expect(written.split('\n').filter((line, index) => line !== library.split('\n')[index])).toEqual([
      'title: Online reputation',
      'hours: 1.75',
      `  - ${reordered[0]}`,
      `  - ${reordered[1]}`,
    ]);
    const compiled = compileModule({ source: written, file: 'module.yaml' });
    expect(compiled.diagnostics).toEqual([]);
    expect(compiled.definition).toMatchObject({ title: 'Online reputation', hours: 1.75, scenarios: reordered, provider: expect.stringContaining('Postwise') });
  });

  it('writes a quality assurance statement and outcomes that read back as typed', () => {
    const fields = readModuleFields(library)!;
    const changed = { ...fields, outcomes: ['A' as const, 'C' as const], qualityAssurance: { by: 'The QA panel', statement: 'Checked: "quoted" text, colons: and all.' } };
    expect(readModuleFields(writeModuleFields(library, changed)!)).toEqual(changed);
  });

  it('refuses hours that are not whole quarter hours, and names the rule', () => {
    const fields = readModuleFields(library)!;
    const refused = moduleFieldsSchema.safeParse({ ...fields, hours: 1.1 });
    expect(refused.success).toBe(false);
    expect(refused.error?.issues[0]?.message).toMatch(/quarter hours/);
    expect(moduleFieldsSchema.safeParse({ ...fields, hours: 0 }).success).toBe(false);
    expect(moduleFieldsSchema.safeParse({ ...fields, hours: 100.25 }).success).toBe(false);
    expect(moduleFieldsSchema.parse({ ...fields, hours: '2.25' }).hours).toBe(2.25);
  });

  it('drops blank objectives, orders outcomes A–D and refuses a scenario listed twice', () => {
    const fields = readModuleFields(library)!;
    const parsed = moduleFieldsSchema.parse({ ...fields, objectives: ['One', '  ', 'Two'], outcomes: ['D', 'A'] });
    expect(parsed.objectives).toEqual(['One', 'Two']);
    expect(parsed.outcomes).toEqual(['A', 'D']);
    expect(moduleFieldsSchema.safeParse({ ...fields, scenarios: ['bad-day', 'bad-day'] }).error?.issues[0]?.message).toBe('A scenario is listed twice.');
  });

  it('writes provider, description and recommended topics in place, and the result compiles', () => {
    const fields = readModuleFields(library)!;
    expect(fields.provider).toMatch(/^Postwise Learning/);
    expect(fields.recommendedTopics).toEqual(['Legal and ethical issues', 'Complaints handling']);
    const changed = { ...fields, provider: 'The Harbourside Union', description: 'Two scenarios: "quoted", with colons.', recommendedTopics: ['Complaints handling'] };
    const written = writeModuleFields(library, changed)!;
    expect(readModuleFields(written)).toEqual(changed);
    expect(written).toContain('\nversion: 3\n');
    const compiled = compileModule({ source: written, file: 'module.yaml' });
    expect(compiled.diagnostics).toEqual([]);
    expect(compiled.definition).toMatchObject({ provider: 'The Harbourside Union', recommendedTopics: ['Complaints handling'] });
  });

  it('leaves recommended topics out when the form has none, rather than writing an empty list module.yaml refuses', () => {
    const fields = readModuleFields(library)!;
    const written = writeModuleFields(library, { ...fields, recommendedTopics: [] })!;
    expect(written).not.toContain('recommendedTopics');
    expect(written).toBe(library.replace('recommendedTopics:\n  - Legal and ethical issues\n  - Complaints handling\n', ''));
    expect(compileModule({ source: written, file: 'module.yaml' }).diagnostics).toEqual([]);
    // And adding topics back to a module.yaml without the key appends the entry.
    const restored = writeModuleFields(written, { ...fields, recommendedTopics: ['Legal and ethical issues'] })!;
    expect(compileModule({ source: restored, file: 'module.yaml' }).definition?.recommendedTopics).toEqual(['Legal and ethical issues']);
  });

  it('bounds provider, description and topics with messages naming the field', () => {
    const fields = readModuleFields(library)!;
    const issue = (changed: object) => moduleFieldsSchema.safeParse({ ...fields, ...changed }).error?.issues[0]?.message;
    expect(issue({ provider: '  ' })).toBe('Enter the provider.');
    expect(issue({ provider: 'x'.repeat(201) })).toBe('Keep the provider to 200 characters at most.');
    expect(issue({ description: '' })).toBe('Enter the description.');
    expect(issue({ description: 'x'.repeat(4001) })).toBe('Keep the description to 4000 characters at most.');
    expect(issue({ recommendedTopics: ['x'.repeat(201)] })).toBe('Keep each recommended topic to 200 characters at most.');
    expect(moduleFieldsSchema.parse({ ...fields, recommendedTopics: ['', ' Complaints handling ', ' '] }).recommendedTopics).toEqual(['Complaints handling']);
  });

  it('reads nothing from a text that is not a YAML map', () => {
    expect(readModuleFields('- a\n- b\n')).toBeUndefined();
    expect(writeModuleFields('key: [unclosed\n', readModuleFields(library)!)).toBeUndefined();
  });
});
