import { describe, expect, it } from 'vitest';
import { compileScenario } from '@/lib/scenario/compiler/compile-scenario';
import type { Diagnostic } from '@/lib/scenario/definition';
import { locate, MINIMAL_BODY, scenarioSource } from '@/lib/scenario/testing/scenario-source';
import { lineStarts, toEditorDiagnostics } from './diagnostics';

const diagnostic = (line: number, column: number): Diagnostic => ({ file: 'draft', line, column, code: 'E004', severity: 'error', message: 'names no scene' });

describe('compiler diagnostics in the editor', () => {
  it('finds where each line starts', () => {
    expect(lineStarts('ab\ncd\n')).toEqual([0, 3, 6]);
    expect(lineStarts('')).toEqual([0]);
  });

  it('underlines the word at the reported line and column, with the code first in the message', () => {
    const text = 'first line\n<Choice to="nowhere">Go</Choice>\n';
    const [mapped] = toEditorDiagnostics([diagnostic(2, 9)], text);
    expect(text.slice(mapped!.from, mapped!.to)).toBe('to');
    expect(mapped).toMatchObject({ line: 2, severity: 'error', message: 'E004: names no scene' });
  });

  it('keeps a diagnostic from an older, longer text inside the document', () => {
    const [mapped] = toEditorDiagnostics([diagnostic(40, 80)], 'one\ntwo');
    expect(mapped).toMatchObject({ from: 7, to: 7, line: 2 });
  });

  it('places a real compiler error on the element that caused it', () => {
    const source = scenarioSource({ body: MINIMAL_BODY.replace('<Choice to="ignore">', '<Choice to="ignor">') });
    const { diagnostics } = compileScenario({ source, file: 'test-scenario.mdx' });
    const e004 = toEditorDiagnostics(diagnostics, source).find((mapped) => mapped.message.startsWith('E004'));
    expect(e004?.line).toBe(locate(source, 'to="ignor"').line);
    expect(source.slice(e004!.from, e004!.to)).toBe('<Choice');
  });
});
