import { createHash } from 'node:crypto';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { canonicalJson, canonicalJson as serializeDefinition } from '@/lib/json/canonical-json';
import { compileScenario } from './compiler/compile-scenario';
import type { Diagnostic } from './definition';
import { locate, MINIMAL_BODY, scenarioSource } from './testing/scenario-source';

const FILE = 'scenarios/test/test-scenario.mdx';

function compile(source: string) {
  return compileScenario({ source, file: FILE });
}

function only(diagnostics: Diagnostic[], code: string): Diagnostic {
  const found = diagnostics.filter((d) => d.code === code);
  expect(found, JSON.stringify(diagnostics, null, 2)).toHaveLength(1);
  return found[0]!;
}

function expectAt(diagnostic: Diagnostic, position: { line: number; column: number }) {
  expect({ line: diagnostic.line, column: diagnostic.column }).toEqual(position);
}

describe('compileScenario', () => {
  it('compiles a valid scenario with no diagnostics and choice ids by source position', () => {
    const result = compile(scenarioSource({ body: MINIMAL_BODY }));
    expect(result.diagnostics).toEqual([]);
    const definition = result.definition!;
    expect(definition.start).toBe('start');
    expect(definition.scenes.map((scene) => scene.id)).toEqual(['start', 'reply', 'ignore']);
    const decision = definition.scenes[0]!.decision;
    expect(decision.kind === 'choices' && decision.choices.map((c) => [c.id, c.labelText, c.to])).toEqual([
      ['start.1', 'Reply in public', 'reply'],
      ['start.2', 'Leave it', 'ignore'],
    ]);
    const compose = definition.scenes[1]!.decision;
    expect(compose.kind === 'compose' && compose.compose).toMatchObject({ minWords: 10, maxWords: 80, points: 0, forbid: [] });
  });

  it('E001: points at the invalid frontmatter key and names it', () => {
    const source = scenarioSource({ omit: ['minutes'], frontmatter: ['minutes: 0'], body: MINIMAL_BODY });
    const diagnostic = only(compile(source).diagnostics, 'E001');
    expectAt(diagnostic, locate(source, 'minutes: 0'));
    expect(diagnostic.message).toContain('`minutes`');
    expect(diagnostic.severity).toBe('error');
  });

  it('E001: a missing required key and a misspelt key are both reported, with a suggestion', () => {
    const source = scenarioSource({ omit: ['title'], frontmatter: ['tittle: Oops'], body: MINIMAL_BODY });
    const diagnostics = compile(source).diagnostics.filter((d) => d.code === 'E001');
    expect(diagnostics).toHaveLength(2);
    const unknown = diagnostics.find((d) => d.message.includes('tittle'))!;
    expectAt(unknown, locate(source, 'tittle:'));
    expect(unknown.message).toContain('did you mean "title"');
    expect(diagnostics.some((d) => d.message.includes('`title` is missing'))).toBe(true);
  });

  it('E001: a YAML alias with no anchor points at the alias instead of failing the whole file', () => {
    const source = scenarioSource({ omit: ['title'], frontmatter: ['title: *the-title'], body: MINIMAL_BODY });
    const diagnostic = only(compile(source).diagnostics, 'E001');
    expectAt(diagnostic, locate(source, '*the-title'));
    expect(diagnostic.message).toContain('anchor');
  });

  it('E001: a file without frontmatter', () => {
    const diagnostic = only(compile(MINIMAL_BODY.trim()).diagnostics, 'E001');
    expectAt(diagnostic, { line: 1, column: 1 });
  });

  it('E001: the id must equal the file stem', () => {
    const source = scenarioSource({ body: MINIMAL_BODY });
    const diagnostic = only(compileScenario({ source, file: 'scenarios/test/other-name.mdx' }).diagnostics, 'E001');
    expectAt(diagnostic, locate(source, 'id: test-scenario'));
  });

  it('E002: import/export, expressions, unknown components, raw HTML and non-literal attributes, all in one pass', () => {
    const body = MINIMAL_BODY.replace('<Post author="Alex">', 'export const x = 1\n\n<Post author="Alex" likes={count + 1}>')
      .replace('Not ideal.', 'Not ideal. {1 + 1}')
      .replace('<Route to="poor" />', '<Route to="poor" />\n\n<Psot author="A">x</Psot>');
    const source = scenarioSource({ body });
    const diagnostics = compile(source).diagnostics.filter((d) => d.code === 'E002');
    expect(diagnostics.map((d) => ({ line: d.line, column: d.column }))).toEqual([
      locate(source, 'export const'),
      locate(source, 'likes={'),
      locate(source, '<Psot'),
      locate(source, '{1 + 1}'),
    ]);
    expect(diagnostics[2]!.message).toContain('did you mean "Post"');
  });

  it('E002: an MDX syntax error becomes a diagnostic at the position remark gives, and frontmatter is still checked', () => {
    const source = scenarioSource({ omit: ['version'], body: MINIMAL_BODY.replace('<Choice to="ignore">', '<Choice to={1+}>') });
    const result = compile(source);
    const syntax = only(result.diagnostics, 'E002');
    expect(syntax.line).toBe(locate(source, '<Choice to={1+}>').line);
    expect(syntax.message).toContain('cannot be read');
    expect(only(result.diagnostics, 'E001').message).toContain('`version`');
    expect(result.definition).toBeUndefined();
  });

  it('E002: links other than http, https and mailto, and images, are rejected', () => {
    const body = MINIMAL_BODY.replace('Well done.', 'Well done. [x](javascript:alert(1)) ![pic](https://x.test/a.png)');
    const source = scenarioSource({ body });
    const diagnostics = compile(source).diagnostics.filter((d) => d.code === 'E002');
    expect(diagnostics.map((d) => ({ line: d.line, column: d.column }))).toEqual([locate(source, '[x]'), locate(source, '![pic]')]);
  });

  it('E003: a duplicate scene or ending id', () => {
    const body = MINIMAL_BODY.replace('<Ending id="poor"', '<Ending id="reply"');
    const source = scenarioSource({ body });
    const diagnostic = only(compile(source).diagnostics, 'E003');
    expectAt(diagnostic, locate(source, '<Ending id="reply"'));
  });

  it('E004: a misspelt target suggests the closest id', () => {
    const source = scenarioSource({ body: MINIMAL_BODY.replace('<Choice to="ignore">', '<Choice to="ignroe">') });
    const diagnostic = only(compile(source).diagnostics, 'E004');
    expectAt(diagnostic, locate(source, '<Choice to="ignroe">'));
    expect(diagnostic.message).toContain('did you mean "ignore"');
  });

  it('E004: start must name a scene', () => {
    const source = scenarioSource({ frontmatter: ['start: strat'], body: MINIMAL_BODY });
    const diagnostic = only(compile(source).diagnostics, 'E004');
    expectAt(diagnostic, locate(source, 'start: strat'));
    expect(diagnostic.message).toContain('did you mean "start"');
  });

  it('E005: an unreachable scene', () => {
    const source = scenarioSource({ body: `${MINIMAL_BODY}\n<Scene id="orphan">\n<Route to="good" />\n</Scene>` });
    expectAt(only(compile(source).diagnostics, 'E005'), locate(source, '<Scene id="orphan">'));
  });

  it('E006: a scene with no way on, including one whose routes can all fail', () => {
    const source = scenarioSource({
      frontmatter: ['variables:', '  done: {type: flag}'],
      body: MINIMAL_BODY.replace('<Route to="poor" />', '<Route when="done" to="poor" />\n<Choice to="poor" set="done">Go</Choice>').replace(
        '<Scene id="reply">',
        '<Scene id="stuck">\nNothing to do.\n</Scene>\n\n<Scene id="reply">\n<Route when="done" to="stuck" />',
      ),
    });
    expectAt(only(compile(source).diagnostics, 'E006'), locate(source, '<Scene id="stuck">'));
  });

  it('E007: a reachable scene from which no ending can be reached', () => {
    const body = MINIMAL_BODY.replace('<Route to="poor" />', '<Choice to="loop">Wait</Choice>\n<Choice to="ignore">Wait more</Choice>').concat(
      '\n<Scene id="loop">\n<Choice to="ignore">Back</Choice>\n<Choice to="loop">Stay</Choice>\n</Scene>',
    );
    const source = scenarioSource({ body });
    const diagnostics = compile(source).diagnostics.filter((d) => d.code === 'E007');
    expect(diagnostics.map((d) => ({ line: d.line, column: d.column }))).toEqual([locate(source, '<Scene id="ignore">'), locate(source, '<Scene id="loop">')]);
  });

  it('E007: routes that loop back without a decision', () => {
    const source = scenarioSource({ body: MINIMAL_BODY.replace('<Route to="poor" />', '<Route to="ignore" />') });
    const diagnostics = compile(source).diagnostics.filter((d) => d.code === 'E007');
    expect(diagnostics.some((d) => d.line === locate(source, '<Route to="ignore" />').line && d.message.includes('loop forever'))).toBe(true);
  });

  it('E008: syntax, undeclared variable, counter used as a flag and flag compared', () => {
    const body = MINIMAL_BODY.replace('<Choice to="reply">', '<Choice to="reply" when="angry >= 1">')
      .replace('<Choice to="ignore">', '<Choice to="ignore" when="count">')
      .replace('<Route to="poor" />', '<Route when="seen and" to="poor" />\n<Route when="sene" to="good" />\n<Route to="poor" />');
    const source = scenarioSource({ frontmatter: ['variables:', '  angry: {type: flag}', '  count: {type: counter}', '  seen: {type: flag}'], body });
    const diagnostics = compile(source).diagnostics.filter((d) => d.code === 'E008');
    expect(diagnostics.map((d) => d.line)).toEqual([
      locate(source, 'when="angry').line,
      locate(source, 'when="count"').line,
      locate(source, 'when="seen and"').line,
      locate(source, 'when="sene"').line,
    ]);
    expect(diagnostics[0]!.column).toBe(locate(source, 'when="angry').column);
    expect(diagnostics[0]!.message).toContain('is a flag');
    expect(diagnostics[1]!.message).toContain('is a counter');
    expect(diagnostics[2]!.message).toContain('ends too early');
    expect(diagnostics[3]!.message).toContain('did you mean "seen"');
  });

  it('E008: set/clear/add on undeclared or wrong-type variables', () => {
    const source = scenarioSource({
      frontmatter: ['variables:', '  flagged: {type: flag}'],
      body: MINIMAL_BODY.replace('<Choice to="reply">', '<Choice to="reply" set="flaged" add="flagged">'),
    });
    const diagnostics = compile(source).diagnostics.filter((d) => d.code === 'E008');
    expect(diagnostics.map((d) => ({ line: d.line, column: d.column }))).toEqual([locate(source, 'set="flaged"'), locate(source, 'add="flagged"')]);
  });

  it('E009: no ending rated best', () => {
    const source = scenarioSource({ body: MINIMAL_BODY.replace('rating="best"', 'rating="good"') });
    expectAt(only(compile(source).diagnostics, 'E009'), locate(source, '<Ending id="good"'));
  });

  it('E010: a missing required attribute and a value out of range', () => {
    const body = MINIMAL_BODY.replace('<Post author="Alex">', '<Review author="Sam" rating={7}>Bad</Review>\n\n<Post>');
    const source = scenarioSource({ body });
    const diagnostics = compile(source).diagnostics.filter((d) => d.code === 'E010');
    expect(diagnostics.map((d) => ({ line: d.line, column: d.column }))).toEqual([locate(source, 'rating={7}'), locate(source, '<Post>')]);
    expect(diagnostics[0]!.message).toContain('at most 5');
    expect(diagnostics[1]!.message).toContain('needs the `author` attribute');
  });

  it('reads <Example> replies, the model reply and allow terms of a <Compose>, and keeps them out of the prompt', () => {
    const body = MINIMAL_BODY.replace(
      '</Compose>',
      ['<Example verdict="pass" model>Sorry to read this. Please call the practice.</Example>', '<Example verdict="fail" fails="invite-contact">We’re sorry 😢</Example>', '</Compose>'].join('\n'),
    ).replace('checks="neutral-tone invite-contact"', 'checks="neutral-tone invite-contact" allow="Wharfside"');
    const result = compile(scenarioSource({ body }));
    expect(result.diagnostics).toEqual([]);
    const decision = result.definition!.scenes[1]!.decision;
    if (decision.kind !== 'compose') throw new Error('expected a compose');
    expect(decision.compose.allow).toEqual(['Wharfside']);
    expect(decision.compose.model).toBe('Sorry to read this. Please call the practice.');
    expect(decision.compose.examples).toEqual([
      { text: 'Sorry to read this. Please call the practice.', verdict: 'pass' },
      { text: 'We’re sorry 😢', verdict: 'fail', fails: ['invite-contact'] },
    ]);
    expect(JSON.stringify(decision.compose.prompt)).not.toContain('Sorry to read this');
  });

  it('E011: invalid examples and terms, each at the attribute at fault', () => {
    const examples = [
      '<Example>No verdict here.</Example>',
      '<Example verdict="maybe">Unsure.</Example>',
      '<Example verdict="fail" fails="no-identifiers">Checks a check the block does not run.</Example>',
      '<Example verdict="fail" fails="tone">Unknown check.</Example>',
      '<Example verdict="pass" fails="invite-contact">Passes yet fails.</Example>',
      '<Example verdict="fail" model>A failing model.</Example>',
      '<Example verdict="pass"></Example>',
    ];
    const body = MINIMAL_BODY.replace('</Compose>', [...examples, '</Compose>'].join('\n')).replace(
      'checks="neutral-tone invite-contact"',
      'checks="neutral-tone invite-contact" forbid="Gareth" allow="gareth"',
    );
    const source = scenarioSource({ body });
    const result = compile(source);
    const e011 = result.diagnostics.filter((d) => d.code === 'E011');
    expect(result.definition).toBeUndefined();
    // In source order: the <Compose> attributes come first.
    expect(e011.map((d) => d.message)).toEqual([
      expect.stringContaining('"gareth" is both forbidden and allowed'),
      expect.stringContaining('verdict="pass" or verdict="fail"'),
      expect.stringContaining('not "maybe"'),
      expect.stringContaining('"no-identifiers", which this <Compose> does not run'),
      expect.stringContaining('unknown check "tone"'),
      expect.stringContaining('fails no check'),
      expect.stringContaining('model reply must be a reply that passes'),
      expect.stringContaining('<Example> is empty'),
    ]);
    expectAt(e011[0]!, locate(source, 'allow="gareth"'));
    expectAt(e011[2]!, locate(source, 'verdict="maybe"'));
    expectAt(e011[3]!, locate(source, 'fails="no-identifiers"'));
  });

  it('an <Example> outside a <Compose> is misplaced (E002)', () => {
    const body = MINIMAL_BODY.replace('<Post author="Alex">', '<Example verdict="pass">Hi there.</Example>\n\n<Post author="Alex">');
    const diagnostic = only(compile(scenarioSource({ body })).diagnostics, 'E002');
    expect(diagnostic.message).toContain('directly inside a <Compose>');
  });

  it('W101, W102 and W103 are warnings and do not stop the definition', () => {
    const long = 'A very long choice label '.repeat(7);
    const body = MINIMAL_BODY.replace('Reply in public', long).replace('<Route to="poor" />', '<Choice to="poor">Only option</Choice>');
    const source = scenarioSource({ frontmatter: ['variables:', '  unused: {type: counter}'], body });
    const result = compile(source);
    expect(result.diagnostics.map((d) => [d.code, d.severity])).toEqual([
      ['W103', 'warning'],
      ['W101', 'warning'],
      ['W102', 'warning'],
    ]);
    expectAt(result.diagnostics[0]!, locate(source, 'unused:'));
    expectAt(result.diagnostics[1]!, locate(source, '<Choice to="reply">'));
    expectAt(result.diagnostics[2]!, locate(source, '<Choice to="poor">'));
    expect(result.definition).toBeDefined();
  });

  it('reports every problem in one pass', () => {
    const body = MINIMAL_BODY.replace('<Choice to="ignore">', '<Choice to="ignroe">').replace('<Post author="Alex">', '<Post>');
    const source = scenarioSource({ omit: ['platform'], body });
    const codes = compile(source).diagnostics.map((d) => d.code);
    expect(codes).toEqual(expect.arrayContaining(['E001', 'E004', 'E010', 'E005']));
  });

  it('never runs author code: exports, expressions and attribute expressions are reported and not executed', () => {
    const marker = join(tmpdir(), `postwise-pwned-${process.pid}`);
    rmSync(marker, { force: true });
    const payload = `require('node:fs').writeFileSync(${JSON.stringify(marker)}, 'x')`;
    const body = `export const a = (globalThis.__postwisePwned = true, ${payload})\n\n${MINIMAL_BODY.replace(
      'Well done.',
      `Well done. {globalThis.__postwisePwned = true}`,
    ).replace('<Post author="Alex">', `<Post author="Alex" likes={(() => { ${payload}; return 1 })()}>`)}`;
    const result = compile(scenarioSource({ body }));
    expect(result.definition).toBeUndefined();
    expect(result.diagnostics.filter((d) => d.code === 'E002')).toHaveLength(3);
    expect((globalThis as { __postwisePwned?: unknown }).__postwisePwned).toBeUndefined();
    expect(existsSync(marker)).toBe(false);
  });

  it('allows MDX comments anywhere', () => {
    const body = `{/* top */}\n\n${MINIMAL_BODY.replace('Well done.', 'Well done. {/* inline */}')}`;
    expect(compile(scenarioSource({ body })).diagnostics).toEqual([]);
  });

  it('reads a component written on its own line right after text as a block, as an author means it', () => {
    const body = MINIMAL_BODY.replace('Well done.', 'Well done.\n<Guidance source="gdc">Keep it private.</Guidance>');
    const definition = compile(scenarioSource({ body })).definition!;
    expect(definition.endings[0]!.content.map((block) => block.type === 'component' ? block.name : block.type)).toEqual(['paragraph', 'Guidance']);
  });

  it('is deterministic: same source, same JSON and the same content hash', () => {
    const source = readFileSync(new URL('../../tests/fixtures/scenarios/valid/night-out-photo.mdx', import.meta.url), 'utf8');
    const first = compileScenario({ source, file: 'night-out-photo.mdx' }).definition!;
    const second = compileScenario({ source, file: 'night-out-photo.mdx' }).definition!;
    expect(serializeDefinition(first)).toBe(serializeDefinition(second));
    const { contentHash, ...rest } = first;
    expect(contentHash).toBe(createHash('sha256').update(canonicalJson(rest)).digest('hex'));
    const changed = compileScenario({ source: source.replace('Ignore it', 'Ignore the photo'), file: 'night-out-photo.mdx' }).definition!;
    expect(changed.contentHash).not.toBe(contentHash);
  });
});
