import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileScenario } from '@/lib/scenario/compiler/compile-scenario';
import type { ScenarioDefinition } from '@/lib/scenario/definition';
import { loadSourceRegister } from '@/lib/scenario/scenario-files';
import { blankScenarioSource } from './blank-template';
import { testScenario } from './test-scenario';

function compiled(file: string): ScenarioDefinition {
  const source = readFileSync(path.resolve('tests/fixtures/scenarios', file), 'utf8');
  const { definition, diagnostics } = compileScenario({ source, file: path.basename(file) });
  if (!definition) throw new Error(JSON.stringify(diagnostics));
  return definition;
}

describe('testScenario', () => {
  it('passes the blank template, reaching both endings', () => {
    const { definition } = compileScenario({ source: blankScenarioSource('blank'), file: 'blank.mdx', register: loadSourceRegister().register });
    const report = testScenario(definition as ScenarioDefinition);
    expect(report.failures).toEqual([]);
    expect(report.endingsReached.sort()).toEqual(['good-ending', 'poor-ending']);
  });

  it('reports a stuck scene with the path that reproduces it, as scenario test does', () => {
    const report = testScenario(compiled('stuck/all-hidden.mdx'));
    expect(report.failures.some((failure) => failure.kind === 'stuck' && Array.isArray(failure.path))).toBe(true);
  });

  it('reports a written-reply example the checks disagree with', () => {
    const report = testScenario(compiled('example-disagrees/night-out-photo.mdx'));
    expect(report.failures.filter((failure) => failure.kind === 'example').length).toBeGreaterThan(0);
  });
});
