import { describe, expect, it } from 'vitest';
import { compileScenario } from './compiler/compile-scenario';
import { composePasses } from './compose-checks';
import type { ComposeDefinition } from './definition';
import { exploreScenario, failingText, passingText } from './runtime/explore';
import { playPath } from './runtime/play-path';
import { MINIMAL_BODY, scenarioSource } from './testing/scenario-source';

const compose: ComposeDefinition = {
  prompt: [],
  pass: 'a',
  fail: 'b',
  checks: ['no-identifiers', 'no-confirm-patient', 'neutral-tone', 'invite-contact', 'short', 'no-clinical-advice'],
  forbid: ['Okafor'],
  minWords: 10,
  maxWords: 80,
  points: 0,
};

describe('exploreScenario', () => {
  it('finds texts that pass and fail any set of checks', () => {
    expect(composePasses(passingText(compose)!, compose)).toBe(true);
    expect(composePasses(failingText(compose)!, compose)).toBe(false);
    const onlyShort = { ...compose, checks: ['short' as const], minWords: 1, maxWords: 3 };
    expect(composePasses(passingText(onlyShort)!, onlyShort)).toBe(true);
    expect(composePasses(failingText(onlyShort)!, onlyShort)).toBe(false);
  });

  it('reaches every ending of a sound scenario with no failures', () => {
    const definition = compileScenario({ source: scenarioSource({ body: MINIMAL_BODY }), file: 'test-scenario.mdx' }).definition!;
    const report = exploreScenario(definition, { walks: 10, seed: 3 });
    expect(report).toMatchObject({ boundHit: false, endingsReached: ['good', 'poor'], failures: [], walks: { count: 10, seed: 3 } });
  });

  it('reports a state with no ending reachable, with a path that reproduces it', () => {
    const body = MINIMAL_BODY.replace('<Choice to="ignore">Leave it</Choice>', '<Choice to="ignore" set="left">Leave it</Choice>').replace(
      '<Route to="poor" />',
      '<Choice to="poor" when="not left">Go</Choice>\n<Choice to="ignore" when="left">Wait</Choice>',
    );
    const source = scenarioSource({ frontmatter: ['variables:', '  left: {type: flag}'], body });
    const definition = compileScenario({ source, file: 'test-scenario.mdx' }).definition!;
    const report = exploreScenario(definition, { walks: 0 });
    expect(report.failures).toEqual([expect.objectContaining({ kind: 'trap', path: [2] })]);
    expect(playPath(definition, report.failures[0]!.path)).toMatchObject({ waitingAt: 'ignore', flags: { left: true } });
  });

  it('reports when the state bound is hit', () => {
    const body = MINIMAL_BODY.replace('<Choice to="ignore">Leave it</Choice>', '<Choice to="start" add="loops">Loop</Choice>\n<Choice to="ignore">Leave it</Choice>');
    const source = scenarioSource({ frontmatter: ['variables:', '  loops: {type: counter}'], body });
    const definition = compileScenario({ source, file: 'test-scenario.mdx' }).definition!;
    expect(exploreScenario(definition, { maxStates: 50, walks: 0 })).toMatchObject({ boundHit: true, states: 50 });
  });
});
