import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileScenario } from './compiler/compile-scenario';
import { loadSourceRegister } from './scenario-files';
import { parseSourceRegister } from './source-register';
import { locate, scenarioSource } from './testing/scenario-source';

const REGISTER_YAML = `id: gdc-standards
title: Standards for the Dental Team
publisher: General Dental Council (GDC)
url: https://standards.gdc-uk.org/
checked: 2026-11-29
reviewBy: 2027-02-28
status: current
passages:
  - section: "4.2.3"
    text: >-
      You must not post any information or comments about patients on social networking or
      blogging sites. If you use professional social media to discuss anonymised cases for the
      purpose of discussing best practice you must be careful that the patient or patients cannot
      be identified.
  - section: "12.12"
    title: A clause held without text
`;
const { register } = parseSourceRegister([{ file: 'scenarios/sources/gdc-standards.yaml', source: REGISTER_YAML }]);

function withBlock(block: string, sources = 'sources: [gdc-standards]'): string {
  const source = scenarioSource({
    body: `<Scene id="start">\nA post.\n\n<Choice to="done">\nLeave it\n\n<Feedback>\nRight.\n\n${block}\n</Feedback>\n</Choice>\n\n<Choice to="done">\nReply\n</Choice>\n</Scene>\n\n<Ending id="done" rating="best">\nDone.\n</Ending>`,
  });
  // The shared test frontmatter declares an inline source; these tests cite register ids instead.
  return source.replace(/sources:\n(  .*\n)+/, `${sources}\n`);
}

function compile(source: string) {
  return compileScenario({ source, file: 'scenarios/test/test-scenario.mdx', register });
}

describe('citations against the source register', () => {
  it('accepts a verbatim quotation despite line breaks, curly quotes, a small first letter and … elisions', () => {
    const quote = '<Guidance source="gdc-standards" section="4.2.3">\n…you must not post any information or comments about patients … you must be careful that the patient or\npatients cannot be identified.\n</Guidance>';
    const result = compile(withBlock(quote));
    expect(result.diagnostics).toEqual([]);
    expect(result.definition!.sources).toEqual([
      { id: 'gdc-standards', title: 'Standards for the Dental Team', publisher: 'General Dental Council (GDC)', url: 'https://standards.gdc-uk.org/', checked: '2026-11-29' },
    ]);
  });

  it('reports E012 with file, line and the closest passage for a narrowed quotation', () => {
    const block = '<Guidance source="gdc-standards" section="4.2.3">\nYou must not post information or comments about patients that could identify them.\n</Guidance>';
    const source = withBlock(block);
    const [diagnostic, ...rest] = compile(source).diagnostics;
    expect(rest).toEqual([]);
    expect(diagnostic).toMatchObject({ code: 'E012', file: 'scenarios/test/test-scenario.mdx', ...locate(source, '<Guidance') });
    expect(diagnostic!.message).toContain('Closest passage (4.2.3): "You must not post any information or comments about patients on social networking or blogging sites."');
  });

  it('reports E012 when an author sentence is added inside a quotation', () => {
    const block = '<Guidance source="gdc-standards" section="4.2.3">\nYou must not post any information or comments about patients on social networking or blogging sites. A public reply to a review is no exception.\n</Guidance>';
    expect(compile(withBlock(block)).diagnostics.map((d) => d.code)).toEqual(['E012']);
  });

  it('reports E012 when a quotation stops before its sentence ends without marking the cut with …', () => {
    const cut = '<Guidance source="gdc-standards" section="4.2.3">\nIf you use professional social media to discuss anonymised cases\n</Guidance>';
    expect(compile(withBlock(cut)).diagnostics.map((d) => d.code)).toEqual(['E012']);
    const marked = '<Guidance source="gdc-standards" section="4.2.3">\nIf you use professional social media to discuss anonymised cases…\n</Guidance>';
    expect(compile(withBlock(marked)).diagnostics).toEqual([]);
  });

  it('reports E012 for a quotation of a clause the register holds no text for, and accepts a <Summary> of it', () => {
    const quoted = compile(withBlock('<Guidance source="gdc-standards" section="12.12">\nAnything.\n</Guidance>')).diagnostics;
    expect(quoted.map((d) => d.code)).toEqual(['E012']);
    expect(quoted[0]!.message).toContain('use <Summary source="gdc-standards" section="12.12">');
    expect(compile(withBlock('<Summary source="gdc-standards" section="12.12">\nIn my own words.\n</Summary>')).diagnostics).toEqual([]);
  });

  it('reports E013 for a cited numbered clause that is not registered, on <Guidance> and <Summary>', () => {
    for (const name of ['Guidance', 'Summary']) {
      const source = withBlock(`<${name} source="gdc-standards" section="4.2.4">\nYou must not post any information or comments about patients on social networking or blogging sites.\n</${name}>`);
      const [diagnostic, ...rest] = compile(source).diagnostics;
      expect(rest).toEqual([]);
      expect(diagnostic).toMatchObject({ code: 'E013', ...locate(source, 'section="4.2.4"') });
      expect(diagnostic!.message).toContain('clause "4.2.4" of "gdc-standards" is not in the source register');
    }
  });

  it('reports E012 for a <Guidance> citing an inline, unregistered source: it cannot be checked', () => {
    const inline = ['sources:', '  - id: handbook', '    title: A handbook', '    publisher: Someone'].join('\n');
    const quoted = compile(withBlock('<Guidance source="handbook">\nAnything at all.\n</Guidance>', inline)).diagnostics;
    expect(quoted.map((d) => [d.code, d.message])).toEqual([['E012', expect.stringContaining('"handbook" is not in the source register')]]);
    expect(compile(withBlock('<Summary source="handbook">\nAnything at all.\n</Summary>', inline)).diagnostics).toEqual([]);
  });

  it('reports E013 for a frontmatter source id that is not registered', () => {
    const source = withBlock('<Summary source="gdc-standrads">\nWords.\n</Summary>', 'sources: [gdc-standrads]');
    const codes = compile(source).diagnostics.map((d) => [d.code, d.message]);
    expect(codes).toHaveLength(1);
    expect(codes[0]![0]).toBe('E013');
    expect(codes[0]![1]).toContain('did you mean "gdc-standards"');
  });

  it('rejects register files with bad dates, a superseded source without a successor, or a mismatched id', () => {
    const bad = REGISTER_YAML.replace('checked: 2026-11-29', 'checked: 29/11/2026').replace('status: current', 'status: superseded');
    const { register: empty, diagnostics } = parseSourceRegister([
      { file: 'scenarios/sources/gdc-standards.yaml', source: bad },
      { file: 'scenarios/sources/other.yaml', source: REGISTER_YAML },
    ]);
    expect(empty.size).toBe(0);
    expect(diagnostics.map((d) => d.message)).toEqual([
      expect.stringContaining('`checked` must be a date written YYYY-MM-DD'),
      expect.stringContaining('`supersededBy` a superseded source names what replaced it'),
      expect.stringContaining('`id` is "gdc-standards" but the file is named "other.yaml"'),
    ]);
  });
});

describe('the library source register', () => {
  const library = loadSourceRegister();

  it('reads without problems', () => {
    expect(library.diagnostics).toEqual([]);
  });

  it('rejects GDC 9.1.3 quoted without its "unless … raising a concern"', () => {
    const quote = "<Guidance source=\"gdc-standards\" section=\"9.1.3\">\nYou should not publish anything that could affect patients' and the public's confidence in you, or the dental profession, in any public media.\n</Guidance>";
    const result = compileScenario({ source: withBlock(quote), file: 'scenarios/test/test-scenario.mdx', register: library.register });
    expect(result.diagnostics.map((d) => d.code)).toEqual(['E012']);
    expect(result.diagnostics[0]!.message).toContain('unless this is done as part of raising a concern');
  });

  it('holds each seed document verbatim: every registered passage of the DDU and MDU is seed text', () => {
    const seeds = ['000_d267d1051b311954.txt', '004_4b330939258904d3.txt'].map((name) => readFileSync(join('/work/shared/seeds', name), 'utf8'));
    // The register writes the seeds' bullets (•) as markdown list items.
    const flat = (text: string) => text.replace(/•|^- /gm, ' ').replace(/\s+/g, ' ');
    for (const [id, seed] of [['ddu', seeds[0]!], ['mdu', seeds[1]!]] as const) {
      for (const passage of library.register.get(id)!.passages) {
        for (const paragraph of passage.text!.split(/\n\n/)) {
          const line = flat(paragraph).trim();
          expect(flat(seed), `${id} ${passage.section}`).toContain(line);
        }
      }
    }
  });
});
