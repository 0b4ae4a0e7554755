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

  it('reads nothing from a text that is not a YAML map', () => {
    expect(readModuleFields('- a\n- b\n')).toBeUndefined();
    expect(writeModuleFields('key: [unclosed\n', readModuleFields(library)!)).toBeUndefined();
  });
});
